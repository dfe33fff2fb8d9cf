"""IQ konkret 2/2024 – „Pflege braucht Vielfalt“ (frei erfunden)."""

import datetime

from magazine.models import ArticleType

from . import (
    PHOTO_CREDIT,
    ArticleSpec,
    figure,
    heading,
    info_box,
    interview,
    paragraph,
    project_portrait,
    quote,
)
from . import issue_2024_2_sections as sections

SLUG = "2024-2"


def issue_fields(*, people, images) -> dict:
    return {
        "title": "IQ konkret 2/2024",
        "issue_number": 2,
        "year": 2024,
        "focus_title": "Pflege braucht Vielfalt",
        "teaser": (
            "Jede dritte Anpassungsqualifizierung im Netzwerk betrifft Gesundheitsberufe. Wir zeigen, wie "
            "Kliniken, Pflegeschulen und IQ Projekte gemeinsam ausbilden."
        ),
        "publication_date": datetime.date(2024, 11, 15),
        "cover_image": images["cover"],
        "cover_alt": (
            "Illustration: Drei Pflegekräfte unterschiedlicher Herkunft in Dienstkleidung stehen nebeneinander "
            "in warmem Licht vor einem Klinikfenster; eine trägt ein Stethoskop."
        ),
        "editorial_title": "Vielfalt sichert Versorgung",
        "editorial": (
            "<p>Liebe Leserinnen und Leser,</p>"
            "<p>in deutschen Kliniken und Pflegeheimen arbeiten heute mehr als 200.000 Pflegekräfte mit "
            "ausländischer Staatsangehörigkeit. Ohne sie wären viele Stationen nicht mehr zu besetzen. Doch "
            "zwischen der Einreise und der Arbeit als anerkannte Pflegefachkraft liegen oft Monate: "
            "Sprachprüfung, Gleichwertigkeitsprüfung, Anpassungslehrgang oder Kenntnisprüfung.</p>"
            "<p>Im Förderprogramm IQ betrifft inzwischen jede dritte Anpassungsqualifizierung einen "
            "Gesundheitsberuf. In dieser Ausgabe zeigen wir, wie Kliniken, Pflegeschulen und IQ Projekte "
            "diese Zeit gemeinsam gestalten – und was sie dabei voneinander lernen. Eine Pflegefachkraft "
            "aus Manila erzählt von ihrem Weg nach Magdeburg, eine Pflegedirektorin berichtet, warum "
            "Vielfalt im Team Zeit und Führung braucht, und der Blick in die Niederlande zeigt, wie ein "
            "Nachbarland die Anerkennung organisiert.</p>"
            "<p>Vielfalt ist in der Pflege kein Zusatz, sondern eine Bedingung guter Versorgung. Sie gelingt, "
            "wenn Anerkennung, Sprache und Einarbeitung zusammen gedacht werden.</p>"
            "<p>Eine anregende Lektüre wünscht Ihnen</p>"
        ),
        "editorial_author": people["mb"],
        "photo_credits": [
            {"type": "credit", "value": {"credit": "Titel: " + PHOTO_CREDIT, "pages": "1"}},
            {"type": "credit", "value": {"credit": PHOTO_CREDIT, "pages": ""}},
        ],
        "print_run": 3000,
        "print_month": "November 2024",
    }


def articles(*, people, images, refs) -> list[ArticleSpec]:
    return [
        _leading_article(people, images),
        _portrait(people, images),
        _interview(people),
        _project_portrait(people, refs),
        sections.neighbours(people, images),
        sections.facts(people),
        sections.review(people),
        sections.news(people),
    ]


