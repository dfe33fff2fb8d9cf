"""English segments of the legal notice (Impressum) and the accessibility
statement (Erklärung zur Barrierefreiheit), German text → English.

Names, addresses and register entries stay as they are: the segments repeat
them so translators see them translated, not missing."""

from demo.reference_data import PUBLISHER_NAME

_ADDRESS = f"{PUBLISHER_NAME}<br/>Christophstraße 1<br/>50670 Köln"

IMPRINT = {
    "Impressum": "Legal notice",
    "impressum": "legal-notice",
    "Demo-Installation: Namen, Register- und Kontaktdaten sind Beispieldaten.": (
        "Demo installation: names, register entries and contact details are sample data."
    ),
    "Angaben gemäß § 5 DDG": "Information pursuant to Section 5 of the German Digital Services Act (DDG)",
    _ADDRESS: f"{PUBLISHER_NAME}<br/>Christophstraße 1<br/>50670 Cologne<br/>Germany",
    "Vertreten durch die Geschäftsführung: Max Mustermann<br/>Registergericht: Amtsgericht Köln, HRB 00000<br/>"
    "Umsatzsteuer-ID: DE000000000": (
        "Represented by the managing director: Max Mustermann<br/>Register court: Cologne Local Court "
        "(Amtsgericht Köln), HRB 00000<br/>VAT ID: DE000000000"
    ),
    "Telefon: 0221 000000-0<br/>E-Mail: redaktion@example.org": (
        "Telephone: +49 221 000000-0<br/>Email: redaktion@example.org"
    ),
    "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV": (
        "Responsible for the content pursuant to Section 18(2) of the German Interstate Media Treaty (MStV)"
    ),
    "Dr. Maria Beispiel, Anschrift wie oben": "Dr Maria Beispiel, address as above",
    "Förderung": "Funding",
    "Das Förderprogramm „Integration durch Qualifizierung (IQ)“ wird durch das Bundesministerium für Arbeit und "
    "Soziales und die Europäische Union über den Europäischen Sozialfonds Plus (ESF Plus) gefördert. Partner in "
    "der Umsetzung sind das Bundesministerium für Bildung und Forschung und die Bundesagentur für Arbeit. "
    "Administriert wird das Programm vom Bundesamt für Migration und Flüchtlinge.": (
        "The “Integration through Qualification (IQ)” funding programme is funded by the Federal Ministry of "
        "Labour and Social Affairs and the European Union through the European Social Fund Plus (ESF Plus). "
        "Its partners in implementation are the Federal Ministry of Education and Research and the Federal "
        "Employment Agency. The programme is administered by the Federal Office for Migration and Refugees."
    ),
    "Urheberrecht": "Copyright",
    "Texte, Grafiken und PDF-Publikationen sind urheberrechtlich geschützt. Die Weitergabe für nichtkommerzielle "
    "Zwecke ist mit Quellenangabe erlaubt; Bildnachweise stehen in der jeweiligen Publikation.": (
        "Texts, graphics and PDF publications are protected by copyright. They may be passed on for "
        "non-commercial purposes, provided the source is acknowledged; picture credits are given in each "
        "publication."
    ),
}

ACCESSIBILITY = {
    "Erklärung zur Barrierefreiheit": "Accessibility statement",
    "barrierefreiheit": "accessibility-statement",
    "Die ebb GmbH ist bemüht, diese Website und die IQ Publikationen im Einklang mit § 12a BGG und der BITV 2.0 "
    "barrierefrei zugänglich zu machen. Diese Erklärung gilt für diese Website und die hier angebotenen "
    "PDF-Dateien.": (
        "ebb GmbH is committed to making this website and the IQ publications accessible in accordance with "
        "Section 12a of the German Disability Equality Act (BGG) and the German Barrier-Free Information "
        "Technology Ordinance (BITV 2.0). This statement applies to this website and to the PDF files offered "
        "here."
    ),
    "Feedback und Kontakt": "Feedback and contact",
    'Sind Ihnen Mängel aufgefallen oder benötigen Sie Inhalte in einer anderen Form? Schreiben Sie uns an <a id="a1">'
    "barrierefreiheit@example.org</a>; wir antworten innerhalb von zwei Wochen.": (
        "Have you noticed any shortcomings, or do you need content in a different format? Write to us at "
        '<a id="a1">barrierefreiheit@example.org</a>; we will reply within two weeks.'
    ),
    "Schlichtungsverfahren": "Conciliation procedure",
    "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie einen Antrag bei der "
    "Schlichtungsstelle nach § 16 BGG stellen. Das Verfahren ist kostenfrei; Sie brauchen keine anwaltliche "
    'Vertretung. Mehr unter <a id="a1">www.schlichtungsstelle-bgg.de</a>.': (
        "If you do not receive a satisfactory answer to your feedback, you can apply to the conciliation body "
        "under Section 16 BGG. The procedure is free of charge and you do not need a lawyer. Find out more at "
        '<a id="a1">www.schlichtungsstelle-bgg.de</a>.'
    ),
    "PDF-Publikationen, die vor 2024 erschienen sind": "PDF publications issued before 2024",
    "Sie wurden vor Einführung der PDF/UA-Prüfung erstellt; Struktur und Alternativtexte fehlen teils.": (
        "They were produced before PDF/UA checks were introduced; some lack structure and alternative texts."
    ),
    "Auf Anfrage senden wir Ihnen die Inhalte in einem barrierefreien Format.": (
        "On request, we will send you the content in an accessible format."
    ),
    "Informationen in Leichter Sprache und Deutscher Gebärdensprache (§ 4 BITV 2.0)": (
        "Information in Easy Read German and German Sign Language (Section 4 BITV 2.0)"
    ),
    "Die Texte und Videos werden derzeit erstellt.": "The texts and videos are currently being produced.",
    "Bis dahin beantworten wir Fragen zum Angebot gern per E-Mail oder Telefon.": (
        "Until then, we are happy to answer questions about our services by email or telephone."
    ),
    "Selbstbewertung nach BITV 2.0 / WCAG 2.1 AA; PDFs geprüft mit PAC": (
        "Self-assessment against BITV 2.0 / WCAG 2.1 AA; PDFs checked with PAC"
    ),
}
