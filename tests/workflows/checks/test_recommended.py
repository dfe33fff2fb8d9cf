"""Recommended checks warn about teaser length and hard-to-read text, and never block."""

import pytest

from cms.stream_data import paragraph
from tests.workflows.checks.helpers import PASSED, summary
from workflows.checks import checks_run
from workflows.checks.readability import TextStats, text_sentences, text_stats, word_syllables

LONG_SENTENCE = (
    "Wer in den Niederlanden als Pflegefachkraft arbeiten will, braucht eine Registrierung im BIG-Register, "
    "einen anerkannten Abschluss, gute Sprachkenntnisse auf dem Niveau B2, eine Prüfung zur Berufskunde und oft "
    "noch eine Anpassungsqualifizierung im Krankenhaus vor Ort."
)
LONG_SENTENCE_OPENING = "Wer in den Niederlanden als Pflegefachkraft arbeiten will, …"
# 9 words, 34 syllables: short, but made of long words.
HARD_SENTENCE = (
    "Die Anerkennungsberatung unterstützt Fachkräfte bei der Gleichwertigkeitsprüfung ausländischer "
    "Berufsqualifikationen."
)
WARNINGS = "Die automatische Prüfung hat keine Fehler gefunden.\n\n1 Hinweis (verhindern die Freigabe nicht):\n"


def test_sentences_end_at_stops_but_not_at_abbreviations():
    text = "Das gilt z. B. für Pflege, vgl. S. 14. Danach kommt mehr! Oder? Ja…"
    assert text_sentences(text) == ["Das gilt z. B. für Pflege, vgl. S. 14.", "Danach kommt mehr!", "Oder?", "Ja…"]


def test_syllables_are_counted_by_vowel_groups():
    assert [word_syllables(word) for word in ("Anerkennung", "Beratung", "bei", "IQ", "2023")] == [4, 3, 1, 1, 1]


def test_flesch_amstad_of_a_plain_sentence():
    stats = text_stats(["Die Beratung hilft schnell."])
    assert stats == TextStats(sentences=1, words=4, syllables=6)
    assert stats.flesch_amstad == pytest.approx(180 - 4 - 58.5 * 6 / 4)


@pytest.mark.django_db
def test_a_teaser_of_recommended_length_passes(fact_sheet_revision):
    assert summary(fact_sheet_revision(), "teaser_length") == PASSED


@pytest.mark.django_db
def test_a_short_teaser_warns(fact_sheet_revision):
    assert summary(fact_sheet_revision(teaser="Zahlen 2023."), "teaser_length") == (
        WARNINGS + "1. Der Teaser ist mit 12 Zeichen sehr kurz. (Ort: Feld „Teaser“) – So beheben: Empfohlen sind "
        "60 bis 200 Zeichen: ein bis zwei Sätze, die sagen, worum es geht und was Leser*innen erfahren."
    )


@pytest.mark.django_db
def test_a_long_teaser_warns(fact_sheet_revision):
    assert summary(fact_sheet_revision(teaser="x" * 240), "teaser_length") == (
        WARNINGS + "1. Der Teaser ist mit 240 Zeichen lang. (Ort: Feld „Teaser“) – So beheben: Empfohlen sind "
        "höchstens 200 Zeichen: Suchmaschinen und Übersichten zeigen meist nur den Anfang."
    )


@pytest.mark.django_db
def test_plain_text_passes_the_reading_level(fact_sheet_revision):
    revision = fact_sheet_revision(body=[paragraph("Die Beratung hilft. Sie ist kostenlos.")])
    assert summary(revision, "reading_level") == PASSED


@pytest.mark.django_db
def test_a_long_sentence_warns_with_its_place(fact_sheet_revision):
    revision = fact_sheet_revision(body=[paragraph("Kurz vorweg."), paragraph("Erst kurz.", LONG_SENTENCE)])
    assert summary(revision, "reading_level") == (
        WARNINGS + f"1. Der Satz „{LONG_SENTENCE_OPENING}“ hat 35 Wörter. "
        "(Ort: Feld „Text“ › Block 2 (Absatz)) – So beheben: Sätze mit mehr als 30 Wörtern sind schwer zu lesen: "
        "bitte teilen."
    )


@pytest.mark.django_db
def test_more_than_three_long_sentences_are_summed_up(fact_sheet_revision):
    revision = fact_sheet_revision(body=[paragraph(*[LONG_SENTENCE] * 3), paragraph(LONG_SENTENCE, LONG_SENTENCE)])
    report = checks_run(revision=revision, codes=["reading_level"])
    messages = [(finding.message, finding.location) for finding in report.warnings]
    assert [message for message, _ in messages].count(f"Der Satz „{LONG_SENTENCE_OPENING}“ hat 35 Wörter.") == 3
    assert ("2 weitere Sätze haben mehr als 30 Wörter.", "Feld „Text“ › Block 2 (Absatz)") in messages


@pytest.mark.django_db
def test_text_of_long_words_warns_but_does_not_block(fact_sheet_revision):
    revision = fact_sheet_revision(teaser=HARD_SENTENCE, body=[paragraph(*[HARD_SENTENCE] * 12)])
    report = checks_run(revision=revision, codes=["reading_level", "teaser_length"])
    assert report.passed
    assert report.summary_text() == (
        WARNINGS + "1. Der Text ist sehr schwer lesbar: Lesbarkeitsindex nach Flesch-Amstad 0 (unter 30 gilt als "
        "sehr schwer; im Schnitt 9 Wörter pro Satz und 3,8 Silben pro Wort). (Ort: Alle Fließtexte) – So beheben: "
        "Kürzere Sätze und kürzere, geläufige Wörter machen den Text leichter; Fachbegriffe beim ersten Vorkommen "
        "erklären."
    )