def _leading_article(people, images) -> ArticleSpec:
    return ArticleSpec(
        slug="anpassungslehrgang-mit-zukunft",
        title="Anpassungslehrgang mit Zukunft",
        article_type=ArticleType.LEADING_ARTICLE,
        lead=(
            "Wer als Pflegefachkraft aus dem Ausland kommt, muss oft Unterschiede zur deutschen Ausbildung "
            "ausgleichen. Der Anpassungslehrgang ist dafür der häufigste Weg – und er wird besser, wenn Klinik, "
            "Pflegeschule und Beratung an einem Strang ziehen."
        ),
        authors=[people["iw"]],
        body=[
            paragraph(
                "Maria Santos hat in Manila vier Jahre Pflege studiert und sechs Jahre auf einer Intensivstation "
                "gearbeitet. Trotzdem stellte die zuständige Stelle in Sachsen-Anhalt wesentliche Unterschiede "
                "zur deutschen Ausbildung fest: zu wenig Praxis in der Langzeitpflege, kaum Inhalte zur "
                "Pflege alter Menschen. Ihr Bescheid nannte zwei Wege, die Unterschiede auszugleichen – eine "
                "Kenntnisprüfung oder einen Anpassungslehrgang.",
                "Wie Maria Santos entscheiden sich die meisten Pflegefachkräfte für den Lehrgang. Er verbindet "
                "Unterricht an einer Pflegeschule mit Praxiseinsätzen und endet mit einem Abschlussgespräch. "
                "Wer ihn besteht, erhält die Erlaubnis, die Berufsbezeichnung Pflegefachfrau oder "
                "Pflegefachmann zu führen.",
            ),
            heading("Drei Partner, ein Lernplan"),
            paragraph(
                "In vielen Regionen arbeiten dafür drei Partner zusammen: die Klinik oder Pflegeeinrichtung, die "
                "die Praxiseinsätze anbietet und meist auch einstellt; die Pflegeschule, die den theoretischen "
                "Teil übernimmt; und ein IQ Projekt, das berät, Sprachförderung organisiert und den Lehrgang "
                "auf den Bescheid zuschneidet.",
                "Dieser Zuschnitt ist der entscheidende Unterschied zu früheren Modellen. Statt eines starren "
                "Kurses für alle entsteht aus dem Bescheid ein individueller Lernplan: Wer bereits Erfahrung in "
                "der Altenpflege mitbringt, verbringt mehr Zeit in der Psychiatrie oder in der ambulanten Pflege. "
                "Das verkürzt die Lehrgänge im Schnitt um zwei Monate.",
            ),
            figure(
                images["training"],
                alt=(
                    "Illustration: Vier Teilnehmende in Dienstkleidung sitzen von hinten gesehen vor einem "
                    "Übungsbett und einem Whiteboard mit Notizen in einem Schulungsraum."
                ),
                caption="Im Skills Lab üben die Teilnehmenden Pflegesituationen, bevor sie auf Station gehen.",
            ),
            heading("Sprache als Schlüssel"),
            paragraph(
                "Fast alle Beteiligten nennen die Sprache als größte Hürde. Zwar müssen Pflegefachkräfte "
                "Deutschkenntnisse auf dem Niveau B2 nachweisen, doch die Sprache auf Station ist eine eigene: "
                "schnelle Übergaben, Abkürzungen, Dialekt. IQ Projekte bieten deshalb berufsbezogene "
                "Sprachkurse parallel zum Lehrgang an und schulen Praxisanleitende darin, sprachsensibel "
                "anzuleiten.",
            ),
            quote(
                "Der Lehrgang ist keine Nachschulung. Die Kolleginnen bringen viel mit – wir zeigen ihnen, wie "
                "Pflege hier organisiert ist.",
                "Praxisanleiterin einer Magdeburger Klinik",
            ),
            info_box(
                "Kenntnisprüfung oder Lehrgang?",
                "<ul>"
                "<li><b>Anpassungslehrgang:</b> sechs bis zwölf Monate Theorie und Praxis, endet mit einem "
                "Abschlussgespräch; geeignet für alle, die sich schrittweise einarbeiten möchten.</li>"
                "<li><b>Kenntnisprüfung:</b> mündliche und praktische Prüfung über die Inhalte der deutschen "
                "Ausbildung; schneller, aber anspruchsvoll. IQ bietet vorbereitende Kurse an.</li>"
                "<li><b>Beratung:</b> Welcher Weg passt, hängt vom Bescheid, von der Berufserfahrung und von "
                "der Lebenssituation ab. Die IQ Anerkennungsberatung hilft bei der Entscheidung.</li>"
                "</ul>",
            ),
            heading("Was bleibt zu tun"),
            paragraph(
                "Die Wartezeiten auf einen Platz im Lehrgang sind in manchen Regionen noch lang, und nicht jede "
                "Einrichtung kann Praxisanleitung in ausreichendem Umfang stellen. Die Partner im Netzwerk "
                "setzen deshalb auf Verbünde: Mehrere Kliniken und Pflegeheime teilen sich Lehrgänge und "
                "Praxisanleitende. Das senkt die Kosten und macht den Lehrgang auch für kleinere Einrichtungen "
                "möglich.",
            ),
        ],
    )


