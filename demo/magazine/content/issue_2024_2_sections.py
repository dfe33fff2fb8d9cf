"""IQ konkret 2/2024: die kürzeren Rubriken – Nachbarn, Daten, Rezension, Kurzmeldungen (frei erfunden)."""

import datetime

from magazine.models import ArticleType

from . import (
    ArticleSpec,
    chart,
    fact_box,
    figure,
    heading,
    paragraph,
    rich,
)


def neighbours(people, images) -> ArticleSpec:
    return ArticleSpec(
        slug="anerkennung-in-den-niederlanden",
        title="Anerkennung in den Niederlanden",
        article_type=ArticleType.NEIGHBOURS,
        lead=(
            "Die Niederlande werben ebenfalls um Pflegekräfte aus dem Ausland. Ihr Anerkennungsverfahren ist "
            "zentral organisiert – mit Vor- und Nachteilen."
        ),
        authors=[people["lh"]],
        body=[
            paragraph(
                "Wer in den Niederlanden als Pflegefachkraft arbeiten will, wendet sich an eine einzige Stelle: "
                "Das nationale Register für Gesundheitsberufe prüft alle ausländischen Abschlüsse, unabhängig "
                "davon, in welcher Provinz die Antragstellerin später arbeiten will. Ein Flickenteppich von "
                "Zuständigkeiten wie in Deutschland existiert nicht.",
                "Das Verfahren besteht aus mehreren Stufen: Nach der Prüfung der Unterlagen folgen ein "
                "Sprachtest, ein Test zu den Grundlagen des niederländischen Gesundheitssystems und gegebenenfalls "
                "eine fachliche Prüfung. Wer alle Stufen besteht, wird in das Register eingetragen.",
            ),
            figure(
                images["canal"],
                alt=(
                    "Illustration: Eine Reihe schmaler Giebelhäuser in Rot- und Brauntönen an einer Gracht, "
                    "davor eine Brücke und abgestellte Fahrräder; die Häuser spiegeln sich im Wasser."
                ),
                caption="Zentral statt föderal: In den Niederlanden prüft eine Stelle alle Gesundheitsberufe.",
            ),
            heading("Einheitlich, aber nicht schneller"),
            paragraph(
                "Die zentrale Zuständigkeit schafft Klarheit, schneller ist das Verfahren deshalb nicht. Die "
                "Wartezeiten auf einzelne Prüfungen lagen zuletzt bei mehreren Monaten. Kritik gibt es auch an "
                "den Kosten: Anders als in Deutschland tragen die Antragstellenden die Prüfungsgebühren meist "
                "selbst, sofern nicht ein Arbeitgeber einspringt.",
                "Interessant für die deutsche Debatte ist ein anderer Punkt: Die Niederlande setzen stark auf "
                "Begleitung im Betrieb. Viele Krankenhäuser stellen ausländische Pflegekräfte während des "
                "Verfahrens als Assistenzkräfte ein und finanzieren Sprachkurse. Ein Ansatz, den auch "
                "deutsche Kliniken zunehmend verfolgen.",
            ),
        ],
    )


def facts(people) -> ArticleSpec:
    return ArticleSpec(
        slug="gesundheitsberufe-in-zahlen",
        title="Gesundheitsberufe in der IQ Beratung",
        article_type=ArticleType.FACTS,
        lead="Wer lässt sich beraten, welche Abschlüsse bringen die Ratsuchenden mit, und wie geht es weiter?",
        authors=[people["da"]],
        body=[
            paragraph(
                "Gesundheitsberufe sind seit Jahren die größte Gruppe in der IQ Anerkennungsberatung. 2023 "
                "betraf mehr als jede vierte Beratung einen Pflege- oder Gesundheitsberuf. Bei den "
                "Anpassungsqualifizierungen ist der Anteil noch höher: Jede dritte IQ Qualifizierung richtete "
                "sich an Pflegefachkräfte, Ärztinnen und Ärzte oder Angehörige anderer Gesundheitsberufe.",
            ),
            chart(
                caption="IQ Qualifizierungen in Gesundheitsberufen 2023 nach Beruf (Eintritte)",
                alt=(
                    "Die Pflege liegt mit 2.100 Eintritten in IQ Qualifizierungen weit vorn, vor der Medizin mit "
                    "640, der Physiotherapie mit 210, dem Hebammenwesen mit 90 und den medizinisch-technischen "
                    "Berufen mit 80."
                ),
                header=("Beruf", "Eintritte"),
                rows=[
                    ("Pflege", "2.100"),
                    ("Medizin", "640"),
                    ("Physiotherapie", "210"),
                    ("Hebammenwesen", "90"),
                    ("Med.-techn. Berufe", "80"),
                ],
                source="IQ Monitoring 2023 (Demo-Daten, frei erfunden)",
                as_of=datetime.date(2023, 12, 31),
            ),
            fact_box(
                "Daten und Fakten",
                [
                    "27 % aller IQ Anerkennungsberatungen 2023 betrafen Gesundheitsberufe",
                    "Jede dritte IQ Anpassungsqualifizierung richtet sich an Gesundheitsberufe",
                    "Häufigste Herkunftsländer: Philippinen, Indien, Tunesien, Ukraine, Bosnien und Herzegowina",
                    "78 % der Teilnehmenden in Pflegequalifizierungen sind Frauen",
                    "82 % schließen die Anpassungsqualifizierung in der Pflege erfolgreich ab",
                ],
                source="IQ Monitoring 2023 (Demo-Daten, frei erfunden)",
            ),
        ],
    )


