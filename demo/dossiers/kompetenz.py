"""Demo dossier 1: "Kompetenzfeststellung ohne Zeugnis".

Studies, figures, interviews and quotations are invented for the demo; the
abstract says so. Statutes are cited by their real names.
"""

from cms.stream_data import info_box, quote, rich_text
from dossiers.stream_data import chapter, footnote, reference, section, version

TITLE = "Kompetenzfeststellung ohne Zeugnis"
SUBTITLE = "Ansätze für Menschen ohne formalen Abschluss"


def chapters() -> list[dict]:
    return [
        chapter(
            "Einleitung",
            section("Ausgangslage"),
            rich_text(
                "<p>In der IQ Anerkennungs- und Qualifizierungsberatung begegnen Beraterinnen und Berater täglich "
                "Menschen, die über jahrelange Berufserfahrung verfügen, diese aber nicht mit einem Zeugnis belegen "
                "können. Nach den Daten des IQ Monitorings hatte im Jahr 2024 gut jede vierte ratsuchende Person "
                "keinen formalen Berufsabschluss, der einem deutschen Referenzberuf gegenübergestellt werden "
                "könnte.[fn:monitoring-anteil] Viele von ihnen haben im Herkunftsland im Betrieb gelernt, eine "
                "Ausbildung abgebrochen oder Unterlagen auf der Flucht verloren.[fn:unterlagen]</p>"
            ),
            rich_text(
                "<p>Für den Arbeitsmarkt ist diese Gruppe bedeutsam: Betriebe suchen Fachkräfte, und die "
                "Beschäftigten selbst bleiben ohne Nachweis häufig in Helfertätigkeiten unter ihren Möglichkeiten. "
                "Studien zeigen, dass unterwertige Beschäftigung bei Eingewanderten ohne anerkannten Abschluss "
                "deutlich häufiger vorkommt als bei Eingewanderten mit Anerkennung.[fn:unterwertig]</p>"
            ),
            section("Fragestellung und Vorgehen"),
            rich_text(
                "<p>Das Dossier fragt, welche Verfahren Kompetenzen ohne Zeugnis sichtbar machen, für wen sie "
                "sich eignen und was Beratung tun kann, damit Ratsuchende den passenden Weg finden. Wir verstehen "
                "Kompetenz dabei als die Fähigkeit, berufliche Aufgaben selbstständig und situationsgerecht zu "
                "bewältigen – unabhängig davon, wo sie erworben wurde.[fn:kompetenzbegriff]</p>"
            ),
            rich_text(
                "<p>Grundlage sind eine Auswertung der Fachliteratur und der Rechtsgrundlagen, 18 leitfadengestützte "
                "Interviews mit Fachkräften aus Beratung, Kammern und Jobcentern sowie zwei Fachgespräche mit "
                "Regionalen Integrationsnetzwerken.[fn:methode] Die Ergebnisse wurden im Februar 2025 mit den "
                "Beteiligten rückgekoppelt.</p>"
            ),
        ),
        chapter(
            "Rechtlicher und institutioneller Rahmen",
            section("Anerkennung und ihre Grenzen"),
            rich_text(
                "<p>Das Anerkennungsgesetz des Bundes setzt einen im Ausland erworbenen formalen Abschluss voraus: "
                "Geprüft wird, ob dieser einem deutschen Referenzberuf gleichwertig ist.[fn:bqfg] Wer keinen "
                "Abschluss hat, kann dieses Verfahren nicht nutzen, auch wenn die praktische Erfahrung dem "
                "Berufsbild weitgehend entspricht.</p>"
            ),
            rich_text(
                "<p>Eine wichtige Ausnahme betrifft fehlende Unterlagen: Kann eine Person ihren Abschluss aus "
                "Gründen, die sie nicht zu vertreten hat, nicht belegen, darf die zuständige Stelle ihre "
                "Kompetenzen mit sonstigen geeigneten Verfahren feststellen, etwa mit einer "
                "Qualifikationsanalyse.[fn:bqfg-14] In der Praxis wird diese Möglichkeit noch zu selten genutzt, "
                "weil sie vielen Ratsuchenden und auch manchen Stellen unbekannt ist.[fn:qa-bekanntheit]</p>"
            ),
            section("Validierung nach dem Berufsbildungsgesetz"),
            rich_text(
                "<p>Seit dem 1. Januar 2025 können Menschen ohne Berufsabschluss ihre berufliche "
                "Handlungsfähigkeit in einem Validierungsverfahren bei der zuständigen Kammer feststellen "
                "lassen.[fn:bbig] Das Verfahren vergleicht die nachgewiesenen Kompetenzen mit einem "
                "Ausbildungsberuf und bescheinigt eine vollständige oder eine überwiegende Vergleichbarkeit. "
                "Voraussetzung ist unter anderem eine Berufserfahrung, die in der Regel mindestens das "
                "Eineinhalbfache der Ausbildungsdauer umfasst.[fn:bbig-erfahrung]</p>"
            ),
            info_box(
                "Drei Wege im Überblick",
                "<ul><li><b>Anerkennung:</b> für Menschen mit ausländischem Abschluss.</li>"
                "<li><b>Qualifikationsanalyse:</b> für Menschen mit Abschluss, aber ohne vollständige "
                "Unterlagen.</li><li><b>Validierung:</b> für Menschen ohne Abschluss mit einschlägiger "
                "Berufserfahrung.</li></ul>",
            ),
            section("Zuständigkeiten und Finanzierung"),
            rich_text(
                "<p>Zuständig sind je nach Beruf Industrie- und Handelskammern, Handwerkskammern oder andere "
                "Stellen. Die Gebühren unterscheiden sich erheblich; für Arbeitsuchende können Jobcenter und "
                "Agenturen für Arbeit die Kosten übernehmen, wenn das Verfahren der beruflichen Eingliederung "
                "dient.[fn:kosten] Zusätzlich fördert das Programm IQ Vorbereitung und "
                "Begleitung.[fn:iq-begleitung]</p>"
            ),
        ),
        chapter(
            "Verfahren im Vergleich",
            rich_text(
                "<p>Die untersuchten Verfahren unterscheiden sich in Ziel, Dauer und Ergebnis. Gemeinsam ist "
                "ihnen, dass sie Kompetenzen an realen Aufgaben beobachten, statt nur Dokumente zu prüfen. "
                "Die folgende Darstellung folgt den Kriterien Zugang, Aufwand, Aussagekraft und "
                "Anschluss.[fn:kriterien]</p>"
            ),
            section("Qualifikationsanalyse"),
            rich_text(
                "<p>In der Qualifikationsanalyse zeigen Antragstellende ihre Fähigkeiten in Arbeitsproben, "
                "Fachgesprächen oder Probearbeit im Betrieb. Sachverständige bewerten das Ergebnis im Vergleich "
                "zum Referenzberuf. Die befragten Kammern berichten von Erfolgsquoten um 80 Prozent, wenn die "
                "Teilnehmenden gut vorbereitet sind.[fn:qa-quote]</p>"
            ),
            section("Validierungsverfahren"),
            rich_text(
                "<p>Das Validierungsverfahren beginnt mit einer Selbsteinschätzung, die sich an den Handlungsfeldern "
                "des Ausbildungsberufs orientiert. Danach folgen Fremdbewertungen, zum Beispiel Arbeitsproben und "
                "Fachgespräche. Die Erfahrungen aus dem Vorläuferprojekt ValiKom zeigen, dass gerade die "
                "Selbsteinschätzung sprachlich anspruchsvoll ist.[fn:valikom]</p>"
            ),
            section("Arbeitsproben und Kompetenzchecks"),
            rich_text(
                "<p>Niedrigschwellige Kompetenzchecks, etwa bildgestützte Verfahren in mehreren Sprachen, führen "
                "nicht zu einem Zertifikat. Sie helfen aber, Stärken zu erkennen und den nächsten Schritt zu "
                "planen.[fn:kompetenzcheck] In Jobcentern werden sie zunehmend im Erstgespräch "
                "eingesetzt.[fn:jobcenter-checks]</p>"
            ),
            section("Teilqualifikationen"),
            rich_text(
                "<p>Teilqualifikationen gliedern einen Ausbildungsberuf in fünf bis acht Module. Wer alle Module "
                "abschließt, kann zur Externenprüfung zugelassen werden.[fn:tq] Für Menschen, die parallel arbeiten "
                "müssen, ist dieser schrittweise Weg oft realistischer als eine Umschulung in Vollzeit.</p>"
            ),
            info_box(
                "Verfahren auf einen Blick",
                "<ul><li>Qualifikationsanalyse: 1–3 Tage, Ergebnis im Anerkennungsbescheid</li>"
                "<li>Validierung: 2–6 Monate, Ergebnis als Validierungsbescheinigung der Kammer</li>"
                "<li>Kompetenzcheck: 2–4 Stunden, Ergebnis als Profil für die Beratung</li>"
                "<li>Teilqualifikation: je Modul 2–6 Monate, Ergebnis als Kammerzertifikat</li></ul>",
            ),
        ),
        chapter(
            "Erfahrungen aus der Beratungspraxis",
            section("Zugang und Motivation"),
            rich_text(
                "<p>Fast alle Befragten betonen, dass Ratsuchende zunächst Vertrauen fassen müssen. Viele haben die "
                "Erfahrung gemacht, dass ihre Arbeit im Herkunftsland in Deutschland „nichts zählt“. Ein Verfahren, "
                "das genau diese Arbeit sichtbar macht, wird deshalb oft mit großer Erwartung verbunden – aber auch "
                "mit der Angst zu scheitern.[fn:interview-angst]</p>"
            ),
            quote(
                "Wenn jemand zum ersten Mal schwarz auf weiß sieht, was er kann, verändert das das ganze Gespräch.",
                "Beraterin eines Regionalen Integrationsnetzwerks",
            ),
            section("Sprache als Hürde"),
            rich_text(
                "<p>Fachsprache ist die am häufigsten genannte Hürde. Arbeitsproben sind zwar handlungsorientiert, "
                "doch Aufgabenstellungen und Fachgespräche setzen Deutschkenntnisse voraus, die nicht immer "
                "vorhanden sind.[fn:sprache] Bewährt haben sich zweisprachige Aufgabenblätter und das Recht, "
                "eine Sprachmittlung mitzubringen.[fn:sprachmittlung]</p>"
            ),
            section("Zeit, Kosten und Anschluss"),
            rich_text(
                "<p>Ratsuchende, die bereits arbeiten, können sich Verfahren mit mehreren Terminen oft nur schwer "
                "leisten. Arbeitgeber unterstützen häufiger, wenn sie früh eingebunden werden.[fn:arbeitgeber] "
                "Entscheidend ist zudem der Anschluss: Eine Bescheinigung über eine überwiegende Vergleichbarkeit "
                "wirkt nur, wenn Beratung den Weg zur fehlenden Teilqualifikation gleich mitplant.[fn:anschluss]</p>"
            ),
        ),
        chapter(
            "Empfehlungen",
            section("Für Beratungsstellen"),
            rich_text(
                "<p>Beratung sollte die drei Wege – Anerkennung, Qualifikationsanalyse und Validierung – "
                "systematisch prüfen und das Ergebnis mit den Ratsuchenden schriftlich festhalten. Ein kurzer "
                "Kompetenzcheck zu Beginn hilft, realistische Ziele zu setzen.[fn:empfehlung-check]</p>"
            ),
            section("Für Kammern und Jobcenter"),
            rich_text(
                "<p>Kammern können den Zugang erleichtern, indem sie Informationen in einfacher Sprache und in den "
                "häufigsten Herkunftssprachen bereitstellen. Jobcenter sollten die Übernahme der Kosten "
                "verbindlich regeln und Validierung als Teil des Kooperationsplans verstehen.[fn:kooperationsplan]</p>"
            ),
            section("Für Politik und Programmsteuerung"),
            rich_text(
                "<p>Die neuen Validierungsverfahren sollten nach zwei Jahren daraufhin ausgewertet werden, ob sie "
                "Eingewanderte tatsächlich erreichen.[fn:evaluation] Dafür braucht es einheitliche Daten der "
                "Kammern, die nach Staatsangehörigkeit und Sprache auswertbar sind.[fn:daten]</p>"
            ),
        ),
    ]


