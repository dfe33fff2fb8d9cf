"""A live fact sheet with its PDF and the reason for withdrawing it, for the withdrawal tests."""

import pytest

from cms.stream_data import heading, paragraph

REASON = "Die Zahlen für 2023 wurden nachträglich korrigiert; es gilt das Fact Sheet 2024."

#: Enough text for a PDF of several pages, so that "every page" means something.
LONG_BODY = [
    block
    for n in range(1, 7)
    for block in (
        heading(f"Abschnitt {n}"),
        paragraph(
            *[
                "Die IQ Beratung begleitet Menschen mit ausländischen Berufsabschlüssen durch das "
                "Anerkennungsverfahren, von der ersten Orientierung bis zum Bescheid und darüber hinaus."
            ]
            * 6
        ),
    )
]


@pytest.fixture
def live_fact_sheet(make_published_fact_sheet):
    """Live, with the PDF of its live revision rendered; several pages long."""
    return make_published_fact_sheet(title="IQ Beratung 2023 in Zahlen", slug="iq-beratung-2023", body=LONG_BODY)