def _portrait(people, images) -> ArticleSpec:
    return ArticleSpec(
        slug="von-manila-nach-magdeburg",
        title="Von Manila nach Magdeburg – eine Pflegefachkraft erzählt",
        article_type=ArticleType.PORTRAIT,
        lead=(
            "Maria Santos kam 2022 nach Deutschland. Heute leitet sie als anerkannte Pflegefachkraft eine "
            "Schicht auf einer internistischen Station. Ein Porträt über Heimweh, Hartnäckigkeit und "
            "Kolleginnen, die den Unterschied machen."
        ),
        authors=[people["lh"]],
        body=[
            figure(
                images["portrait"],
                alt=(
                    "Illustration: Eine Pflegekraft in petrolfarbener Dienstkleidung, Kopf und Schultern, vor "
                    "einem unscharfen, hellen Stationsfenster."
                ),
                caption="Maria Santos (Name geändert) arbeitet heute auf einer internistischen Station.",
            ),
            paragraph(
                "Der erste Winter war der schwerste. „Um vier Uhr nachmittags war es dunkel, und ich habe "
                "kaum ein Wort verstanden, wenn die Kolleginnen schnell gesprochen haben“, erzählt Maria Santos. "
                "Die 34-Jährige sitzt im Aufenthaltsraum ihrer Station, vor sich einen Becher Tee. Ihre "
                "Schicht hat vor zehn Minuten geendet, aber sie hat sich Zeit genommen für das Gespräch.",
                "Nach Deutschland kam sie über ein Programm zur Anwerbung von Pflegekräften. Der Vertrag mit der "
                "Klinik war unterschrieben, bevor sie einreiste. Die Anerkennung ihres Abschlusses dagegen nicht: "
                "Erst nach der Ankunft stellte sie den Antrag, und der Bescheid verlangte einen "
                "Anpassungslehrgang von neun Monaten.",
            ),
            heading("Als Hilfskraft auf der eigenen Station"),
            paragraph(
                "In dieser Zeit arbeitete sie als Pflegehilfskraft – auf derselben Station, auf der sie heute "
                "Schichten leitet. „Das war manchmal schwer auszuhalten. Auf den Philippinen habe ich "
                "Intensivpatienten betreut, hier durfte ich keine Medikamente richten.“ Geholfen haben ihr die "
                "Kolleginnen, die ihr Fachbegriffe erklärten, und eine Praxisanleiterin, die sich jede Woche "
                "eine Stunde Zeit für Fragen nahm.",
                "Die IQ Beratung lernte Maria Santos über eine Kollegin kennen. Die Beraterin half ihr, den "
                "Bescheid zu verstehen, und vermittelte einen Platz in einem berufsbezogenen Sprachkurs. „Ich "
                "wusste vorher nicht, dass ich ein Recht auf diese Beratung habe, und dass sie kostenlos ist.“",
            ),
            quote(
                "Ich wollte nicht nur arbeiten dürfen. Ich wollte wieder die Pflegefachkraft sein, die ich "
                "zu Hause war.",
                "Maria Santos",
            ),
            heading("Ankommen heißt auch bleiben"),
            paragraph(
                "Seit dem Abschluss des Lehrgangs ist viel passiert. Maria Santos hat eine Weiterbildung zur "
                "Praxisanleiterin begonnen und betreut nun selbst neue Kolleginnen aus dem Ausland. Ihr Mann "
                "ist nachgezogen, die Tochter geht in Magdeburg in die Kita.",
                "Was sie anderen rät? „Fragen stellen, immer wieder. Und sich Menschen suchen, die einem "
                "helfen.“ Und was sie sich von ihrem Arbeitgeber wünscht? Sie überlegt kurz. „Dass die "
                "Neuen von Anfang an einen festen Ansprechpartner bekommen. Das hätte mir den ersten Winter "
                "leichter gemacht.“",
            ),
        ],
    )


