"""Internal links point to live pages: in rich text, in page choosers and in page fields."""

import pytest

from cms.stream_data import paragraph
from dossiers.factories import DossierPageFactory
from factsheets.factories import FactSheetPageFactory
from tests.workflows.checks.helpers import PASSED, summary


def _link(page_id: int, text: str) -> str:
    return f'<a linktype="page" id="{page_id}">{text}</a>'


@pytest.mark.django_db
def test_links_to_live_pages_pass(fact_sheet_revision, fact_sheet_index):
    revision = fact_sheet_revision(
        body=[paragraph(f"Alle Zahlen in der {_link(fact_sheet_index.pk, 'Übersicht')}.")],
        sources=f"<p>Siehe {_link(fact_sheet_index.pk, 'Fact Sheets')}.</p>",
    )
    assert summary(revision, "internal_links") == PASSED


@pytest.mark.django_db
def test_links_to_drafts_and_deleted_pages_are_listed(fact_sheet_revision, fact_sheet_index):
    draft = FactSheetPageFactory(parent=fact_sheet_index, live=False, title="Bilanz 2025")
    gone = FactSheetPageFactory(parent=fact_sheet_index, live=False)
    gone_id = gone.pk
    gone.delete()
    revision = fact_sheet_revision(
        body=[paragraph("Vorweg."), paragraph(f"Mehr in der {_link(draft.pk, 'Bilanz')}.")],
        sources=f"<p>{_link(gone_id, 'Altes Blatt')}</p>",
    )
    assert summary(revision, "internal_links") == (
        "Die automatische Prüfung hat 2 Fehler gefunden:\n"
        "1. Der Link „Bilanz“ führt zur Seite „Bilanz 2025“, die nicht veröffentlicht ist. (Ort: Feld „Text“ › "
        "Block 2 (Absatz)) – So beheben: Bitte „Bilanz 2025“ zuerst veröffentlichen oder eine veröffentlichte "
        "Seite als Ziel wählen.\n"
        f"2. Der Link „Altes Blatt“ führt zu einer gelöschten Seite (ID {gone_id}). (Ort: Feld „Quellen“) – So "
        "beheben: Bitte den Link entfernen oder eine veröffentlichte Seite als Ziel wählen."
    )


@pytest.mark.django_db
def test_a_page_field_pointing_to_an_unpublished_page_is_listed(dossier_index):
    earlier = DossierPageFactory(parent=dossier_index, live=False, title="Leitfaden 1.0", edition="1.0")
    dossier = DossierPageFactory(parent=dossier_index, live=False, edition="2.0", supersedes=earlier)
    assert summary(dossier.save_revision(), "internal_links") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Der Verweis führt zur Seite „Leitfaden 1.0“, die nicht veröffentlicht ist. (Ort: Feld „Ersetzt die "
        "Fassung“) – So beheben: Bitte „Leitfaden 1.0“ zuerst veröffentlichen oder eine veröffentlichte Seite als "
        "Ziel wählen."
    )
