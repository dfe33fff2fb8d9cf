"""The texts of the three demo good-practice sheets.

Projects, carriers, people and figures are invented for the demo; every sheet
says so at the end of its results. Raw StreamField data, as the admin stores it.
"""

import datetime

from cms.stream_data import heading, info_box, interview, paragraph, quote
from goodpractice.models import Criterion

ALL_CRITERIA = [criterion.value for criterion in Criterion]
DEMO_NOTE = "<p><i>Demo-Inhalt: Projekt, Träger, Personen und Zahlen sind frei erfunden.</i></p>"


def _p(*paragraphs: str) -> list[dict]:
    return [paragraph(text) for text in paragraphs]


def _h3(text: str) -> dict:
    return heading(text, level="h3")


def sprachcafe_technik() -> dict:
    return {
        "title": "Sprachcafé Technik",
        "subtitle": "Fachsprachliche Lerngruppen direkt im Betrieb für Elektroniker*innen mit Teilanerkennung",
        "teaser": "Fachsprache lernen, wo sie gebraucht wird: Lerngruppen im Betrieb führen 80 % der Teilnehmenden "
        "zur bestandenen Nachprüfung.",
        "project_name": "Sprachcafé Technik – Fachsprache im Betrieb",
        "target_group_note": "Elektroniker*innen mit Teilanerkennung",
        "publication_date": datetime.date(2024, 6, 10),
        "data_as_of": datetime.date(2024, 3, 31),
        "challenge": _p(
            "Viele Elektronikerinnen und Elektroniker aus dem Ausland erhalten zunächst nur eine teilweise "
            "Gleichwertigkeit ihres Abschlusses. Fachlich fehlt meist wenig – was sie an der Nachprüfung "
            "scheitern lässt, ist die <b>Fachsprache</b>: Normen, Prüfprotokolle und Sicherheitsunterweisungen "
            "verlangen ein Deutsch, das allgemeine Sprachkurse nicht vermitteln.",
            "Gleichzeitig suchen Handwerksbetriebe an der Küste dringend Fachkräfte. Die Betriebe beschäftigen "
            "die Teil\u00adanerkannten oft schon als Helfer, können sie aber nicht fachlich passend einsetzen.",
        ),
        "approach": [
            *_p(
                "Das Bildungswerk Küste bringt kleine Lerngruppen von vier bis sechs Personen <b>direkt in die "
                "Betriebe</b>. Einmal pro Woche treffen sich die Teilnehmenden während der Arbeitszeit für zwei "
                "Stunden im Sprachcafé – in der Werkstatt, am Schaltschrank oder im Pausenraum."
            ),
            _h3("Lernen am echten Auftrag"),
            *_p(
                "Eine Sprachdozentin und ein Elektromeister leiten die Gruppen im Tandem. Gelernt wird an dem, "
                "was im Betrieb gerade ansteht: ein Prüfprotokoll nach DIN VDE 0100-600 ausfüllen, eine "
                "Störung telefonisch beschreiben, eine Kundin einweisen. Zwischen den Treffen üben die "
                "Teilnehmenden mit kurzen Aufgaben auf dem Smartphone.",
                "Die Lerngruppen laufen sechs Monate und enden mit einer simulierten Nachprüfung. Die Handwerks"
                "kammer Kiel war von Beginn an beteiligt und hat die Prüfungssimulation mitentwickelt.",
            ),
        ],
        "results": [
            *_p(
                "Von 2022 bis 2024 haben 64 Personen in 12 Betrieben teilgenommen. <b>80 % bestanden die "
                "Nachprüfung</b> im ersten Anlauf – vor dem Projekt lag die Quote bei Teil\u00adanerkannten aus "
                "dem Elektrohandwerk in der Region bei rund 45 %.",
                "Neun von zehn Betrieben beschäftigen die Absolventinnen und Absolventen inzwischen als "
                "Fachkräfte weiter. Sechs Betriebe haben das Sprachcafé nach Projektende auf eigene Kosten "
                "fortgesetzt.",
            ),
            quote(
                "Früher habe ich bei der Sicherheitsunterweisung nur genickt. Heute erkläre ich sie den neuen "
                "Auszubildenden selbst.",
                "Teilnehmer aus einem Elektrobetrieb in Kiel",
            ),
            {"type": "paragraph", "value": DEMO_NOTE},
        ],
        "transfer": [
            *_p(
                "Für die Übertragung gibt es einen <b>Leitfaden</b> und ein <b>Materialpaket</b> mit 40 "
                "Lerneinheiten zu typischen Aufträgen im Elektrohandwerk. Beides ist auf die Zusammenarbeit "
                "mit Kammern ausgelegt: Sie vermitteln die Betriebe und stimmen die Prüfungssimulation ab."
            ),
            info_box(
                "Was für den Start nötig ist",
                "<ul><li>drei bis vier Betriebe mit mindestens vier teilweise anerkannten Fachkräften</li>"
                "<li>eine Sprachdozentin mit DaF/DaZ-Qualifikation und eine Meisterin oder ein Meister</li>"
                "<li>eine Kammer als Partnerin für die Prüfungssimulation</li></ul>",
            ),
            *_p(
                "Das Konzept lässt sich auf andere Gewerke übertragen; ein Pilot im Sanitär-, Heizungs- und "
                "Klimahandwerk läuft seit 2024."
            ),
        ],
        "nominated_at": datetime.date(2024, 2, 5),
        "nominated_by": "IQ Netzwerk Schleswig-Holstein",
        "nominator": "Hauke Jensen",
        "nominated_for": ALL_CRITERIA,
        "interview": [
            interview(
                interviewer="Redaktion IQ Good Practice (mb)",
                interviewees="Aylin Demir, Projektleitung, Bildungswerk Küste gGmbH, und Jan Petersen, "
                "Ausbildungsleiter eines Kieler Elektrobetriebs",
                pairs=[
                    (
                        "Warum findet das Sprachcafé im Betrieb statt und nicht in einem Kursraum?",
                        "Weil die Sprache dort gebraucht wird. Im Kursraum üben wir Sätze über Stromkreise, im "
                        "Betrieb liegt das echte Prüfprotokoll auf dem Tisch. Und niemand muss sich nach Feierabend "
                        "noch auf den Weg machen.",
                        "Aylin Demir",
                    ),
                    (
                        "Was hat der Betrieb davon, Arbeitszeit dafür freizugeben?",
                        "Zwei Stunden pro Woche sind gut investiert. Wir hatten Kollegen, die fachlich alles "
                        "konnten, aber keine Prüfung selbst abnehmen durften. Heute arbeiten sie als Gesellen und "
                        "bilden selbst aus.",
                        "Jan Petersen",
                    ),
                    (
                        "Was raten Sie Trägern, die das Sprachcafé übernehmen wollen?",
                        "Früh mit der Kammer sprechen. Sie kennt die Betriebe, und die Prüfungssimulation wirkt "
                        "nur, wenn sie der echten Nachprüfung entspricht.",
                        "Aylin Demir",
                    ),
                ],
            )
        ],
    }


