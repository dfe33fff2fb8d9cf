"""English segments of two selected IQ Good Practice sheets (German text → English).

Carriers, networks and people keep their names; the nominating network and
the nominator are names too."""

DEMO_NOTE = {
    "Demo-Inhalt: Projekt, Träger, Personen und Zahlen sind frei erfunden.": (
        "Demo content: the project, provider, people and figures are invented."
    ),
}

SPRACHCAFE_TECHNIK = {
    **DEMO_NOTE,
    "Sprachcafé Technik": "Technical Language Café",
    "sprachcafe-technik": "technical-language-cafe",
    "Fachsprachliche Lerngruppen direkt im Betrieb für Elektroniker*innen mit Teilanerkennung": (
        "In-company study groups in technical German for electronics technicians with partial recognition"
    ),
    "Fachsprache lernen, wo sie gebraucht wird: Lerngruppen im Betrieb führen 80 % der Teilnehmenden zur "
    "bestandenen Nachprüfung.": (
        "Learning technical language where it is needed: in-company study groups take 80 % of participants to "
        "a pass in the follow-up examination."
    ),
    "Grafik: zwei Sprechblasen, in der vorderen ein Blitzsymbol für Elektrotechnik.": (
        "Graphic: two speech bubbles, the front one with a lightning bolt standing for electrical engineering."
    ),
    "IQ Netzwerk Schleswig-Holstein": "IQ Netzwerk Schleswig-Holstein",
    "Hauke Jensen": "Hauke Jensen",
    "Sprachcafé Technik – Fachsprache im Betrieb": "Technical Language Café – technical German at work",
    "Elektroniker*innen mit Teilanerkennung": "Electronics technicians with partial recognition",
    "Viele Elektronikerinnen und Elektroniker aus dem Ausland erhalten zunächst nur eine teilweise "
    "Gleichwertigkeit ihres Abschlusses. Fachlich fehlt meist wenig – was sie an der Nachprüfung scheitern "
    "lässt, ist die <b>Fachsprache</b>: Normen, Prüfprotokolle und Sicherheitsunterweisungen verlangen ein "
    "Deutsch, das allgemeine Sprachkurse nicht vermitteln.": (
        "Many electronics technicians trained abroad at first have their qualification recognised as only "
        "partly equivalent. They usually lack little in their trade – what makes them fail the follow-up "
        "examination is the <b>technical language</b>: standards, test reports and safety briefings call for "
        "a German that general language courses do not teach."
    ),
    "Gleichzeitig suchen Handwerksbetriebe an der Küste dringend Fachkräfte. Die Betriebe beschäftigen die "
    "Teil\u00adanerkannten oft schon als Helfer, können sie aber nicht fachlich passend einsetzen.": (
        "At the same time, craft businesses on the coast are urgently looking for skilled workers. They often "
        "already employ the partially recognised technicians as assistants, but cannot deploy them in line "
        "with their skills."
    ),
    "Das Bildungswerk Küste bringt kleine Lerngruppen von vier bis sechs Personen <b>direkt in die Betriebe</b>. "
    "Einmal pro Woche treffen sich die Teilnehmenden während der Arbeitszeit für zwei Stunden im Sprachcafé – in "
    "der Werkstatt, am Schaltschrank oder im Pausenraum.": (
        "Bildungswerk Küste takes small study groups of four to six people <b>straight into the "
        "workplace</b>. Once a week, during working hours, the participants meet for two hours in the language "
        "café – in the workshop, at the control cabinet or in the break room."
    ),
    "Lernen am echten Auftrag": "Learning on real jobs",
    "Eine Sprachdozentin und ein Elektromeister leiten die Gruppen im Tandem. Gelernt wird an dem, was im "
    "Betrieb gerade ansteht: ein Prüfprotokoll nach DIN VDE 0100-600 ausfüllen, eine Störung telefonisch "
    "beschreiben, eine Kundin einweisen. Zwischen den Treffen üben die Teilnehmenden mit kurzen Aufgaben auf "
    "dem Smartphone.": (
        "A language tutor and a master electrician lead the groups in tandem. The groups learn from whatever is "
        "on in the business at the time: filling in a test report to DIN VDE 0100-600, describing a fault over "
        "the phone, showing a customer how to use an installation. Between meetings, participants practise "
        "with short exercises on their smartphones."
    ),
    "Die Lerngruppen laufen sechs Monate und enden mit einer simulierten Nachprüfung. Die Handwerkskammer Kiel "
    "war von Beginn an beteiligt und hat die Prüfungssimulation mitentwickelt.": (
        "The study groups run for six months and end with a mock follow-up examination. The Kiel Chamber of "
        "Skilled Crafts was involved from the start and helped to develop the mock examination."
    ),
    "Von 2022 bis 2024 haben 64 Personen in 12 Betrieben teilgenommen. <b>80 % bestanden die Nachprüfung</b> im "
    "ersten Anlauf – vor dem Projekt lag die Quote bei Teil\u00adanerkannten aus dem Elektrohandwerk in der "
    "Region bei rund 45 %.": (
        "From 2022 to 2024, 64 people in 12 businesses took part. <b>80 % passed the follow-up "
        "examination</b> at the first attempt – before the project, the pass rate among partially recognised "
        "electrical technicians in the region was around 45 %."
    ),
    "Neun von zehn Betrieben beschäftigen die Absolventinnen und Absolventen inzwischen als Fachkräfte weiter. "
    "Sechs Betriebe haben das Sprachcafé nach Projektende auf eigene Kosten fortgesetzt.": (
        "Nine out of ten businesses now employ their graduates as skilled workers. Six businesses have kept "
        "the language café going at their own expense since the project ended."
    ),
    "Früher habe ich bei der Sicherheitsunterweisung nur genickt. Heute erkläre ich sie den neuen Auszubildenden "
    "selbst.": ("I used to just nod along during the safety briefing. Now I explain it to the new apprentices myself."),
    "Teilnehmer aus einem Elektrobetrieb in Kiel": "Participant from an electrical business in Kiel",
    "Für die Übertragung gibt es einen <b>Leitfaden</b> und ein <b>Materialpaket</b> mit 40 Lerneinheiten zu "
    "typischen Aufträgen im Elektrohandwerk. Beides ist auf die Zusammenarbeit mit Kammern ausgelegt: Sie "
    "vermitteln die Betriebe und stimmen die Prüfungssimulation ab.": (
        "For adoption elsewhere there is a <b>guide</b> and a <b>materials pack</b> with 40 learning units "
        "on typical jobs in the electrical trade. Both are designed for working with the chambers: they put "
        "the project in touch with businesses and agree the mock examination."
    ),
    "Was für den Start nötig ist": "What you need to get started",
    "drei bis vier Betriebe mit mindestens vier teilweise anerkannten Fachkräften": (
        "three or four businesses with at least four partially recognised skilled workers"
    ),
    "eine Sprachdozentin mit DaF/DaZ-Qualifikation und eine Meisterin oder ein Meister": (
        "a language tutor qualified in German as a foreign or second language, and a master craftsperson"
    ),
    "eine Kammer als Partnerin für die Prüfungssimulation": "a chamber as partner for the mock examination",
    "Das Konzept lässt sich auf andere Gewerke übertragen; ein Pilot im Sanitär-, Heizungs- und Klimahandwerk "
    "läuft seit 2024.": (
        "The concept can be transferred to other trades; a pilot in plumbing, heating and air conditioning has "
        "been running since 2024."
    ),
    "Redaktion IQ Good Practice (mb)": "IQ Good Practice editorial team (mb)",
    "Aylin Demir, Projektleitung, Bildungswerk Küste gGmbH, und Jan Petersen, Ausbildungsleiter eines Kieler "
    "Elektrobetriebs": (
        "Aylin Demir, project manager, Bildungswerk Küste gGmbH, and Jan Petersen, head of training at an "
        "electrical business in Kiel"
    ),
    "Aylin Demir": "Aylin Demir",
    "Jan Petersen": "Jan Petersen",
    "Warum findet das Sprachcafé im Betrieb statt und nicht in einem Kursraum?": (
        "Why does the language café take place at work rather than in a classroom?"
    ),
    "Weil die Sprache dort gebraucht wird. Im Kursraum üben wir Sätze über Stromkreise, im Betrieb liegt das "
    "echte Prüfprotokoll auf dem Tisch. Und niemand muss sich nach Feierabend noch auf den Weg machen.": (
        "Because that is where the language is needed. In a classroom we practise sentences about circuits; at "
        "work, the real test report is on the table. And nobody has to travel anywhere after work."
    ),
    "Was hat der Betrieb davon, Arbeitszeit dafür freizugeben?": (
        "What does the business gain from giving up working time for it?"
    ),
    "Zwei Stunden pro Woche sind gut investiert. Wir hatten Kollegen, die fachlich alles konnten, aber keine "
    "Prüfung selbst abnehmen durften. Heute arbeiten sie als Gesellen und bilden selbst aus.": (
        "Two hours a week are well invested. We had colleagues who could do everything the job required but "
        "were not allowed to carry out a single inspection themselves. Today they work as journeymen and train "
        "apprentices themselves."
    ),
    "Was raten Sie Trägern, die das Sprachcafé übernehmen wollen?": (
        "What would you advise providers who want to adopt the language café?"
    ),
    "Früh mit der Kammer sprechen. Sie kennt die Betriebe, und die Prüfungssimulation wirkt nur, wenn sie der "
    "echten Nachprüfung entspricht.": (
        "Talk to the chamber early on. It knows the businesses, and the mock examination only works if it "
        "matches the real follow-up examination."
    ),
}

