"""The text of the three demo IQ Fact Sheets, as raw StreamField data.

All figures are invented for the demo; the methodology note of each sheet says so.
"""

import datetime

from cms.i18n.reference import in_source_locale
from cms.models import Topic
from cms.stream_data import chart, heading, info_box, rich_text

SOURCE = "IQ Monitoring"
DEMO_NOTE = "<p><i>Demo-Inhalt: Alle Zahlen sind frei erfunden.</i></p>"


def _topics(*slugs: str) -> list[Topic]:
    return list(in_source_locale(Topic).filter(slug__in=slugs))


# Raw StreamField data, as the admin would store it.


def _figure(value: str, unit: str, label: str, as_of: datetime.date) -> dict:
    return {
        "type": "key_figure",
        "value": {"value": value, "unit": unit, "label": label, "source": SOURCE, "as_of": as_of.isoformat()},
    }


# The three sheets --------------------------------------------------------------


def _counselling_2023() -> tuple[str, dict]:
    as_of = datetime.date(2023, 12, 31)
    return "iq-beratung-2023-in-zahlen", {
        "title": "IQ Beratung 2023 in Zahlen",
        "subtitle": "Anerkennungs- und Qualifizierungsberatung im Förderprogramm IQ",
        "teaser": "61.400 Beratungen, 48\u00a0% Frauen, häufigste Referenzberufe Pflege, Ingenieurwesen, Lehramt.",
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
            heading("Wer sich beraten lässt"),
            rich_text(
                "<p>Im Jahr 2023 haben die IQ Beratungsstellen bundesweit <b>61.400 Beratungen</b> zur "
                "Anerkennung ausländischer Berufsabschlüsse und zu passenden Qualifizierungen durchgeführt. "
                "Knapp die Hälfte der Ratsuchenden waren Frauen (48\u00a0%). 58\u00a0% der Ratsuchenden haben einen "
                "Fluchthintergrund; mehr als ein Drittel von ihnen kommt aus der Ukraine.</p>"
            ),
            heading("Die häufigsten Referenzberufe"),
            rich_text(
                "<p>Am häufigsten ließen sich Pflegefachkräfte und andere Gesundheitsberufe beraten, gefolgt von "
                "Ingenieurinnen und Ingenieuren sowie Lehrkräften. Gerade bei reglementierten Berufen ist die "
                "Anerkennung Voraussetzung für eine Beschäftigung im erlernten Beruf.</p>"
            ),
            chart(
                chart_type="bar",
                caption="Beratungen nach Berufsgruppen 2023: die fünf häufigsten",
                alt=(
                    "Pflege und Gesundheit ist mit 14.800 Beratungen die größte Berufsgruppe, vor Ingenieurwesen "
                    "(9.200), Lehramt und Erziehung (6.100), Wirtschaft und Verwaltung (5.400) und Informatik (4.300)."
                ),
                header=("Berufsgruppe", "Beratungen"),
                rows=[
                    ("Pflege und Gesundheit", "14.800"),
                    ("Ingenieurwesen", "9.200"),
                    ("Lehramt und Erziehung", "6.100"),
                    ("Wirtschaft und Verwaltung", "5.400"),
                    ("Informatik", "4.300"),
                ],
                source=SOURCE,
                as_of=as_of,
            ),
            rich_text("<p>Alle übrigen Berufe zusammen kommen auf 21.600 Beratungen.</p>"),
            heading("Beratungen im Jahresverlauf"),
            rich_text(
                "<p>In jedem Quartal 2023 haben die Beratungsstellen mehr Menschen beraten als im Vorjahr. Den "
                "stärksten Zuwachs gab es zum Jahresende, als viele Ratsuchende ihre Anträge vor dem Jahreswechsel "
                "stellen wollten.</p>"
            ),
            chart(
                chart_type="line",
                caption="Beratungen je Quartal, 2022 und 2023",
                alt=(
                    "In jedem Quartal 2023 gab es mehr Beratungen als im selben Quartal 2022; am stärksten stieg "
                    "die Zahl im 4. Quartal, von 15.000 auf 17.200."
                ),
                header=("Quartal", "2022", "2023"),
                rows=[
                    ("1. Quartal", "12.800", "14.200"),
                    ("2. Quartal", "13.900", "15.100"),
                    ("3. Quartal", "14.100", "14.900"),
                    ("4. Quartal", "15.000", "17.200"),
                ],
                source=SOURCE,
                as_of=as_of,
            ),
            info_box(
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
        "teaser": (
            "6.800 Eintritte, 71\u00a0% erfolgreiche Abschlüsse; neun von zehn Qualifizierungen individuell geplant."
        ),
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
            heading("Neun von zehn Qualifizierungen sind individuell geplant"),
            rich_text(
                "<p>In der Förderrunde 2023–2025 haben <b>6.800 Personen</b> eine IQ Qualifizierung begonnen. "
                "Die meisten Angebote werden auf den Bescheid der Anerkennungsstelle zugeschnitten: Sie schließen "
                "genau die Unterschiede, die zur vollen Gleichwertigkeit fehlen.</p>"
            ),
            chart(
                chart_type="pie",
                caption="Kurs vs. individuell: Eintritte nach Form der Qualifizierung 2023–2025",
                alt=(
                    "Neun von zehn Eintritten (6.120 von 6.800) entfallen auf individuell geplante Qualifizierungen, "
                    "ein Zehntel (680) auf Kurse."
                ),
                header=("Form der Qualifizierung", "Eintritte"),
                rows=[("Individuell geplant", "6.120"), ("Kursförmig", "680")],
                source=SOURCE,
                as_of=as_of,
            ),
            heading("Gesundheitsberufe vorn"),
            rich_text(
                "<p>Mehr als jede dritte Qualifizierung betrifft einen Gesundheits- oder Pflegeberuf. Hier ist die "
                "Anerkennung Voraussetzung, um im erlernten Beruf zu arbeiten, und Kliniken wie Pflegeschulen "
                "bieten Praxisplätze für Anpassungslehrgänge an.</p>"
            ),
            chart(
                chart_type="column",
                caption="Eintritte nach Berufsbereich 2023–2025",
                alt=(
                    "Gesundheit und Pflege ist mit 2.450 Eintritten der größte Berufsbereich, gefolgt von "
                    "Pädagogik (1.150), Technik und Ingenieurwesen (1.020) und kaufmännischen Berufen (890); "
                    "auf alle übrigen Berufe entfallen 1.290 Eintritte."
                ),
                header=("Berufsbereich", "Eintritte"),
                rows=[
                    ("Gesundheit und Pflege", "2.450"),
                    ("Pädagogik", "1.150"),
                    ("Technik und Ingenieurwesen", "1.020"),
                    ("Kaufmännische Berufe", "890"),
                    ("Übrige Berufe", "1.290"),
                ],
                source=SOURCE,
                as_of=as_of,
            ),
            heading("Abschlüsse und Verbleib"),
            rich_text(
                "<p>71\u00a0% der beendeten Qualifizierungen wurden erfolgreich abgeschlossen. Abbrüche haben meist "
                "persönliche Gründe oder die Aufnahme einer Beschäftigung noch vor dem Abschluss.</p>"
            ),
            chart(
                chart_type="column",
                caption="Beendete Qualifizierungen nach Ergebnis und Jahr",
                alt=(
                    "In jedem Jahr wurde die große Mehrheit der beendeten Qualifizierungen erfolgreich abgeschlossen; "
                    "2025 waren es 1.890 von 2.610, also 72\u00a0%."
                ),
                header=("Jahr", "Erfolgreich abgeschlossen", "Vorzeitig beendet"),
                rows=[("2023", "820", "360"), ("2024", "1.540", "640"), ("2025", "1.890", "720")],
                source=SOURCE,
                as_of=as_of,
            ),
            info_box(
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
            heading("Lohn steht an erster Stelle"),
            rich_text(
                "<p>In 41\u00a0% der Beratungsfälle ging es um ausstehenden oder zu niedrigen Lohn. Es folgen Fragen "
                "zur Kündigung (23\u00a0%) und zur Arbeitszeit (19\u00a0%). Ein Viertel der Ratsuchenden war in der "
                "Leiharbeit beschäftigt.</p>"
            ),
            chart(
                chart_type="column",
                caption="Beratungsanliegen 2024 (Mehrfachnennungen)",
                alt=(
                    "Lohn ist mit 41\u00a0% der Fälle das häufigste Anliegen, gefolgt von Kündigung (23\u00a0%) und "
                    "Arbeitszeit (19\u00a0%); Urlaub, Arbeitsvertrag und Sozialversicherung folgen mit 12\u00a0%, "
                    "10\u00a0% und 7\u00a0%."
                ),
                header=("Anliegen", "Anteil der Fälle"),
                rows=[
                    ("Lohn", "41"),
                    ("Kündigung", "23"),
                    ("Arbeitszeit", "19"),
                    ("Urlaub", "12"),
                    ("Arbeitsvertrag", "10"),
                    ("Sozialversicherung", "7"),
                ],
                source=SOURCE,
                as_of=as_of,
                unit="%",
            ),
            {
                "type": "quote",
                "value": {
                    "quote": "Viele wissen nicht, dass der Mindestlohn auch in der Probezeit gilt.",
                    "attribution": "Beraterin einer Faire-Integration-Beratungsstelle",
                },
            },
            info_box(
                "Faire Integration kurz erklärt",
                "<p>Die Beratungsstellen von Faire Integration beraten Geflüchtete und andere Eingewanderte "
                "kostenlos und vertraulich zu Arbeitsvertrag, Lohn, Arbeitszeit, Urlaub und Kündigung.</p>",
            ),
        ],
        "methodology_note": DEMO_NOTE
        + "<p>Ausgewertet wurden 9.300 abgeschlossene Beratungsfälle 2024; Mehrfachnennungen möglich.</p>",
        "sources": "<ul><li>IQ Monitoring, Datenstand 31.12.2024</li></ul>",
    }


DEMO_SHEETS = (_counselling_2023, _qualification_2023_2025, _fair_integration_2024)
