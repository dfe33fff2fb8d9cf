"""The demo's pages for § 4 BITV 2.0: Leichte Sprache and Gebärdensprache.

The Gebärdensprache page has no video: editors upload the real one, and until
then the page says that it is coming (which is what the demo shows)."""

from cms.models import EasyLanguagePage, SignLanguagePage

from .context import DemoContext, page_ensure
from .images.photos import photo_ensure, rural_counselling


def seed_accessible_language(*, context: DemoContext) -> None:
    picture = photo_ensure(title="Beratung im Gespräch (Leichte Sprache, Demo)", render=rural_counselling)
    pages = [
        page_ensure(parent=context.home, model=EasyLanguagePage, slug="leichte-sprache", fields=_easy_fields(picture)),
        page_ensure(parent=context.home, model=SignLanguagePage, slug="gebaerdensprache", fields=_sign_fields()),
    ]
    context.write(
        f"Leichte Sprache und Gebärdensprache: {len(pages)} Seiten "
        f"({sum(published for _, published in pages)} neu veröffentlicht)."
    )


def _heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def _easy_fields(picture) -> dict:
    return {
        "title": "Informationen in Leichter Sprache",
        "body": [
            _heading("Was ist auf dieser Internet-Seite?"),
            _paragraph(
                "<p>Auf dieser Internet-Seite sind Texte vom Förder-Programm IQ.</p>"
                "<p>IQ ist die Abkürzung für: Integration durch Qualifizierung.</p>"
            ),
            _paragraph(
                "<p>Das Förder-Programm hilft Menschen aus anderen Ländern. "
                "Die Menschen sollen in Deutschland eine gute Arbeit finden.</p>"
            ),
            {
                "type": "image",
                "value": {
                    "image": picture.pk,
                    "alt": "Zwei Menschen sitzen an einem Tisch und sprechen miteinander.",
                    "caption": "Eine Beraterin hilft bei Fragen zur Arbeit.",
                    "credit": "",
                },
            },
            _heading("Was können Sie hier lesen?"),
            _paragraph(
                "<p>Hier gibt es Hefte und Berichte. Zum Beispiel:</p>"
                "<ul><li>das Heft IQ konkret</li><li>Zahlen und Fakten</li><li>gute Beispiele aus der Praxis</li></ul>"
            ),
            _paragraph("<p>Sie können jeden Text auch als PDF-Datei herunterladen.</p>"),
            _heading("Wie finden Sie etwas?"),
            _paragraph(
                "<p>Oben auf jeder Seite ist ein Such-Feld. "
                "Schreiben Sie ein Wort in das Such-Feld. Dann klicken Sie auf: Suchen.</p>"
            ),
            _heading("Haben Sie Fragen?"),
            _paragraph(
                "<p>Schreiben Sie uns eine E-Mail: "
                '<a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a></p>'
            ),
        ],
    }


def _sign_fields() -> dict:
    return {
        "title": "Informationen in Deutscher Gebärdensprache",
        "intro": (
            "<p>In diesem Video erklären wir in Deutscher Gebärdensprache, was Sie auf dieser Website finden "
            "und wie Sie uns erreichen.</p>"
        ),
        "transcript": (
            "Herzlich willkommen auf der Website des Förderprogramms „Integration durch Qualifizierung (IQ)“.\n\n"
            "Hier finden Sie die Publikationen des Programms: das Fachmagazin IQ konkret, IQ Fact Sheets, "
            "Themendossiers und IQ Good Practice. Jede Publikation gibt es als Webseite und als barrierefreies PDF.\n\n"
            "Oben auf jeder Seite können Sie nach Publikationen suchen. Fragen und Hinweise zu Barrieren senden "
            "Sie bitte an barrierefreiheit@example.org."
        ),
    }
