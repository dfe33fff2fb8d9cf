"""Demo fact sheets: the three IQ Fact Sheets of DOMAIN.md §9.

All figures are invented for the demo; the methodology note of each sheet says so.
"""

import datetime

from cms import demo_images
from cms.demo import (
    FUNDING_NOTICE_LABEL,
    PERIOD_ESF_PLUS,
    PUBLISHER_NAME,
    DemoContext,
    demo_seeder,
    page_ensure,
)
from cms.models import FundingNotice, FundingPeriod, Organisation, Topic
from factsheets.models import FactSheetIndexPage, FactSheetPage

SOURCE = "IQ Monitoring"
DEMO_NOTE = "<p><i>Demo-Inhalt: Alle Zahlen sind frei erfunden.</i></p>"
CHART_CREDIT = "Grafik: IQ Publisher (Demo); Daten: IQ Monitoring"


@demo_seeder(order=20)
def seed_fact_sheets(*, context: DemoContext) -> None:
    index, _ = page_ensure(
        parent=context.home,
        model=FactSheetIndexPage,
        slug="fact-sheets",
        fields={
            "title": "IQ Fact Sheets",
            "intro": "Kennzahlen aus dem IQ Monitoring – kompakt auf zwei bis vier Seiten.",
            "show_in_menus": True,
        },
    )
    shared = _shared_fields()
    published = [
        page_ensure(parent=index, model=FactSheetPage, slug=slug, fields={**shared, **fields})[1]
        for slug, fields in (_counselling_2023(), _qualification_2023_2025(), _fair_integration_2024())
    ]
    context.write(f"Fact Sheets: {len(published)} ({sum(published)} neu veröffentlicht).")


def _shared_fields() -> dict:
    cover = demo_images.image_ensure(
        title="Titelmotiv IQ Fact Sheets (Demo)",
        render=lambda: demo_images.cover_graphic(kicker="IQ Fact Sheet", accent=demo_images.IQ_TEAL),
    )
    return {
        "publishers": [Organisation.objects.get(name=PUBLISHER_NAME)],
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": FundingNotice.objects.get(label=FUNDING_NOTICE_LABEL),
        "cover_image": cover,
        "cover_alt": "Ansteigende Balken in Weiß und Gelb auf blauem Grund, daneben der Schriftzug „IQ Fact Sheet“.",
    }


def _topics(*slugs: str) -> list[Topic]:
    return list(Topic.objects.filter(slug__in=slugs))


# Raw StreamField data, as the admin would store it.


def _figure(value: str, unit: str, label: str, as_of: datetime.date) -> dict:
    return {
        "type": "key_figure",
        "value": {"value": value, "unit": unit, "label": label, "source": SOURCE, "as_of": as_of.isoformat()},
    }


def _heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def _info_box(title: str, html: str) -> dict:
    return {"type": "info_box", "value": {"title": title, "body": html}}


def _chart(*, title: str, bars: list[tuple[str, float]], alt: str, caption: str, unit: str = "") -> dict:
    image = demo_images.image_ensure(
        title=f"Diagramm: {title} (Demo)",
        render=lambda: demo_images.bar_chart(title=title, bars=bars, unit=unit),
    )
    return {"type": "figure", "value": {"image": image.pk, "alt": alt, "caption": caption, "credit": CHART_CREDIT}}


# The three sheets --------------------------------------------------------------