def anerkennungslotsen() -> dict:
    return {
        "title": "Anerkennungslotsen im Jobcenter",
        "subtitle": "Wöchentliche Anerkennungsberatung in den Räumen des Jobcenters",
        "teaser": "Beratung dort, wo Ratsuchende ohnehin hinkommen: Die Sprechstunde im Jobcenter verkürzt "
        "Wege und verdoppelt die Zahl der Anträge auf Anerkennung.",
        "project_name": "Anerkennungslotsen – IQ Beratung im Jobcenter",
        "target_group_note": "",
        "publication_date": datetime.date(2024, 1, 22),
        "data_as_of": datetime.date(2023, 10, 31),
        "challenge": _p(
            "Im Jobcenter Frankfurt am Main sind viele Leistungsberechtigte mit ausländischem Berufsabschluss "
            "gemeldet. Nur ein kleiner Teil stellt einen Antrag auf Anerkennung: Der Weg zur IQ Beratungsstelle "
            "ist weit, Termine sind knapp, und Integrationsfachkräfte wissen oft nicht, wann sich ein Verweis "
            "lohnt.",
            "Die Folge: Fachkräfte arbeiten jahrelang unter ihrer Qualifikation, obwohl eine Anerkennung möglich wäre.",
        ),
        "approach": [
            *_p(
                "Seit 2022 bietet das Integrationsforum Rhein-Main jeden Dienstag eine <b>Sprechstunde in den "
                "Räumen des Jobcenters</b> an. Zwei Anerkennungslotsinnen und -lotsen beraten ohne Termin; "
                "Integrationsfachkräfte können Kundinnen und Kunden direkt aus dem Gespräch heraus vorbeischicken."
            ),
            _h3("Kurze Wege im Haus"),
            *_p(
                "Die Lotsen klären Referenzberuf, zuständige Stelle und Unterlagen, helfen beim Antrag und "
                "sprechen sich mit der Integrationsfachkraft über die nächsten Schritte ab – mit Einwilligung "
                "der Ratsuchenden. Viermal im Jahr schulen sie die Teams des Jobcenters zu den Grundlagen des "
                "Anerkennungsgesetzes.",
            ),
        ],
        "results": [
            *_p(
                "In den ersten 18 Monaten fanden 1.150 Beratungen statt. Die Zahl der Anträge auf Anerkennung "
                "aus dem Kundenkreis des Jobcenters hat sich <b>verdoppelt</b>: von 210 auf 430 pro Jahr.",
                "Der Weg von der ersten Beratung bis zum vollständigen Antrag verkürzte sich im Mittel von "
                "elf auf fünf Wochen, weil Rückfragen im Haus geklärt werden.",
            ),
            quote(
                "Ich schicke die Leute nicht mehr quer durch die Stadt. Ich bringe sie zwei Türen weiter.",
                "Integrationsfachkraft im Jobcenter",
            ),
            {"type": "paragraph", "value": DEMO_NOTE},
        ],
        "transfer": [
            *_p(
                "Für die Übertragung braucht es eine <b>Kooperationsvereinbarung</b> zwischen IQ Träger und "
                "Jobcenter, einen Beratungsraum und feste Zeiten. Eine Mustervereinbarung, ein Ablaufplan für "
                "die Sprechstunde und die Schulungsunterlagen für Integrationsfachkräfte stehen bereit.",
                "Zwei weitere Jobcenter in Hessen haben das Modell 2023 übernommen; eine Agentur für Arbeit "
                "erprobt es für Kundinnen und Kunden im Rechtskreis SGB III.",
            ),
        ],
        "nominated_at": datetime.date(2023, 9, 20),
        "nominated_by": "IQ Netzwerk Hessen",
        "nominator": "Miriam Öztürk",
        "nominated_for": ALL_CRITERIA,
        "interview": [],
    }


