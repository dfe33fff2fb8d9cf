"""How the advisory board decided on the demo proposals: the votes, each with
a judgement and a reason per criterion, and the day it decided. Invented for
the demo, like the sheets themselves (``sheets.py``)."""

import datetime
import zoneinfo
from dataclasses import dataclass

from goodpractice.models import Criterion
from goodpractice.models import Judgement as J
from goodpractice.selection.ballot import NOT_SELECT, SELECT

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# Short names keep the tables of judgements below readable.
TRA, INN, NAC, EFF = Criterion.TRANSFERABLE, Criterion.INNOVATIVE, Criterion.SUSTAINABLE, Criterion.EFFICIENT


@dataclass(frozen=True)
class DemoVote:
    username: str
    choice: str
    judgements: dict
    comment: str = ""

    def form_data(self) -> dict:
        """The vote as the board member's form sends it."""
        data = {"comment": self.comment}
        for criterion, (judgement, reason) in self.judgements.items():
            data[f"{criterion.value}_judgement"] = judgement.value
            data[f"{criterion.value}_reason"] = reason
        return data


@dataclass(frozen=True)
class DemoProcedure:
    review_comment: str
    votes: tuple[DemoVote, ...]
    decided_at: datetime.datetime


def _on(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 15, 0, tzinfo=BERLIN)


