"""English segments of the demo's reference data (German text → English):
the topics, action areas, regional networks and target groups an English
edition shows in its header, fact panel and catalogue entry.

Organisations keep their German names, as they do in the programme's own
English material: they are legal names.
"""

TOPICS = {
    "Anerkennung": "Recognition",
    "anerkennung": "recognition",
    "Anerkennung ausländischer Berufs- und Studienabschlüsse.": (
        "Recognition of vocational and academic qualifications gained abroad."
    ),
    "Antidiskriminierung": "Anti-discrimination",
    "antidiskriminierung": "anti-discrimination",
    "Diskriminierungssensible Arbeitsmarktintegration.": (
        "Labour market integration that is sensitive to discrimination."
    ),
    "Beratung": "Counselling",
    "beratung": "counselling",
    "Anerkennungs- und Qualifizierungsberatung für Ratsuchende.": (
        "Counselling on recognition and qualification for people seeking advice."
    ),
    "Fachkräfteeinwanderung": "Immigration of skilled workers",
    "fachkraefteeinwanderung": "immigration-of-skilled-workers",
    "Einwanderung von Fachkräften und Integrationsmanagement.": (
        "Immigration of skilled workers and integration management."
    ),
    "Faire Integration": "Fair Integration",
    "faire-integration": "fair-integration",
    "Arbeits- und sozialrechtliche Beratung für Eingewanderte.": (
        "Advice for immigrants on employment and social security law."
    ),
    "Qualifizierung": "Qualification",
    "qualifizierung": "qualification",
    "Anpassungs- und Brückenqualifizierungen im Kontext der Anerkennung.": (
        "Adaptation and bridging qualifications in the context of recognition."
    ),
}

ACTION_AREAS = {
    "Anerkennungs- und Qualifizierungsberatung (inkl. „Faire Integration“)": (
        "Counselling on recognition and qualification (including “Fair Integration”)"
    ),
    "Beratung": "Counselling",
    "Qualifizierungsmaßnahmen im Kontext des Anerkennungsgesetzes": (
        "Qualification measures in the context of the Recognition Act"
    ),
    "Qualifizierung": "Qualification",
    "Interkulturelle Kompetenzentwicklung der zentralen Arbeitsmarktakteure": (
        "Developing the intercultural competence of key labour market actors"
    ),
    "Interkulturelle Kompetenz": "Intercultural competence",
    "Regionale Fachkräftenetzwerke – Einwanderung": "Regional skilled worker networks – immigration",
    "Fachkräfteeinwanderung": "Immigration of skilled workers",
}

NETWORKS = {
    "IQ Landesnetzwerk Berlin": "IQ State Network Berlin",
    "IQ NRW-Ost": "IQ North Rhine-Westphalia East",
    "IQ NRW-West": "IQ North Rhine-Westphalia West",
    "IQ Netzwerk Hessen": "IQ Network Hesse",
    "IQ Netzwerk Schleswig-Holstein": "IQ Network Schleswig-Holstein",
    "IQ Netzwerk Thüringen": "IQ Network Thuringia",
    "IQ RIN Chemnitz-Dresden": "IQ Regional Integration Network Chemnitz-Dresden",
    "IQ RIN Leipzig": "IQ Regional Integration Network Leipzig",
    "IQ RIN Sachsen-Anhalt": "IQ Regional Integration Network Saxony-Anhalt",
}

TARGET_GROUPS = {
    "Ratsuchende": "People seeking advice",
    "Unternehmen": "Employers",
    "Jobcenter und Arbeitsagenturen": "Jobcentres and employment agencies",
    "Öffentliche Verwaltung": "Public administration",
    "Bildungsträger": "Education providers",
    "Kammern": "Chambers",
    "Hochschulen": "Universities",
    "IQ Netzwerke und Fachstellen": "IQ networks and specialist centres",
}
