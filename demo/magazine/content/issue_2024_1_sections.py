"""IQ konkret 1/2024: die kürzeren Rubriken – Daten und Fakten, Rezension, Kurzmeldungen (frei erfunden)."""

import datetime

from magazine.models import ArticleType

from . import (
    ArticleSpec,
    chart,
    fact_box,
    heading,
    paragraph,
    rich,
)


def facts(people) -> ArticleSpec:
    return ArticleSpec(
        slug="anerkennung-in-zahlen",
        title="Anerkennung in Zahlen: Der Online-Antrag setzt sich durch",
        article_type=ArticleType.FACTS,
        lead=(
            "Wie viele Anträge kommen inzwischen digital an, und werden sie schneller beschieden? Ein Blick in "
            "die Daten der IQ Beratung und der zuständigen Stellen."
        ),
        authors=[people["da"]],
        body=[
            paragraph(
                "Die Zahl der Anträge auf Anerkennung ausländischer Berufsqualifikationen ist in den vergangenen "
                "Jahren deutlich gestiegen. Im Jahr 2023 wurden bundesweit rund 75.000 neue Verfahren "
                "eingeleitet, davon gut die Hälfte in Gesundheitsberufen. Der Anteil der Anträge, die "
                "vollständig elektronisch eingehen, lag nach Angaben der befragten Stellen bei etwa 58 Prozent "
                "– drei Jahre zuvor waren es weniger als 20 Prozent.",
                "Ob digitale Anträge schneller beschieden werden, lässt sich nicht einfach beantworten. Die "
                "durchschnittliche Bearbeitungsdauer ist leicht gesunken, vor allem weil weniger Unterlagen "
                "nachgefordert werden müssen. Wo Personal fehlt, hilft jedoch auch das beste Portal wenig.",
            ),
            fact_box(
                "Daten und Fakten",
                [
                    "75.000 neue Anerkennungsverfahren im Jahr 2023, davon 52 % in Gesundheitsberufen",
                    "58 % der Anträge gehen vollständig elektronisch ein (2020: 19 %)",
                    "Ein Drittel weniger Nachforderungen von Unterlagen bei Online-Anträgen",
                    "Ø 3,1 Monate vom vollständigen Antrag bis zum Bescheid (2020: 3,6 Monate)",
                    "Jede vierte IQ Anerkennungsberatung findet per Video oder Telefon statt",
                ],
                source="IQ Monitoring und Befragung zuständiger Stellen 2024 (Demo-Daten, frei erfunden)",
            ),
            chart(
                caption="Anteil der Anträge, die vollständig elektronisch eingehen",
                alt=(
                    "Der Anteil der vollständig elektronisch eingegangenen Anerkennungsanträge stieg von 19 Prozent "
                    "im Jahr 2020 über 27 und 41 Prozent auf 58 Prozent im Jahr 2023."
                ),
                header=("Jahr", "Anteil"),
                rows=[("2020", "19"), ("2021", "27"), ("2022", "41"), ("2023", "58")],
                unit="%",
                source="IQ Monitoring (Demo-Daten, frei erfunden)",
                as_of=datetime.date(2024, 3, 31),
            ),
            heading("Beratung bleibt gefragt"),
            paragraph(
                "Auch die IQ Beratungsstellen spüren die Veränderung. Die Zahl der Erstberatungen ist stabil, "
                "aber die Anliegen haben sich verschoben: Fragen zum Antragsformular werden seltener, Fragen zur "
                "Auswahl der passenden Qualifizierung und zum Verständnis des Bescheids häufiger. Jede vierte "
                "Beratung findet inzwischen per Video oder Telefon statt.",
            ),
        ],
    )


def review(people) -> ArticleSpec:
    return ArticleSpec(
        slug="rezension-digitale-beratung",
        title="Gut beraten am Bildschirm",
        article_type=ArticleType.REVIEW,
        lead=(
            "Ein neues Praxishandbuch will Beratungsstellen in der Migrationsarbeit beim Schritt in die digitale "
            "Beratung begleiten. Hält es, was es verspricht?"
        ),
        authors=[people["iw"]],
        body=[
            rich(
                "<p><i>Digitale Beratung in der Migrationsarbeit. Ein Praxishandbuch.</i> Herausgegeben von "
                "Anna Beispiel und Omar Muster. Musterverlag, Köln 2024, 212 Seiten, 29,90 Euro. "
                "(Fiktiver Titel für die Demo.)</p>"
            ),
            paragraph(
                "Wer eine Videoberatung einrichten will, stößt schnell auf Fragen, die in keiner "
                "Gebrauchsanweisung stehen: Welche Software erfüllt die Anforderungen des Datenschutzes? Wie "
                "baue ich Vertrauen auf, wenn ich mein Gegenüber nur als kleines Bild sehe? Und wie gehe ich "
                "mit Dolmetschenden um, die sich aus einem dritten Ort zuschalten?",
                "Das Handbuch beantwortet diese Fragen in zwölf kurzen Kapiteln, die sich auch einzeln lesen "
                "lassen. Stark ist es dort, wo es konkret wird: Checklisten für den Gesprächsbeginn, "
                "Formulierungshilfen für schwierige Situationen und ein Kapitel zur barrierefreien Gestaltung "
                "von Online-Terminen. Die Beispiele stammen aus der Anerkennungs-, der Migrations- und der "
                "Schuldnerberatung und sind gut übertragbar.",
                "Schwächer sind die Abschnitte zur Technik, die schon bei Erscheinen teilweise überholt wirken. "
                "Hier hätte ein Verweis auf laufend aktualisierte Online-Materialien geholfen. Insgesamt aber "
                "ein nützliches Buch für alle, die Beratung nicht nur digital anbieten, sondern digital gut "
                "machen wollen.",
            ),
        ],
    )


def news(people) -> ArticleSpec:
    return ArticleSpec(
        slug="aus-dem-netzwerk",
        title="Aus dem Netzwerk",
        article_type=ArticleType.NEWS,
        lead="Neues aus den Regionalen Integrationsnetzwerken und den IQ Fachstellen – kurz notiert.",
        authors=[people["jk"]],
        body=[
            heading("Fachkonferenz zur Fachkräfteeinwanderung"),
            paragraph(
                "Rund 300 Teilnehmende aus Beratung, Verwaltung und Wirtschaft diskutierten im März in Berlin, "
                "wie die Verfahren der Fachkräfteeinwanderung und der Anerkennung besser ineinandergreifen "
                "können. Die Dokumentation der Konferenz erscheint im Sommer."
            ),
            heading("Neue Materialien zur Antidiskriminierung"),
            paragraph(
                "Die IQ Fachstelle Einwanderung und Integration hat ein Set von Fallbeispielen für Schulungen "
                "in Jobcentern veröffentlicht. Die Materialien stehen in einfacher Sprache und in vier "
                "Fremdsprachen zur Verfügung."
            ),
            heading("Beratung auf Ukrainisch"),
            paragraph(
                "Mehrere Regionale Integrationsnetzwerke bieten feste Sprechzeiten auf Ukrainisch und Russisch "
                "an. Eine Übersicht der Termine findet sich auf den Websites der Netzwerke."
            ),
            heading("Faire Integration erweitert Sprechzeiten"),
            paragraph(
                "Die Beratungsstellen von Faire Integration sind ab Juli auch an zwei Abenden pro Woche "
                "telefonisch erreichbar. Damit reagieren sie auf die hohe Nachfrage von Beschäftigten im "
                "Schichtdienst."
            ),
        ],
    )