PROCEDURES: dict[str, DemoProcedure] = {
    "sprachcafe-technik": DemoProcedure(
        review_comment="Wirkung mit Zahlen belegt, Materialpaket liegt vor.",
        decided_at=_on(2024, 4, 18),
        votes=(
            DemoVote(
                "gremium-bmas",
                SELECT,
                {
                    TRA: (
                        J.MET,
                        "Leitfaden und Materialpaket liegen vor und sind auf Kammern als Umsetzungspartner "
                        "zugeschnitten. Der Pilot im SHK-Handwerk zeigt, dass sich das Format auf andere Gewerke "
                        "übertragen lässt.",
                    ),
                    INN: (
                        J.MET,
                        "Das Sprachcafé verlegt den Fachsprachunterricht vom Kursraum in den Betrieb und "
                        "verbindet ihn mit echten Aufträgen. Sprachdozentin und Meister unterrichten gemeinsam.",
                    ),
                    NAC: (
                        J.MET,
                        "Sechs von zwölf Betrieben führen das Sprachcafé nach Projektende auf eigene Kosten "
                        "weiter; die Handwerkskammer hat die Prüfungssimulation in ihr Angebot übernommen.",
                    ),
                    EFF: (
                        J.MET,
                        "Zwei Stunden pro Woche über sechs Monate genügen: Die Bestehensquote stieg von rund "
                        "45 % auf 80 %, ohne dass die Teilnehmenden ihre Arbeit unterbrechen mussten.",
                    ),
                },
            ),
            DemoVote(
                "gremium-fachstelle",
                SELECT,
                {
                    TRA: (J.MET, "Mit einer Kammer als Partnerin lässt sich das Format in jeder Region umsetzen."),
                    INN: (
                        J.MET,
                        "Unterricht am echten Auftrag, im Tandem aus Sprachdozentin und Meister – so gab es "
                        "das im Programm noch nicht.",
                    ),
                    NAC: (
                        J.PARTLY_MET,
                        "Die Hälfte der Betriebe führt das Format weiter; ob es ohne Förderung in der "
                        "Fläche trägt, ist noch offen.",
                    ),
                    EFF: (J.MET, "Wenig Aufwand, kein Arbeitsausfall, deutlich mehr bestandene Nachprüfungen."),
                },
                comment="Bitte im Blatt die Kammer als Partnerin deutlich nennen.",
            ),
        ),
    ),
    "anerkennungslotsen-im-jobcenter": DemoProcedure(
        review_comment="Zahlen geprüft, Vorlagen vollständig.",
        decided_at=_on(2023, 11, 28),
        votes=(
            DemoVote(
                "gremium-bmas",
                SELECT,
                {
                    TRA: (
                        J.MET,
                        "Das Modell braucht nur eine Kooperationsvereinbarung, einen Raum und feste Zeiten. "
                        "Zwei weitere hessische Jobcenter haben es mit den vorhandenen Vorlagen innerhalb von drei "
                        "Monaten eingeführt.",
                    ),
                    INN: (
                        J.MET,
                        "Die Anerkennungsberatung kommt in die Regelinstitution, statt Ratsuchende dorthin zu "
                        "schicken. Beratung und Vermittlung stimmen sich im selben Haus ab.",
                    ),
                    NAC: (
                        J.MET,
                        "Das Jobcenter hat die Sprechstunde in seine Geschäftsprozesse aufgenommen und stellt "
                        "den Raum dauerhaft; die Schulungen sind Teil der Einarbeitung neuer Fachkräfte.",
                    ),
                    EFF: (
                        J.MET,
                        "Ein Beratungstag pro Woche verdoppelt die Zahl der Anträge und halbiert die Zeit bis "
                        "zum vollständigen Antrag – ohne zusätzliche Stellen im Jobcenter.",
                    ),
                },
            ),
            DemoVote(
                "gremium-vernetzung",
                SELECT,
                {
                    TRA: (J.MET, "Zwei weitere Jobcenter haben das Modell mit den Vorlagen übernommen."),
                    INN: (
                        J.PARTLY_MET,
                        "Sprechstunden im Jobcenter gibt es auch anderswo; neu ist die Abstimmung mit "
                        "den Integrationsfachkräften im selben Haus.",
                    ),
                    NAC: (J.MET, "Raum und Schulungen sind in den Abläufen des Jobcenters verankert."),
                    EFF: (J.MET, "Doppelt so viele Anträge ohne zusätzliche Stellen."),
                },
            ),
        ),
    ),
    "mentoring-fuer-ingenieurinnen": DemoProcedure(
        review_comment="Wirkung mit Zahlen belegt, Transferhinweise vollständig.",
        decided_at=_on(2024, 12, 5),
        votes=(
            DemoVote(
                "gremium-bmas",
                SELECT,
                {
                    TRA: (
                        J.MET,
                        "Ein Handbuch mit Vorlagen für Matching, Zielvereinbarung und Workshop liegt vor. Zwei "
                        "Hochschulen in Sachsen-Anhalt und Brandenburg bereiten die Übernahme vor.",
                    ),
                    INN: (
                        J.MET,
                        "Das Programm verbindet Mentoring durch Ingenieurinnen aus der Region mit Fachsprache "
                        "und Betriebsbesuchen – und spricht gezielt Frauen in technischen Berufen an.",
                    ),
                    NAC: (
                        J.MET,
                        "Die Hochschule finanziert die Koordination ab 2025 aus eigenen Mitteln; das Netzwerk "
                        "der Mentorinnen trifft sich auch nach den Durchgängen weiter.",
                    ),
                    EFF: (
                        J.MET,
                        "Mit einer halben Koordinationsstelle pro Durchgang arbeiten 22 von 30 Mentees heute "
                        "qualifikationsadäquat; die Betriebe bringen die Zeit der Mentorinnen selbst ein.",
                    ),
                },
            ),
            DemoVote(
                "gremium-fachstelle",
                SELECT,
                {
                    TRA: (J.MET, "Das Handbuch deckt Auswahl, Matching und Begleitung der Tandems ab."),
                    INN: (
                        J.MET,
                        "Mentorinnen aus regionalen Betrieben erreichen Ingenieurinnen, die andere Angebote "
                        "nicht erreichen.",
                    ),
                    NAC: (J.MET, "Die Hochschule trägt die Koordination ab 2025 selbst."),
                    EFF: (
                        J.PARTLY_MET,
                        "Der Aufwand ist angemessen; nach drei Durchgängen sind die Zahlen noch klein.",
                    ),
                },
            ),
        ),
    ),
    "bewerbungscoaching-per-videochat": DemoProcedure(
        review_comment="Inhaltlich geprüft; die Auswahl liegt beim Gremium.",
        decided_at=_on(2024, 10, 15),
        votes=(
            DemoVote(
                "gremium-bmas",
                NOT_SELECT,
                {
                    TRA: (
                        J.PARTLY_MET,
                        "Die Leitfäden sind übertragbar; die Datenschutzprüfung der Plattform müsste "
                        "jeder Träger selbst leisten.",
                    ),
                    INN: (
                        J.NOT_MET,
                        "Videoberatung ist in vielen Netzwerken Alltag; der Ansatz geht darüber nicht hinaus.",
                    ),
                    NAC: (J.NOT_MET, "Das Angebot endet mit der Förderung; eine Übernahme ist nicht vereinbart."),
                    EFF: (J.PARTLY_MET, "Kurze Wege sparen Zeit; ob mehr Bewerbungen Erfolg haben, ist nicht belegt."),
                },
            ),
            DemoVote(
                "gremium-fachstelle",
                NOT_SELECT,
                {
                    TRA: (J.MET, "Drei Sitzungen mit Leitfaden lassen sich leicht übernehmen."),
                    INN: (J.NOT_MET, "Ein Coaching im Videochat ist kein neuer Ansatz."),
                    NAC: (J.PARTLY_MET, "Die Coachinnen arbeiten weiter, aber ohne gesicherte Finanzierung."),
                    EFF: (
                        J.PARTLY_MET,
                        "31 von 48 haben ihre Unterlagen überarbeitet; Zahlen zu Einstellungen fehlen.",
                    ),
                },
                comment="Gute Arbeit, aber kein Good-Practice-Beispiel im Sinne der vier Kriterien.",
            ),
        ),
    ),
}

#: The vote already cast on the demo's pending update of „Mentoring für Ingenieurinnen“.
PENDING_UPDATE_VOTE = DemoVote(
    "gremium-bmas",
    SELECT,
    {
        TRA: (J.MET, "Die aktualisierte Fassung ergänzt die Erfahrungen der ersten Übernahme in Sachsen-Anhalt."),
        INN: (J.MET, "Am Ansatz hat sich nichts geändert; er bleibt neu für die Zielgruppe."),
        NAC: (J.MET, "Die Finanzierung durch die Hochschule ist jetzt beschlossen."),
        EFF: (J.MET, "Ein vierter Durchgang bestätigt die Zahlen der ersten drei."),
    },
    comment="Überzeugt: übertragbar auf andere Regionen.",
)
