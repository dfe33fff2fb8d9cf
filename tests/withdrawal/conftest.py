"""People in every role and a live fact sheet with its PDF, for the withdrawal tests."""

import pytest

from cms.stream_data import heading, paragraph
from tests.pdfexport.publishing import published_fact_sheet
from tests.workflows.journey import people_create

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
def people(roles):
    return people_create()


@pytest.fixture
def live_fact_sheet(fact_sheet_index, django_capture_on_commit_callbacks):
    """Live, with the PDF of its live revision rendered."""
    return published_fact_sheet(
        parent=fact_sheet_index,
        capture=django_capture_on_commit_callbacks,
        title="IQ Beratung 2023 in Zahlen",
        slug="iq-beratung-2023",
        body=LONG_BODY,
    )
