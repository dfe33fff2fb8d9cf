"""Every image has an alternative text that describes it, wherever the image sits."""

import pytest

from cms.factories import FundingNoticeFactory, funding_logo
from cms.stream_data import figure, paragraph
from dossiers.factories import DossierPageFactory
from dossiers.stream_data import chapter
from tests.workflows.checks.helpers import PASSED, summary

GOOD_ALT = "Eine Beraterin zeigt einem Ratsuchenden das Online-Formular am Laptop."


@pytest.mark.django_db
def test_described_images_pass(fact_sheet_revision, photo):
    revision = fact_sheet_revision(
        cover_image=photo, cover_alt="Zwei Menschen am Beratungstisch.", body=[figure(photo, alt=GOOD_ALT)]
    )
    assert summary(revision, "alt_text") == PASSED


@pytest.mark.django_db
def test_missing_or_file_name_alt_texts_are_listed_with_the_block(fact_sheet_revision, photo):
    revision = fact_sheet_revision(
        cover_image=photo,
        cover_alt="",
        body=[paragraph("Einleitung."), figure(photo, alt=""), figure(photo, alt="beratung am laptop")],
    )
    assert summary(revision, "alt_text") == (
        "Die automatische Prüfung hat 3 Fehler gefunden:\n"
        "1. Das Bild „Beratung am Laptop“ hat keinen Alternativtext. (Ort: Feld „Alternativtext des Titelbilds“)"
        " – So beheben: Bitte einen Alternativtext angeben: er beschreibt, was das Bild zeigt.\n"
        "2. Das Bild „Beratung am Laptop“ hat keinen Alternativtext. (Ort: Feld „Text“ › Block 2 (Bild) › "
        "Alternativtext) – So beheben: Bitte einen Alternativtext angeben: er beschreibt, was das Bild zeigt.\n"
        "3. Der Alternativtext „beratung am laptop“ des Bilds „Beratung am Laptop“ beschreibt das Bild nicht. "
        "(Ort: Feld „Text“ › Block 3 (Bild) › Alternativtext) – So beheben: Der Alternativtext darf nicht der "
        "Dateiname sein: bitte beschreiben, was das Bild zeigt."
    )


@pytest.mark.django_db
def test_images_nested_in_chapters_are_found(dossier_index, photo):
    dossier = DossierPageFactory(parent=dossier_index, live=False)
    dossier.chapters = [chapter("Einleitung", paragraph("Text."), figure(photo, alt=" "))]
    assert summary(dossier.save_revision(clean=False), "alt_text") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Das Bild „Beratung am Laptop“ hat keinen Alternativtext. (Ort: Feld „Kapitel“ › Block 1 (Kapitel) › "
        "Kapiteltext › Block 2 (Bild) › Alternativtext) – So beheben: Bitte einen Alternativtext angeben: er "
        "beschreibt, was das Bild zeigt."
    )


@pytest.mark.django_db
def test_logos_of_the_funding_notice_are_checked_too(fact_sheet_revision, photo):
    notice = FundingNoticeFactory(label="ESF Plus 2023–2025", logos=[funding_logo(photo)])
    text = summary(fact_sheet_revision(funding_notice=notice), "alt_text")
    assert text == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Das Bild „Beratung am Laptop“ hat keinen Alternativtext. (Ort: Snippet Förderhinweis „ESF Plus "
        "2023–2025“ › Feld „Logos“ › Block 1 (Logo) › Alternativtext) – So beheben: Bitte einen Alternativtext "
        "angeben: er beschreibt, was das Bild zeigt."
    )


@pytest.mark.django_db
def test_images_in_rich_text_need_an_alt_text(fact_sheet_revision, photo):
    revision = fact_sheet_revision(
        methodology_note=f'<p>Vorher.</p><embed embedtype="image" id="{photo.pk}" format="left" alt=""/>'
    )
    assert "(Ort: Feld „Hinweise zur Methodik“)" in summary(revision, "alt_text")