def _interview(people) -> ArticleSpec:
    return ArticleSpec(
        slug="vielfalt-im-team-braucht-zeit",
        title="Vielfalt im Team braucht Zeit",
        article_type=ArticleType.INTERVIEW,
        lead=(
            "Am Klinikum Elbaue kommt inzwischen jede fünfte Pflegekraft aus dem Ausland. Pflegedirektorin "
            "Ute Brandt über Einarbeitung, Konflikte im Team und die Frage, was Führung dazu beitragen muss."
        ),
        authors=[people["da"]],
        body=[
            interview(
                interviewees="Dr. Ute Brandt, Pflegedirektorin am Klinikum Elbaue (fiktiv)",
                interviewer="Deniz Aydın (da)",
                pairs=[
                    (
                        "Frau Dr. Brandt, wie hat sich Ihr Pflegeteam in den vergangenen fünf Jahren verändert?",
                        "Sehr stark. 2019 hatten wir eine Handvoll Kolleginnen aus dem Ausland, heute sind es "
                        "über 80, aus 19 Ländern. Ohne sie müssten wir Betten sperren. Aber die Zahl allein "
                        "sagt wenig darüber, ob die Zusammenarbeit gelingt.",
                    ),
                    (
                        "Woran machen Sie fest, ob sie gelingt?",
                        "Daran, ob die neuen Kolleginnen bleiben. In den ersten Jahren haben wir zu viele "
                        "verloren, weil wir die Einarbeitung unterschätzt haben. Heute hat jede neue Kollegin "
                        "eine feste Patin im Team, und die Stationsleitungen haben Zeit für regelmäßige "
                        "Gespräche.",
                    ),
                    (
                        "Gibt es Konflikte im Team?",
                        "Natürlich, wie in jedem Team. Manche entstehen aus unterschiedlichen "
                        "Vorstellungen davon, was Pflege ist: Auf den Philippinen oder in Indien übernehmen "
                        "Angehörige viel von der Grundpflege, hier ist sie Kernaufgabe der Pflege. Wenn man das "
                        "nicht bespricht, entstehen Missverständnisse.",
                    ),
                    (
                        "Wie gehen Sie damit um?",
                        "Wir haben mit dem IQ Netzwerk Schulungen für Stationsleitungen entwickelt. Da geht "
                        "es um interkulturelle Kommunikation, aber auch ganz praktisch um Einarbeitungspläne. "
                        "Und wir sprechen offen über Diskriminierung, auch durch Patientinnen und Patienten. "
                        "Die Kolleginnen müssen wissen, dass die Leitung hinter ihnen steht.",
                    ),
                    (
                        "Was raten Sie anderen Einrichtungen?",
                        "Nicht nur in die Anwerbung zu investieren, sondern in das Ankommen. Eine Wohnung, ein "
                        "Sprachkurs während der Arbeitszeit, eine verlässliche Ansprechperson – das kostet "
                        "weniger als eine Fachkraft, die nach einem Jahr wieder geht.",
                    ),
                ],
            ),
        ],
    )


def _project_portrait(people, refs) -> ArticleSpec:
    return ArticleSpec(
        slug="deutsch-lernen-auf-station",
        title="Deutsch lernen auf Station",
        article_type=ArticleType.PROJECT_PORTRAIT,
        lead=(
            "Ein Projekt in Sachsen-Anhalt verlegt den Sprachunterricht dorthin, wo die Sprache gebraucht wird: "
            "auf die Station. Lehrkräfte begleiten Pflegekräfte im Dienst und machen aus Übergaben Lernsituationen."
        ),
        authors=[people["jk"]],
        body=[
            paragraph(
                "Die Übergabe am Morgen dauert eine Viertelstunde. Für die Nachtschicht ist sie Routine, für eine "
                "neue Kollegin aus Tunesien ist sie eine Prüfung: Diagnosen, Medikamente, Abkürzungen, dazu das "
                "Tempo einer Station, die voll belegt ist. Hinter ihr steht eine Sprachlehrerin und macht sich "
                "Notizen.",
                "„Wir lernen mit den Situationen, die wirklich vorkommen“, sagt die Lehrerin. Nach der Übergabe "
                "gehen beide die Notizen durch, klären Begriffe und üben die Formulierungen, die morgen wieder "
                "gebraucht werden. Einmal pro Woche treffen sich alle Teilnehmenden zu einem gemeinsamen "
                "Unterricht an der Pflegeschule.",
            ),
            heading("Lernen im Dienst"),
            paragraph(
                "Das Projekt „Sprache im Dienst“ läuft seit 2023 an drei Kliniken in Sachsen-Anhalt. Es richtet "
                "sich an Pflegefachkräfte im Anpassungslehrgang, die bereits Deutsch auf dem Niveau B1 oder B2 "
                "sprechen, aber im Stationsalltag noch unsicher sind. Die Arbeitszeit der Teilnehmenden wird "
                "für den Unterricht angerechnet – ein wichtiger Grund, warum bisher niemand abgebrochen hat.",
                "Von den ersten 36 Teilnehmenden haben 31 ihren Anpassungslehrgang inzwischen abgeschlossen. "
                "Die Kliniken berichten von kürzeren Einarbeitungszeiten und weniger Missverständnissen bei "
                "Übergaben.",
            ),
            quote(
                "Seit die Lehrerin mit auf Station ist, traue ich mich, bei der Übergabe nachzufragen.",
                "Teilnehmerin aus Tunesien",
            ),
            project_portrait(
                name="Sprache im Dienst",
                organisation=refs["org_elbaue"],
                network=refs["network_st"],
                action_area=refs["hsp_qualifizierung"],
                contact=people["pl"],
                text=(
                    "Berufsbezogene Sprachförderung direkt auf Station für Pflegefachkräfte im "
                    "Anpassungslehrgang, an drei Kliniken in Sachsen-Anhalt. 31 von 36 Teilnehmenden haben "
                    "den Lehrgang abgeschlossen."
                ),
            ),
        ],
    )
