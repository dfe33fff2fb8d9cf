"""Reading an editor's chart table: German numbers and messages that name the cell."""

from decimal import Decimal

import pytest

from cms.charts.data import (
    ChartTableError,
    NotANumber,
    cell_address,
    chart_table_parse,
    chart_type_problem,
    number_format,
    number_parse,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5", "1234.5"),
        ("1234,5", "1234.5"),
        ("61.400", "61400"),
        ("1.234.567", "1234567"),
        ("90", "90"),
        (" 12,50 ", "12.50"),
        ("-3", "-3"),
        ("\u22123,5", "-3.5"),
        ("1\u00a0234", "1234"),
        ("0,75", "0.75"),
    ],
)
def test_german_numbers_are_read(text, expected):
    assert number_parse(text=text) == Decimal(expected)


@pytest.mark.parametrize("text", ["1.5", "1.23", "12a", "1,2,3", "", "–", "4.3OO", "1.2345", "12 %", "1e3"])
def test_anything_else_is_not_a_number(text):
    with pytest.raises(NotANumber):
        number_parse(text=text)


def test_numbers_are_written_the_german_way():
    assert number_format(value=Decimal("1234.5"), decimals=1) == "1.234,5"
    assert number_format(value=Decimal("61400"), decimals=0) == "61.400"
    assert number_format(value=Decimal("-1500"), decimals=0) == "\u22121.500"
    assert number_format(value=Decimal("-0.01"), decimals=0) == "0"
    assert number_format(value=Decimal("41"), decimals=0, unit="%") == "41\u00a0%"


def test_cells_are_named_like_the_table_editor_labels_them():
    assert cell_address(row=0, column=0) == "A1"
    assert cell_address(row=3, column=1) == "B4"
    assert cell_address(row=9, column=26) == "AA10"


def test_table_reads_categories_series_and_skips_empty_rows_and_columns():
    table = chart_table_parse(
        data=[
            ["Quartal", "2022", "2023", None],
            ["1. Quartal", "12.800", "14.200", None],
            [None, None, None, None],
            ["2. Quartal", "13.900", "15.100,5", ""],
        ]
    )
    assert table.category_heading == "Quartal"
    assert table.categories == ("1. Quartal", "2. Quartal")
    assert [(s.name, s.values) for s in table.series] == [
        ("2022", (Decimal("12800"), Decimal("13900"))),
        ("2023", (Decimal("14200"), Decimal("15100.5"))),
    ]
    assert table.decimals == 1


def test_a_bad_cell_is_named_with_its_row_and_column():
    with pytest.raises(ChartTableError) as caught:
        chart_table_parse(data=[["Beruf", "Beratungen"], ["Pflege", "14.800"], ["Informatik", "4.3OO"]])
    [message] = caught.value.messages
    assert message.startswith("Zelle B3 („Informatik“, „Beratungen“): „4.3OO“ ist keine Zahl.")
    assert "4.300,5" in message, "the message shows how to write it"


def test_gaps_are_errors_when_publishing_but_not_in_a_draft():
    data = [["Beruf", "Beratungen"], ["Pflege", ""], ["", "12"]]
    with pytest.raises(ChartTableError) as caught:
        chart_table_parse(data=data)
    assert any("Zelle B2" in m and "leer" in m for m in caught.value.messages)
    assert any("Zelle A3" in m for m in caught.value.messages)
    assert chart_table_parse(data=data, allow_gaps=True) is None
    with pytest.raises(ChartTableError):
        chart_table_parse(data=[["Beruf", "Beratungen"], ["Pflege", "viele"]], allow_gaps=True)


def test_many_problems_are_summarised():
    data = [["Beruf", "Wert"], *[[f"Beruf {i}", "x"] for i in range(8)]]
    with pytest.raises(ChartTableError) as caught:
        chart_table_parse(data=data)
    assert len(caught.value.messages) == 6 and caught.value.messages[-1] == "… und 3 weitere Zellen."


def test_a_pie_needs_one_series_of_shares():
    two_series = chart_table_parse(data=[["Form", "2023", "2024"], ["Kurs", "1", "2"], ["Individuell", "9", "8"]])
    assert "genau eine Datenreihe" in chart_type_problem(chart_type="pie", table=two_series)
    assert chart_type_problem(chart_type="column", table=two_series) is None
    negative = chart_table_parse(data=[["Form", "Saldo"], ["A", "-1"], ["B", "3"]])
    assert "Werte ab 0" in chart_type_problem(chart_type="pie", table=negative)
