"""English segments of the fact sheet "IQ Beratung 2023 in Zahlen" (German text → English).

English figures group thousands with a comma (the print template formats the
key figures themselves; these are the figures inside the text)."""

SLUG = "iq-beratung-2023-in-zahlen"

COUNSELLING = {
    "IQ Beratung 2023 in Zahlen": "IQ counselling in 2023: the figures",
    "iq-beratung-2023-in-zahlen": "iq-counselling-2023-in-figures",
    "Anerkennungs- und Qualifizierungsberatung im Förderprogramm IQ": (
        "Recognition and qualification counselling in the IQ funding programme"
    ),
    "61.400 Beratungen, 48\u00a0% Frauen, häufigste Referenzberufe Pflege, Ingenieurwesen, Lehramt.": (
        "61,400 counselling sessions, 48\u00a0% women; the most frequent reference occupations were nursing, "
        "engineering and teaching."
    ),
    "Ansteigende Balken in Weiß und Gelb auf blauem Grund, daneben der Schriftzug „IQ Fact Sheet“.": (
        "Rising bars in white and yellow on a blue background, next to them the words “IQ Fact Sheet”."
    ),
    "Beratungen": "counselling sessions",
    "Anerkennungs- und Qualifizierungsberatungen 2023": "Recognition and qualification counselling sessions in 2023",
    "IQ Monitoring": "IQ Monitoring",
    "%": "%",
    "Anteil der Frauen an den Ratsuchenden": "Share of women among those seeking advice",
    "Anteil der Ratsuchenden mit Fluchthintergrund": "Share of those seeking advice who came as refugees",
    "Anteil der Gesundheits- und Pflegeberufe an den Referenzberufen": (
        "Share of health and nursing professions among the reference occupations"
    ),
    "Wer sich beraten lässt": "Who seeks advice",
    "Im Jahr 2023 haben die IQ Beratungsstellen bundesweit <b>61.400 Beratungen</b> zur Anerkennung ausländischer "
    "Berufsabschlüsse und zu passenden Qualifizierungen durchgeführt. Knapp die Hälfte der Ratsuchenden waren "
    "Frauen (48\u00a0%). 58\u00a0% der Ratsuchenden haben einen Fluchthintergrund; mehr als ein Drittel von ihnen "
    "kommt aus der Ukraine.": (
        "In 2023, IQ counselling centres across Germany held <b>61,400 counselling sessions</b> on the "
        "recognition of foreign vocational qualifications and on suitable further training. Just under half of "
        "those seeking advice were women (48\u00a0%). 58\u00a0% of them came to Germany as refugees; more than a "
        "third of these are from Ukraine."
    ),
    "Die häufigsten Referenzberufe": "The most frequent reference occupations",
    "Am häufigsten ließen sich Pflegefachkräfte und andere Gesundheitsberufe beraten, gefolgt von Ingenieurinnen "
    "und Ingenieuren sowie Lehrkräften. Gerade bei reglementierten Berufen ist die Anerkennung Voraussetzung für "
    "eine Beschäftigung im erlernten Beruf.": (
        "Nurses and other health professionals sought advice most often, followed by engineers and teachers. "
        "In regulated professions in particular, recognition is a precondition for working in the occupation "
        "one trained for."
    ),
    "Beratungen nach Berufsgruppen 2023: die fünf häufigsten": (
        "Counselling sessions by occupational group in 2023: the five most frequent"
    ),
    "Pflege und Gesundheit ist mit 14.800 Beratungen die größte Berufsgruppe, vor Ingenieurwesen (9.200), Lehramt "
    "und Erziehung (6.100), Wirtschaft und Verwaltung (5.400) und Informatik (4.300).": (
        "Nursing and health is the largest occupational group with 14,800 counselling sessions, ahead of "
        "engineering (9,200), teaching and education (6,100), business and administration (5,400) and "
        "computer science (4,300)."
    ),
    "Alle übrigen Berufe zusammen kommen auf 21.600 Beratungen.": (
        "All other occupations together account for 21,600 counselling sessions."
    ),
    "Beratungen im Jahresverlauf": "Counselling over the year",
    "In jedem Quartal 2023 haben die Beratungsstellen mehr Menschen beraten als im Vorjahr. Den stärksten Zuwachs "
    "gab es zum Jahresende, als viele Ratsuchende ihre Anträge vor dem Jahreswechsel stellen wollten.": (
        "In every quarter of 2023, the counselling centres advised more people than in the previous year. The "
        "sharpest rise came at the end of the year, when many wanted to submit their applications before the "
        "turn of the year."
    ),
    "Beratungen je Quartal, 2022 und 2023": "Counselling sessions per quarter, 2022 and 2023",
    "In jedem Quartal 2023 gab es mehr Beratungen als im selben Quartal 2022; am stärksten stieg die Zahl im "
    "4. Quartal, von 15.000 auf 17.200.": (
        "Every quarter of 2023 saw more counselling sessions than the same quarter of 2022; the number rose "
        "most sharply in the fourth quarter, from 15,000 to 17,200."
    ),
    # The charts' headings: series names and categories.
    "Berufsgruppe": "Occupational group",
    "Pflege und Gesundheit": "Nursing and health",
    "Ingenieurwesen": "Engineering",
    "Lehramt und Erziehung": "Teaching and education",
    "Wirtschaft und Verwaltung": "Business and administration",
    "Informatik": "Computer science",
    "Quartal": "Quarter",
    "1. Quartal": "Q1",
    "2. Quartal": "Q2",
    "3. Quartal": "Q3",
    "4. Quartal": "Q4",
    "Was ist Anerkennungsberatung?": "What is recognition counselling?",
    "Die IQ Beratungsstellen klären mit Ratsuchenden, welcher deutsche Referenzberuf passt, welche Stelle "
    "zuständig ist und welche Unterlagen nötig sind. Die Beratung ist kostenlos und auf Wunsch mehrsprachig.": (
        "The IQ counselling centres work out with each person which German reference occupation fits, which "
        "authority is responsible and which documents are needed. Counselling is free of charge and available "
        "in several languages on request."
    ),
    "Demo-Inhalt: Alle Zahlen sind frei erfunden.": "Demo content: all figures are invented.",
    "Ausgewertet wurden alle im IQ Monitoring dokumentierten Erst- und Folgeberatungen vom 1. Januar bis "
    "31. Dezember 2023. Anteile beziehen sich auf Ratsuchende mit gültigen Angaben.": (
        "The analysis covers all initial and follow-up counselling sessions recorded in IQ Monitoring from "
        "1 January to 31 December 2023. Shares refer to those seeking advice for whom valid data are available."
    ),
    "IQ Monitoring, Datenstand 31.12.2023": "IQ Monitoring, data as of 31 December 2023",
    "IQ Fachstelle Anerkennung und Qualifizierung: Auswertung der Beratungsdaten": (
        "IQ Specialist Centre for Recognition and Qualification: analysis of the counselling data"
    ),
}