def mentoring_ingenieurinnen() -> dict:
    return {
        "title": "Mentoring für Ingenieurinnen",
        "subtitle": "Tandems mit regionalen Betrieben für Ingenieurinnen mit ausländischem Abschluss",
        "teaser": "Neun Monate im Tandem mit einer Ingenieurin aus der Region: 22 von 30 Mentees arbeiten "
        "heute qualifikationsadäquat.",
        "project_name": "MINTegra – Mentoring für Ingenieurinnen",
        "target_group_note": "Ingenieurinnen mit ausländischem Hochschulabschluss",
        "publication_date": datetime.date(2025, 2, 14),
        "data_as_of": datetime.date(2024, 9, 30),
        "challenge": _p(
            "Ingenieurinnen mit ausländischem Hochschulabschluss finden in Thüringen nur selten eine Stelle, "
            "die ihrer Qualifikation entspricht. Ihre Abschlüsse sind häufig anerkannt, doch es fehlen "
            "Kontakte in die Betriebe, Wissen über Bewerbungswege und Vorbilder.",
            "Viele regionale Unternehmen im Maschinenbau und in der Elektrotechnik suchen zugleich "
            "Ingenieurinnen und Ingenieure, erreichen diese Gruppe aber nicht.",
        ),
        "approach": [
            *_p(
                "Die Hochschule Mittelland bildet <b>Tandems</b> aus je einer Mentee und einer erfahrenen "
                "Ingenieurin aus einem regionalen Betrieb. Über <b>neun Monate</b> treffen sich die Tandems "
                "mindestens einmal im Monat; dazu kommen Betriebsbesuche, ein Bewerbungstraining und ein "
                "Fachsprachkurs an der Hochschule."
            ),
            _h3("Ablauf eines Durchgangs"),
            info_box(
                "Neun Monate in drei Phasen",
                "<ol><li>Kennenlernen und Zielvereinbarung im Tandem (Monat 1–\u20602)</li>"
                "<li>Betriebsbesuche, Hospitation und Fachsprache (Monat 3–\u20606)</li>"
                "<li>Bewerbung, Praktikum oder Einstieg (Monat 7–\u20609)</li></ol>",
            ),
            *_p(
                "Die Mentorinnen werden vorab in einem Workshop auf ihre Rolle vorbereitet. Die Koordination "
                "an der Hochschule hält Kontakt zu beiden Seiten und vermittelt bei Bedarf zur IQ "
                "Anerkennungsberatung."
            ),
        ],
        "results": [
            *_p(
                "In drei Durchgängen haben 30 Mentees teilgenommen. <b>22 von ihnen sind heute "
                "qualifikationsadäquat beschäftigt</b>, fünf weitere in einem Praktikum oder Traineeprogramm. "
                "19 Betriebe haben Mentorinnen gestellt; acht davon haben eine Mentee eingestellt.",
                "Die Mentorinnen berichten, dass sich auch in ihren Betrieben der Blick auf ausländische "
                "Abschlüsse verändert hat.",
            ),
            {"type": "paragraph", "value": DEMO_NOTE},
        ],
        "transfer": _p(
            "Das Programm lässt sich an jeder Hochschule mit Kontakten zur regionalen Wirtschaft umsetzen. "
            "Ein <b>Handbuch</b> beschreibt Auswahl und Matching der Tandems, den Vorbereitungsworkshop für "
            "Mentorinnen und die Begleitung durch die Koordination.",
            "Für einen Durchgang mit zehn Tandems rechnet die Hochschule mit einer halben Koordinationsstelle. "
            "Kammern und Ingenieurverbände sind hilfreiche Partner, um Mentorinnen zu gewinnen.",
        ),
        "nominated_at": datetime.date(2024, 10, 1),
        "nominated_by": "IQ Fachstelle Anerkennung und Qualifizierung",
        "nominator": "Dr. Ulrike Brandes",
        "nominated_for": ALL_CRITERIA,
        "interview": [],
    }