def review(people) -> ArticleSpec:
    return ArticleSpec(
        slug="rezension-pflege-ohne-grenzen",
        title="Pflege ohne Grenzen – aber mit Plan",
        article_type=ArticleType.REVIEW,
        lead=(
            "Eine neue Studie untersucht, wie Krankenhäuser ausländische Pflegefachkräfte einarbeiten und "
            "halten. Ihr Befund: Es kommt weniger auf Programme an als auf den Alltag auf Station."
        ),
        authors=[people["iw"]],
        body=[
            rich(
                "<p><i>Ankommen im Team. Die betriebliche Integration internationaler Pflegefachkräfte.</i> "
                "Studie im Auftrag der Musterstiftung, Berlin 2024, 96 Seiten, kostenloser Download. "
                "(Fiktiver Titel für die Demo.)</p>"
            ),
            paragraph(
                "Für die Studie haben die Autorinnen 42 Pflegefachkräfte aus elf Ländern, 18 "
                "Stationsleitungen und sechs Pflegedirektionen befragt. Die Ergebnisse sind ernüchternd und "
                "ermutigend zugleich. Ernüchternd, weil viele Häuser viel Geld in die Anwerbung stecken, aber "
                "kaum in die ersten Monate danach. Ermutigend, weil schon einfache Maßnahmen viel bewirken: "
                "feste Patenschaften, Einarbeitungspläne, Sprachförderung während der Arbeitszeit.",
                "Besonders lesenswert ist das Kapitel über die Rolle der Stationsleitungen. Sie entscheiden, "
                "ob neue Kolleginnen als Verstärkung oder als zusätzliche Belastung wahrgenommen werden. Die "
                "Studie empfiehlt, Leitungen gezielt zu schulen und ihnen Zeit für die Einarbeitung "
                "einzuräumen.",
                "Methodisch bleibt die Studie an einigen Stellen vage, etwa bei der Auswahl der befragten "
                "Häuser. Wer in Klinik, Pflegeschule oder Beratung mit internationalen Pflegekräften arbeitet, "
                "findet darin trotzdem viele praktische Anregungen – und gute Argumente für das nächste "
                "Gespräch mit der Geschäftsführung.",
            ),
        ],
    )


def news(people) -> ArticleSpec:
    return ArticleSpec(
        slug="aus-dem-netzwerk",
        title="Aus dem Netzwerk",
        article_type=ArticleType.NEWS,
        lead="Termine, Materialien und Neuigkeiten aus dem Förderprogramm IQ – kurz notiert.",
        authors=[people["jk"]],
        body=[
            heading("Fachtag Pflege in Magdeburg"),
            paragraph(
                "Am 12. März 2025 lädt das IQ RIN Sachsen-Anhalt Kliniken, Pflegeschulen und Beratungsstellen zu "
                "einem Fachtag über Anpassungslehrgänge ein. Im Mittelpunkt stehen Verbundmodelle für kleinere "
                "Einrichtungen."
            ),
            heading("Glossar Pflegesprache"),
            paragraph(
                "Ein neues Glossar erklärt 300 Begriffe aus dem Stationsalltag in einfacher Sprache und mit "
                "Übersetzungen ins Englische, Tagalog, Arabische und Ukrainische. Es steht allen IQ Projekten "
                "kostenlos zur Verfügung."
            ),
            heading("Online-Sprechstunde für Arbeitgeber"),
            paragraph(
                "Einmal im Monat beantworten Fachleute aus der IQ Anerkennungsberatung Fragen von Arbeitgebern "
                "zur Anerkennung ausländischer Gesundheitsberufe. Eine Anmeldung ist nicht nötig."
            ),
            heading("Neue Ausgabe im Frühjahr"),
            paragraph(
                "Die nächste Ausgabe von IQ konkret erscheint im Frühjahr 2025 mit dem Schwerpunkt "
                "Migrantenökonomie. Themenvorschläge nimmt die Redaktion gern entgegen."
            ),
        ],
    )