ANERKENNUNGSLOTSEN = {
    **DEMO_NOTE,
    "Anerkennungslotsen im Jobcenter": "Recognition guides at the Jobcenter",
    "anerkennungslotsen-im-jobcenter": "recognition-guides-at-the-jobcenter",
    "Wöchentliche Anerkennungsberatung in den Räumen des Jobcenters": (
        "Weekly recognition counselling on the Jobcenter's premises"
    ),
    "Beratung dort, wo Ratsuchende ohnehin hinkommen: Die Sprechstunde im Jobcenter verkürzt Wege und "
    "verdoppelt die Zahl der Anträge auf Anerkennung.": (
        "Advice where people go anyway: the drop-in session at the Jobcenter saves journeys and doubles the "
        "number of applications for recognition."
    ),
    "Grafik: ein Wegweiser zeigt auf ein Gebäude mit offener Tür.": (
        "Graphic: a signpost pointing to a building with an open door."
    ),
    "IQ Netzwerk Hessen": "IQ Netzwerk Hessen",
    "Miriam Öztürk": "Miriam Öztürk",
    "Anerkennungslotsen – IQ Beratung im Jobcenter": "Recognition guides – IQ counselling at the Jobcenter",
    "Im Jobcenter Frankfurt am Main sind viele Leistungsberechtigte mit ausländischem Berufsabschluss gemeldet. "
    "Nur ein kleiner Teil stellt einen Antrag auf Anerkennung: Der Weg zur IQ Beratungsstelle ist weit, Termine "
    "sind knapp, und Integrationsfachkräfte wissen oft nicht, wann sich ein Verweis lohnt.": (
        "Many benefit recipients registered with the Jobcenter in Frankfurt am Main hold a vocational "
        "qualification from abroad. Only a small share apply for recognition: the IQ counselling centre is a "
        "long way off, appointments are scarce, and integration advisers often do not know when a referral is "
        "worthwhile."
    ),
    "Die Folge: Fachkräfte arbeiten jahrelang unter ihrer Qualifikation, obwohl eine Anerkennung möglich wäre.": (
        "As a result, skilled workers spend years in jobs below their qualifications, although recognition "
        "would be possible."
    ),
    "Seit 2022 bietet das Integrationsforum Rhein-Main jeden Dienstag eine <b>Sprechstunde in den Räumen des "
    "Jobcenters</b> an. Zwei Anerkennungslotsinnen und -lotsen beraten ohne Termin; Integrationsfachkräfte "
    "können Kundinnen und Kunden direkt aus dem Gespräch heraus vorbeischicken.": (
        "Since 2022, Integrationsforum Rhein-Main has held a <b>drop-in session on the Jobcenter's "
        "premises</b> every Tuesday. Two recognition guides give advice without an appointment; integration "
        "advisers can send clients straight over from their own meeting."
    ),
    "Kurze Wege im Haus": "Short distances in-house",
    "Die Lotsen klären Referenzberuf, zuständige Stelle und Unterlagen, helfen beim Antrag und sprechen sich mit "
    "der Integrationsfachkraft über die nächsten Schritte ab – mit Einwilligung der Ratsuchenden. Viermal im "
    "Jahr schulen sie die Teams des Jobcenters zu den Grundlagen des Anerkennungsgesetzes.": (
        "The guides establish the reference occupation, the responsible authority and the documents needed, "
        "help with the application and agree the next steps with the integration adviser – with the client's "
        "consent. Four times a year they train the Jobcenter's teams in the basics of the Recognition Act."
    ),
    "In den ersten 18 Monaten fanden 1.150 Beratungen statt. Die Zahl der Anträge auf Anerkennung aus dem "
    "Kundenkreis des Jobcenters hat sich <b>verdoppelt</b>: von 210 auf 430 pro Jahr.": (
        "In the first 18 months, 1,150 counselling sessions took place. The number of applications for "
        "recognition from the Jobcenter's clients has <b>doubled</b>, from 210 to 430 a year."
    ),
    "Der Weg von der ersten Beratung bis zum vollständigen Antrag verkürzte sich im Mittel von elf auf fünf "
    "Wochen, weil Rückfragen im Haus geklärt werden.": (
        "The time from the first counselling session to a complete application fell on average from eleven to "
        "five weeks, because queries are settled in-house."
    ),
    "Ich schicke die Leute nicht mehr quer durch die Stadt. Ich bringe sie zwei Türen weiter.": (
        "I no longer send people right across town. I walk them two doors down the corridor."
    ),
    "Integrationsfachkraft im Jobcenter": "Integration adviser at the Jobcenter",
    "Für die Übertragung braucht es eine <b>Kooperationsvereinbarung</b> zwischen IQ Träger und Jobcenter, einen "
    "Beratungsraum und feste Zeiten. Eine Mustervereinbarung, ein Ablaufplan für die Sprechstunde und die "
    "Schulungsunterlagen für Integrationsfachkräfte stehen bereit.": (
        "Adopting the model takes a <b>cooperation agreement</b> between the IQ provider and the Jobcenter, a "
        "counselling room and fixed times. A model agreement, a running order for the drop-in session and the "
        "training materials for integration advisers are available."
    ),
    "Zwei weitere Jobcenter in Hessen haben das Modell 2023 übernommen; eine Agentur für Arbeit erprobt es für "
    "Kundinnen und Kunden im Rechtskreis SGB III.": (
        "Two more Jobcenters in Hesse adopted the model in 2023; an employment agency is piloting it for clients "
        "covered by Book III of the Social Code (SGB III)."
    ),
}

SHEETS = {
    "sprachcafe-technik": SPRACHCAFE_TECHNIK,
    "anerkennungslotsen-im-jobcenter": ANERKENNUNGSLOTSEN,
}