def _counselling_2023() -> tuple[str, dict]:
    as_of = datetime.date(2023, 12, 31)
    return "iq-beratung-2023-in-zahlen", {
        "title": "IQ Beratung 2023 in Zahlen",
        "subtitle": "Anerkennungs- und Qualifizierungsberatung im Förderprogramm IQ",
        "teaser": "61.400 Beratungen, 48 % Frauen, häufigste Referenzberufe Pflege, Ingenieurwesen, Lehramt.",
        "publication_date": datetime.date(2024, 3, 15),
        "data_as_of": as_of,
        "topics": _topics("beratung", "anerkennung"),
        "key_figures": [
            _figure("61400", "Beratungen", "Anerkennungs- und Qualifizierungsberatungen 2023", as_of),
            _figure("48", "%", "Anteil der Frauen an den Ratsuchenden", as_of),
            _figure("58", "%", "Anteil der Ratsuchenden mit Fluchthintergrund", as_of),
            _figure("24", "%", "Anteil der Gesundheits- und Pflegeberufe an den Referenzberufen", as_of),
        ],
        "body": [
            _heading("Wer sich beraten lässt"),
            _paragraph(
                "<p>Im Jahr 2023 haben die IQ Beratungsstellen bundesweit <b>61.400 Beratungen</b> zur "
                "Anerkennung ausländischer Berufsabschlüsse und zu passenden Qualifizierungen durchgeführt. "
                "Knapp die Hälfte der Ratsuchenden waren Frauen (48 %). 58 % der Ratsuchenden haben einen "
                "Fluchthintergrund; mehr als ein Drittel von ihnen kommt aus der Ukraine.</p>"
            ),
            _heading("Die häufigsten Referenzberufe"),
            _paragraph(
                "<p>Am häufigsten ließen sich Pflegefachkräfte und andere Gesundheitsberufe beraten, gefolgt von "
                "Ingenieurinnen und Ingenieuren sowie Lehrkräften. Gerade bei reglementierten Berufen ist die "
                "Anerkennung Voraussetzung für eine Beschäftigung im erlernten Beruf.</p>"
            ),
            _chart(
                title="Beratungen nach Berufsgruppen 2023",
                bars=[
                    ("Pflege und Gesundheit", 14800),
                    ("Ingenieurwesen", 9200),
                    ("Lehramt und Erziehung", 6100),
                    ("Wirtschaft und Verwaltung", 5400),
                    ("Informatik", 4300),
                ],
                alt=(
                    "Balkendiagramm der Beratungen 2023 nach Berufsgruppen: Pflege und Gesundheit 14.800, "
                    "Ingenieurwesen 9.200, Lehramt und Erziehung 6.100, Wirtschaft und Verwaltung 5.400, "
                    "Informatik 4.300."
                ),
                caption="Die fünf häufigsten Berufsgruppen; alle übrigen Berufe zusammen: 21.600 Beratungen.",
            ),
            _info_box(
                "Was ist Anerkennungsberatung?",
                "<p>Die IQ Beratungsstellen klären mit Ratsuchenden, welcher deutsche Referenzberuf passt, welche "
                "Stelle zuständig ist und welche Unterlagen nötig sind. Die Beratung ist kostenlos und auf Wunsch "
                "mehrsprachig.</p>",
            ),
        ],
        "methodology_note": DEMO_NOTE
        + (
            "<p>Ausgewertet wurden alle im IQ Monitoring dokumentierten Erst- und Folgeberatungen vom 1. Januar "
            "bis 31. Dezember 2023. Anteile beziehen sich auf Ratsuchende mit gültigen Angaben.</p>"
        ),
        "sources": (
            "<ul><li>IQ Monitoring, Datenstand 31.12.2023</li>"
            "<li>IQ Fachstelle Anerkennung und Qualifizierung: Auswertung der Beratungsdaten</li></ul>"
        ),
    }


