"""A chart's table headings (series names, categories) are segments a translator
translates in wagtail-localize's editor; its values and numeric headings are not."""

import datetime

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import StringSegment

from cms.stream_data import chart
from tests.i18n.translations import submit_for_translation, translate_segments
from workflows.publish_guard import publishing_authorised


@pytest.fixture
def chart_sheet(make_published_fact_sheet):
    return make_published_fact_sheet(
        title="Beratungen im Jahresverlauf",
        body=[
            chart(
                chart_type="line",
                caption="Beratungen je Quartal",
                alt="In jedem Quartal 2023 gab es mehr Beratungen als im selben Quartal 2022.",
                header=("Quartal", "2022", "Beratungen 2023"),
                rows=[("1. Quartal", "12.800", "14.200"), ("2. Quartal", "13.900", "15.100")],
                source="IQ Monitoring",
                as_of=datetime.date(2023, 12, 31),
            )
        ],
    )


@pytest.mark.django_db
def test_chart_headings_are_segments_and_the_english_chart_shows_their_translations(
    client, team, chart_sheet, django_capture_on_commit_callbacks
):
    english, translation = submit_for_translation(
        client, team.admin, chart_sheet, capture=django_capture_on_commit_callbacks
    )
    texts = set(StringSegment.objects.filter(source=translation.source).values_list("string__data", flat=True))
    assert {"Quartal", "Beratungen 2023", "1. Quartal", "2. Quartal"} <= texts
    assert not {"2022", "12.800", "14.200"} & texts  # values and a year stay as they are

    # A heading translated as the translation editor saves it.
    segment = StringSegment.objects.get(source=translation.source, string__data="1. Quartal")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    assert client.put(url, "value=Q1", content_type="application/x-www-form-urlencoded").status_code == 201
    translate_segments(
        translation,
        changes={"Quartal": "Quarter", "2. Quartal": "Q2", "Beratungen 2023": "Sessions 2023"},
        leave_out={"1. Quartal"},
    )
    with publishing_authorised(), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=team.admin, publish=True)

    english.refresh_from_db()
    table = english.body[0].value["data"]
    assert table["data"] == [
        ["Quarter", "2022", "Sessions 2023"],
        ["Q1", "12.800", "14.200"],
        ["Q2", "13.900", "15.100"],
    ]
    soup = BeautifulSoup(client.get(english.url).content, "html.parser")
    cells = [cell.get_text(strip=True) for cell in soup.select("table th, table td")]
    assert {"Quarter", "Sessions 2023", "Q1", "Q2"} <= set(cells)
    assert not any("Quartal" in cell for cell in cells)
    # The German chart is as it was.
    german_table = BeautifulSoup(client.get(chart_sheet.url).content, "html.parser").select_one("table")
    assert "1. Quartal" in german_table.get_text(" ", strip=True)