def footnotes() -> list[dict]:
    return [
        footnote("monitoring-anteil", "<p>IQ Monitoring, Auswertung der Erstberatungen 2024 (n = 58.900); Anteil der "
                 "Ratsuchenden ohne nachweisbaren formalen Berufsabschluss: 27 %.</p>"),
        footnote("unterlagen", "<p>Zu verlorenen und unvollständigen Unterlagen vgl. <i>Krause/Öztürk</i> 2023, "
                 "S. 41–47.</p>"),
        footnote("unterwertig", "<p>Vgl. <i>Institut für Arbeitsmarktanalyse</i> 2024, S. 9; der Abstand beträgt "
                 "dort 21 Prozentpunkte.</p>"),
        footnote("kompetenzbegriff", "<p>Zum Kompetenzbegriff vgl. <i>Weber/Lindner</i> 2022, S. 15 ff.</p>"),
        footnote("methode", "<p>Die Interviews fanden zwischen Oktober 2024 und Januar 2025 statt und dauerten "
                 "45 bis 90 Minuten. Alle Befragten wurden anonymisiert.</p>"),
        footnote("bqfg", "<p>Berufsqualifikationsfeststellungsgesetz (BQFG); für landesrechtlich geregelte Berufe "
                 "gelten die Gesetze der Länder.</p>"),
        footnote("bqfg-14", "<p>§ 14 BQFG (sonstige geeignete Verfahren).</p>"),
        footnote("qa-bekanntheit", "<p>So übereinstimmend 11 von 18 Interviews; vgl. auch <i>Krause/Öztürk</i> "
                 "2023, S. 52.</p>"),
        footnote("bbig", "<p>Berufsbildungsgesetz (BBiG) in der Fassung des Berufsbildungsvalidierungs- und "
                 "-digitalisierungsgesetzes (BVaDiG) von 2024.</p>"),
        footnote("bbig-erfahrung", "<p>Zu den Voraussetzungen im Einzelnen vgl. <i>Bundesinstitut für "
                 "Berufsbildung</i> 2025.</p>"),
        footnote("kosten", "<p>Etwa über das Vermittlungsbudget oder die Förderung der beruflichen "
                 "Weiterbildung; Auskunft aus vier Jobcentern.</p>"),
        footnote("iq-begleitung", "<p>Förderrichtlinie IQ 2023–2025, Handlungsfeld Qualifizierung.</p>"),
        footnote("kriterien", "<p>Die Kriterien lehnen sich an <i>Weber/Lindner</i> 2022, S. 88, an.</p>"),
        footnote("qa-quote", "<p>Angaben von drei Kammern für 2023 und 2024; keine amtliche Statistik.</p>"),
        footnote("valikom", "<p>Vgl. <i>ValiKom-Projektverbund</i> 2021, S. 30–34.</p>"),
        footnote("kompetenzcheck", "<p>Beispiele sind bildgestützte Checks in bis zu zwölf Sprachen; vgl. "
                 "<i>Netzwerk Kompetenzen sichtbar</i> 2024.</p>"),
        footnote("jobcenter-checks", "<p>Sieben der neun befragten Jobcenter setzen solche Checks ein.</p>"),
        footnote("tq", "<p>Zur Externenprüfung vgl. § 45 Abs. 2 BBiG.</p>"),
        footnote("interview-angst", "<p>Interview 7, Beraterin, RIN in Nordrhein-Westfalen.</p>"),
        footnote("sprache", "<p>Genannt in 15 von 18 Interviews.</p>"),
        footnote("sprachmittlung", "<p>Vgl. <i>Krause/Öztürk</i> 2023, S. 63, mit Beispielen aus Hamburg und "
                 "Leipzig.</p>"),
        footnote("arbeitgeber", "<p>Vgl. <i>Institut für Arbeitsmarktanalyse</i> 2024, S. 17.</p>"),
        footnote("anschluss", "<p>So auch die Empfehlung des <i>Bundesinstituts für Berufsbildung</i> 2025, "
                 "Kapitel 4.</p>"),
        footnote("empfehlung-check", "<p>Eine Vorlage bietet die IQ Fachstelle Anerkennung und Qualifizierung "
                 "auf Anfrage an.</p>"),
        footnote("kooperationsplan", "<p>§ 15 SGB II (Kooperationsplan).</p>"),
        footnote("evaluation", "<p>Vgl. zur Evaluierung auch <i>Deutscher Bundestag</i> 2024, S. 3.</p>"),
        footnote("daten", "<p>Bisher erfassen die Kammern diese Merkmale uneinheitlich; vgl. <i>Institut für "
                 "Arbeitsmarktanalyse</i> 2024, S. 22.</p>"),
    ]  # fmt: skip