def _qualification_2023_2025() -> tuple[str, dict]:
    as_of = datetime.date(2025, 12, 31)
    return "qualifizierung-bilanz-2023-2025", {
        "title": "Qualifizierung im Kontext der Anerkennung – Bilanz 2023–2025",
        "subtitle": "Anpassungs- und Brückenqualifizierungen in der Förderrunde 2023–2025",
        "teaser": "6.800 Eintritte, 71 % erfolgreiche Abschlüsse; neun von zehn Qualifizierungen individuell geplant.",
        "publication_date": datetime.date(2026, 3, 31),
        "data_as_of": as_of,
        "topics": _topics("qualifizierung", "anerkennung"),
        "key_figures": [
            _figure("6800", "Eintritte", "Eintritte in IQ Qualifizierungen 2023–2025", as_of),
            _figure("71", "%", "Anteil erfolgreich abgeschlossener Qualifizierungen", as_of),
            _figure("90", "%", "Anteil individuell geplanter Qualifizierungen", as_of),
            _figure("60", "%", "Anteil der Teilnehmenden mit Fluchthintergrund", as_of),
        ],
        "body": [
            _heading("Neun von zehn Qualifizierungen sind individuell geplant"),
            _paragraph(
                "<p>In der Förderrunde 2023–2025 haben <b>6.800 Personen</b> eine IQ Qualifizierung begonnen. "
                "Die meisten Angebote werden auf den Bescheid der Anerkennungsstelle zugeschnitten: Sie schließen "
                "genau die Unterschiede, die zur vollen Gleichwertigkeit fehlen.</p>"
            ),
            _chart(
                title="Kurs vs. individuell",
                bars=[("Individuell geplant", 6120), ("Kursförmig", 680)],
                alt=(
                    "Balkendiagramm der Eintritte 2023–2025 nach Form der Qualifizierung: individuell geplant "
                    "6.120 (90 %), kursförmig 680 (10 %)."
                ),
                caption="Eintritte nach Form der Qualifizierung, 2023–2025.",
            ),
            _heading("Abschlüsse und Verbleib"),
            _paragraph(
                "<p>71 % der beendeten Qualifizierungen wurden erfolgreich abgeschlossen. Abbrüche haben meist "
                "persönliche Gründe oder die Aufnahme einer Beschäftigung noch vor dem Abschluss.</p>"
            ),
            _info_box(
                "Anpassungslehrgang oder Kenntnisprüfung?",
                "<ul><li>Der Anpassungslehrgang gleicht Unterschiede in der Praxis aus und endet mit einem "
                "Abschlussgespräch.</li><li>Die Kenntnisprüfung prüft den Stand der Kenntnisse; IQ bereitet "
                "mit Kursen darauf vor.</li></ul>",
            ),
        ],
        "methodology_note": DEMO_NOTE
        + (
            "<p>Gezählt werden Eintritte vom 1. Januar 2023 bis 31. Dezember 2025. Die Abschlussquote bezieht "
            "sich auf alle bis zum Stichtag beendeten Qualifizierungen.</p>"
        ),
        "sources": "<ul><li>IQ Monitoring, Datenstand 31.12.2025</li></ul>",
    }


def _fair_integration_2024() -> tuple[str, dict]:
    as_of = datetime.date(2024, 12, 31)
    return "faire-integration-beratungsanliegen-2024", {
        "title": "Faire Integration: Beratungsanliegen 2024",
        "subtitle": "Arbeits- und sozialrechtliche Beratung für Geflüchtete und Eingewanderte",
        "teaser": "Lohn, Kündigung und Arbeitszeit sind die häufigsten Anliegen; ein Viertel der Fälle betrifft "
        "Leiharbeit.",
        "publication_date": datetime.date(2025, 3, 20),
        "data_as_of": as_of,
        "topics": _topics("faire-integration", "beratung"),
        "key_figures": [
            _figure("9300", "Fälle", "Beratungsfälle der Faire-Integration-Beratungsstellen 2024", as_of),
            _figure("41", "%", "Fälle mit dem Anliegen Lohn", as_of),
            _figure("23", "%", "Fälle mit dem Anliegen Kündigung", as_of),
            _figure("19", "%", "Fälle mit dem Anliegen Arbeitszeit", as_of),
            _figure("25", "%", "Anteil der Fälle in der Leiharbeit", as_of),
        ],
        "body": [
            _heading("Lohn steht an erster Stelle"),
            _paragraph(
                "<p>In 41 % der Beratungsfälle ging es um ausstehenden oder zu niedrigen Lohn. Es folgen Fragen "
                "zur Kündigung (23 %) und zur Arbeitszeit (19 %). Ein Viertel der Ratsuchenden war in der "
                "Leiharbeit beschäftigt.</p>"
            ),
            {
                "type": "quote",
                "value": {
                    "quote": "Viele wissen nicht, dass der Mindestlohn auch in der Probezeit gilt.",
                    "attribution": "Beraterin einer Faire-Integration-Beratungsstelle",
                },
            },
            _info_box(
                "Faire Integration kurz erklärt",
                "<p>Die Beratungsstellen von Faire Integration beraten Geflüchtete und andere Eingewanderte "
                "kostenlos und vertraulich zu Arbeitsvertrag, Lohn, Arbeitszeit, Urlaub und Kündigung.</p>",
            ),
        ],
        "methodology_note": DEMO_NOTE
        + "<p>Ausgewertet wurden 9.300 abgeschlossene Beratungsfälle 2024; Mehrfachnennungen möglich.</p>",
        "sources": "<ul><li>IQ Monitoring, Datenstand 31.12.2024</li></ul>",
    }
