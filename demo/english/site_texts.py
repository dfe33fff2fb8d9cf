"""English segments of the site shell: home page, catalogue, the two listings
the English sheets stand in, and the funding notice (German text → English)."""

HOME = {
    "Integration durch Qualifizierung": "Integration through Qualification",
    "start": "home",
    "Fachpublikationen des Förderprogramms „Integration durch Qualifizierung (IQ)“.": (
        "Publications of the “Integration through Qualification (IQ)” funding programme."
    ),
    "Hier finden Sie das Fachmagazin IQ konkret, die IQ Fact Sheets mit Kennzahlen aus dem IQ Monitoring, "
    "Themendossiers der IQ Fachstellen und IQ Good Practice aus den Regionalen Integrationsnetzwerken – als "
    "Webseite und als barrierefreies PDF.": (
        "Here you will find the specialist magazine IQ konkret, the IQ Fact Sheets with key figures from IQ "
        "Monitoring, thematic dossiers from the IQ specialist centres and IQ Good Practice from the regional "
        "integration networks – as web pages and as accessible PDFs."
    ),
}

CATALOGUE = {
    "Publikationen": "Publications",
    "publikationen": "publications",
    "Alle Publikationen des Förderprogramms IQ: suchen, filtern und als barrierefreies PDF laden.": (
        "All publications of the IQ funding programme: search, filter and download them as accessible PDFs."
    ),
}

FACT_SHEET_INDEX = {
    "IQ Fact Sheets": "IQ Fact Sheets",
    # Not "fact-sheets": the German listing's slug, which the seeders look up.
    "fact-sheets": "iq-fact-sheets",
    "Kennzahlen aus dem IQ Monitoring – kompakt auf zwei bis vier Seiten.": (
        "Key figures from IQ Monitoring – concise, on two to four pages."
    ),
}

GOOD_PRACTICE_INDEX = {
    "IQ Good Practice": "IQ Good Practice",
    # Not "iq-good-practice": the German listing's slug, which the seeders look up.
    "iq-good-practice": "good-practice",
    "Erprobte Ansätze aus dem Förderprogramm IQ, die andere übernehmen können – ausgewählt vom IQ "
    "Beratungsgremium nach den Kriterien transferfähig, innovativ, nachhaltig und effizient.": (
        "Proven approaches from the IQ funding programme that others can adopt – selected by the IQ advisory "
        "board for being transferable, innovative, sustainable and efficient."
    ),
}

FUNDING_NOTICE = {
    "ESF Plus 2023–2025": "ESF Plus 2023–2025",
    "Das Förderprogramm „Integration durch Qualifizierung (IQ)“ wird durch das Bundesministerium für Arbeit und "
    "Soziales und die Europäische Union über den Europäischen Sozialfonds Plus (ESF Plus) gefördert. Partner in "
    "der Umsetzung sind das Bundesministerium für Bildung und Forschung und die Bundesagentur für Arbeit.": (
        "The “Integration through Qualification (IQ)” funding programme is funded by the Federal Ministry of "
        "Labour and Social Affairs and the European Union through the European Social Fund Plus (ESF Plus). "
        "Its partners in implementation are the Federal Ministry of Education and Research and the Federal "
        "Employment Agency."
    ),
    "Bundesministerium für Arbeit und Soziales": "Federal Ministry of Labour and Social Affairs",
    "Kofinanziert von der Europäischen Union": "Co-funded by the European Union",
}