def bewerbung_per_video() -> dict:
    """A proposal the board did not select: archived, never published."""
    return {
        "title": "Bewerbungscoaching per Videochat",
        "subtitle": "Einzelcoaching zur Bewerbung für Fachkräfte mit ausländischem Abschluss, ganz online",
        "teaser": "Bewerbungsunterlagen im Videochat überarbeiten: ein Coaching ohne Anfahrt für Ratsuchende im "
        "ländlichen Raum.",
        "project_name": "Bewerbung digital – Coaching im Videochat",
        "target_group_note": "Ratsuchende im Vogelsberg und in der Wetterau",
        "publication_date": datetime.date(2024, 11, 4),
        "data_as_of": datetime.date(2024, 8, 31),
        "challenge": _p(
            "Ratsuchende in ländlichen Regionen haben weite Wege zur nächsten Beratungsstelle. Termine zur "
            "Bewerbung scheitern oft an Bus- und Arbeitszeiten."
        ),
        "approach": _p(
            "Zwei Coachinnen bieten Einzeltermine im Videochat an. In drei Sitzungen entstehen Lebenslauf, "
            "Anschreiben und ein geübtes Vorstellungsgespräch."
        ),
        "results": [
            *_p("In zwölf Monaten nahmen 48 Personen teil; 31 haben ihre Unterlagen vollständig überarbeitet."),
            {"type": "paragraph", "value": DEMO_NOTE},
        ],
        "transfer": _p(
            "Nötig sind eine Videoplattform mit Datenschutzprüfung, Leitfäden für die drei Sitzungen und "
            "Coachinnen mit Beratungserfahrung."
        ),
        "nominated_at": datetime.date(2024, 9, 2),
        "nominated_by": "IQ Netzwerk Hessen",
        "nominator": "Lars Wiebe",
        "nominated_for": [Criterion.TRANSFERABLE.value, Criterion.EFFICIENT.value],
        "interview": [],
    }