def references() -> list[dict]:
    return [
        reference(authors="Weber, Katrin; Lindner, Paul", year="2022",
                  title="Kompetenzen erfassen. Verfahren, Kriterien, Grenzen",
                  source="Bielefeld: wbv Publikation"),
        reference(authors="Krause, Miriam; Öztürk, Deniz", year="2023",
                  title="Ohne Papiere kein Beruf? Anerkennung bei fehlenden Nachweisen",
                  source="Zeitschrift für Migration und Arbeit 14 (2), S. 39–68"),
        reference(authors="Institut für Arbeitsmarktanalyse", year="2024",
                  title="Unterwertige Beschäftigung von Eingewanderten. Befunde 2015–2023",
                  source="Forschungsbericht 7/2024, Nürnberg",
                  url="https://www.example.org/ifa/forschungsbericht-2024-07.pdf", accessed="2025-02-14"),
        reference(authors="Bundesinstitut für Berufsbildung", year="2025",
                  title="Validierung beruflicher Handlungsfähigkeit. Hinweise für zuständige Stellen",
                  source="Bonn",
                  url="https://www.example.org/bibb/validierung-hinweise", accessed="2025-03-03"),
        reference(authors="ValiKom-Projektverbund", year="2021",
                  title="Abschlussbericht des Projekts ValiKom Transfer",
                  source="Berlin: Eigenverlag"),
        reference(authors="Netzwerk Kompetenzen sichtbar", year="2024",
                  title="Bildgestützte Kompetenzchecks in der Beratung. Handreichung",
                  url="https://www.example.org/kompetenzen-sichtbar/handreichung", accessed="2025-01-20"),
        reference(authors="Deutscher Bundestag", year="2024",
                  title="Beschlussempfehlung und Bericht zum Berufsbildungsvalidierungs- und "
                        "-digitalisierungsgesetz",
                  source="Drucksache 20/11914"),
        reference(authors="BQFG", year="2011",
                  title="Gesetz über die Feststellung der Gleichwertigkeit von Berufsqualifikationen "
                        "(Berufsqualifikationsfeststellungsgesetz)",
                  source="BGBl. I S. 2515"),
        reference(authors="BBiG", year="2005", title="Berufsbildungsgesetz", source="BGBl. I S. 931"),
        reference(authors="Özdemir, Selin", year="2023",
                  title="Arbeitsproben im Anerkennungsverfahren – ein Praxisbericht",
                  source="Berufsbildung in Wissenschaft und Praxis 52 (4), S. 22–25"),
        reference(authors="SGB II", year="2003",
                  title="Zweites Buch Sozialgesetzbuch – Bürgergeld, Grundsicherung für Arbeitsuchende",
                  source="BGBl. I S. 2954"),
    ]  # fmt: skip


def fields() -> dict:
    return {
        "title": TITLE,
        "subtitle": SUBTITLE,
        "teaser": (
            "Validierungsverfahren, Arbeitsproben und Teilqualifikationen im Vergleich – mit Empfehlungen für die "
            "Beratungspraxis."
        ),
        "abstract": (
            "<p>Das Dossier vergleicht Validierungsverfahren, Arbeitsproben und Teilqualifikationen und leitet "
            "Empfehlungen für die Beratungspraxis ab. Es zeigt, für wen welche Verfahren geeignet sind, wo "
            "Sprache, Kosten und Zeit den Zugang erschweren und wie Beratung, Kammern und Jobcenter zusammenwirken "
            "können, damit berufliche Erfahrung auch ohne Zeugnis zählt.</p>"
            "<p><i>Demo-Inhalt: Studien, Zahlen, Interviews und Zitate sind frei erfunden.</i></p>"
        ),
        "edition": "1.0",
        "version_history": [
            version("2025-04-15", "1.0", "Erstveröffentlichung."),
            version("2025-03-20", "", "Rückkopplung der Ergebnisse mit den Regionalen Integrationsnetzwerken."),
        ],
        "chapters": chapters(),
        "footnotes": footnotes(),
        "references": references(),
    }
