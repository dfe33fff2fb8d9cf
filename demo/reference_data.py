"""The demo's reference data: organisations, funding periods, action areas,
Fachstellen, networks, people, topics and the funding notice. The other
seeders look these up by the names defined here."""

import datetime

from cms.choices import Bundesland, FundingSource, LegalForm, NetworkType
from cms.models import (
    ActionArea,
    Fachstelle,
    FundingNotice,
    FundingPeriod,
    Organisation,
    Person,
    RegionalNetwork,
    Topic,
)

from .context import upsert
from .images import graphics

PUBLISHER_NAME = "ebb Entwicklungsgesellschaft für berufliche Bildung mbH"
FUNDING_NOTICE_LABEL = "ESF Plus 2023–2025"
PERIOD_ESF = "2019–2022"
PERIOD_ESF_PLUS = "2023–2025"

# The leading column(s) of each row are its natural key; the rest is brought up to date on every run.
ORG_FIELDS = ("name", "short_name", "legal_form", "bundesland", "street", "postcode", "city", "website", "email")
ORGANISATIONS = (
    ("Bundesministerium für Arbeit und Soziales", "BMAS", LegalForm.AUTHORITY, Bundesland.BE,
     "Wilhelmstraße 49", "10117", "Berlin", "https://www.bmas.de/", ""),
    ("Bundesamt für Migration und Flüchtlinge", "BAMF", LegalForm.AUTHORITY, Bundesland.BY,
     "Frankenstraße 210", "90461", "Nürnberg", "https://www.bamf.de/", ""),
    (PUBLISHER_NAME, "ebb", LegalForm.GMBH, Bundesland.NW,
     "Christophstraße 1", "50670", "Köln", "https://www.ebb-bildung.de/", "redaktion@example.org"),
    ("Bildungswerk Küste gGmbH", "BWK", LegalForm.GGMBH, Bundesland.SH,
     "Hafenstraße 12", "24103", "Kiel", "", "info@bildungswerk-kueste.example.org"),
    ("Integrationsforum Rhein-Main e.V.", "IFRM", LegalForm.EV, Bundesland.HE,
     "Mainzer Landstraße 88", "60327", "Frankfurt am Main", "", "kontakt@integrationsforum.example.org"),
    ("Hochschule Mittelland", "HSM", LegalForm.UNIVERSITY, Bundesland.TH,
     "Campusallee 3", "99085", "Erfurt", "", "mentoring@hs-mittelland.example.org"),
)  # fmt: skip
ACTION_AREAS = (  # Handlungsschwerpunkte (HSP) 1–4 of 2019–2022; 1 and 2 were co-funded by the ESF
    (1, "Anerkennungs- und Qualifizierungsberatung (inkl. „Faire Integration“)", "Beratung", True),
    (2, "Qualifizierungsmaßnahmen im Kontext des Anerkennungsgesetzes", "Qualifizierung", True),
    (3, "Interkulturelle Kompetenzentwicklung der zentralen Arbeitsmarktakteure", "Interkulturelle Kompetenz", False),
    (4, "Regionale Fachkräftenetzwerke – Einwanderung", "Fachkräfteeinwanderung", False),
)  # fmt: skip
FACHSTELLEN = (  # since 2023; their carriers are not documented, so none is set
    ("Anerkennung und Qualifizierung", "Anerkennung ausländischer Abschlüsse und Brückenqualifizierung."),
    ("Faire Integration", "Arbeits- und sozialrechtliche Beratung von Geflüchteten und Eingewanderten."),
    ("Einwanderung und Integration", "Fachkräfteeinwanderung, Integrationsmanagement und Antidiskriminierung."),
)
NETWORKS = (  # name, type, Bundesland, funding period
    ("IQ Netzwerk Schleswig-Holstein", NetworkType.STATE_NETWORK, Bundesland.SH, PERIOD_ESF),
    ("IQ Netzwerk Hessen", NetworkType.STATE_NETWORK, Bundesland.HE, PERIOD_ESF),
    ("IQ Netzwerk Thüringen", NetworkType.STATE_NETWORK, Bundesland.TH, PERIOD_ESF),
    ("IQ Landesnetzwerk Berlin", NetworkType.STATE_NETWORK, Bundesland.BE, PERIOD_ESF),
    ("IQ NRW-West", NetworkType.RIN, Bundesland.NW, PERIOD_ESF_PLUS),
    ("IQ NRW-Ost", NetworkType.RIN, Bundesland.NW, PERIOD_ESF_PLUS),
    ("IQ RIN Leipzig", NetworkType.RIN, Bundesland.SN, PERIOD_ESF_PLUS),
    ("IQ RIN Chemnitz-Dresden", NetworkType.RIN, Bundesland.SN, PERIOD_ESF_PLUS),
)
PERSONS = (  # first name, last name, role, organisation, initials, consent to publication
    ("Maria", "Beispiel", "Redaktionsleitung IQ konkret (v. i. S. d. P.)", PUBLISHER_NAME, "mb", True),
    ("Aylin", "Demir", "Projektleitung „Sprachcafé Technik“", "Bildungswerk Küste gGmbH", "ad", True),
    ("Jonas", "Weber", "Projektleitung „Anerkennungslotsen“", "Integrationsforum Rhein-Main e.V.", "jw", True),
    ("Katarzyna", "Nowak", "Koordination „Mentoring für Ingenieurinnen“", "Hochschule Mittelland", "kn", True),
    ("Thomas", "Schulte", "Referent Monitoring", PUBLISHER_NAME, "ts", False),
)
TOPICS = (
    ("anerkennung", "Anerkennung", "Anerkennung ausländischer Berufs- und Studienabschlüsse."),
    ("qualifizierung", "Qualifizierung", "Anpassungs- und Brückenqualifizierungen im Kontext der Anerkennung."),
    ("beratung", "Beratung", "Anerkennungs- und Qualifizierungsberatung für Ratsuchende."),
    ("faire-integration", "Faire Integration", "Arbeits- und sozialrechtliche Beratung für Eingewanderte."),
    ("fachkraefteeinwanderung", "Fachkräfteeinwanderung", "Einwanderung von Fachkräften und Integrationsmanagement."),
    ("antidiskriminierung", "Antidiskriminierung", "Diskriminierungssensible Arbeitsmarktintegration."),
)  # fmt: skip


def reference_data_ensure() -> None:
    orgs = {row[0]: upsert(Organisation, **dict(zip(ORG_FIELDS, row, strict=True))) for row in ORGANISATIONS}
    periods = _periods_ensure(administrator=orgs["Bundesamt für Migration und Flüchtlinge"])
    for number, name, short_name, esf_funded in ACTION_AREAS:
        area = upsert(ActionArea, number=number, name=name, short_name=short_name, esf_funded=esf_funded)
        area.periods.add(periods[PERIOD_ESF])
    for name, description in FACHSTELLEN:
        fachstelle = upsert(Fachstelle, name=name, topic_description=f"<p>{description}</p>", active=True)
        fachstelle.periods.add(periods[PERIOD_ESF_PLUS])
    for name, network_type, land, period in NETWORKS:
        network = upsert(RegionalNetwork, name=name, network_type=network_type, bundesland=land)
        network.periods.add(periods[period])
    for first, last, role, org, initials, consent in PERSONS:
        upsert(
            Person,
            lookup=("first_name", "last_name"),
            first_name=first,
            last_name=last,
            role=role,
            organisation=orgs[org],
            initials=initials,
            email=f"{first.lower()}.{last.lower()}@example.org",
            consent_published=consent,
        )
    for slug, name, description in TOPICS:
        upsert(Topic, lookup=("slug",), slug=slug, name=name, description=description)
    _funding_notice_ensure(period=periods[PERIOD_ESF_PLUS])


def _periods_ensure(*, administrator: Organisation) -> dict[str, FundingPeriod]:
    spans = {
        PERIOD_ESF: (datetime.date(2019, 1, 1), datetime.date(2022, 12, 31), FundingSource.ESF),
        PERIOD_ESF_PLUS: (datetime.date(2023, 1, 1), datetime.date(2025, 12, 31), FundingSource.ESF_PLUS),
    }
    return {
        name: upsert(FundingPeriod, name=name, start=start, end=end, funding_source=source, administrator=administrator)
        for name, (start, end, source) in spans.items()
    }


def _funding_notice_ensure(*, period: FundingPeriod) -> FundingNotice:
    eu = graphics.image_ensure(title="Logo EU-Emblem „Kofinanziert“ (Demo)", render=graphics.eu_emblem_logo)
    bmas = graphics.image_ensure(
        title="Logo BMAS (Demo)",
        render=lambda: graphics.federal_ministry_logo(lines=["Bundesministerium", "für Arbeit und Soziales"]),
    )
    return upsert(
        FundingNotice,
        lookup=("label",),
        label=FUNDING_NOTICE_LABEL,
        period=period,
        text=(
            "<p>Das Förderprogramm „Integration durch Qualifizierung (IQ)“ wird durch das Bundesministerium "
            "für Arbeit und Soziales und die Europäische Union über den Europäischen Sozialfonds Plus (ESF Plus) "
            "gefördert. Partner in der Umsetzung sind das Bundesministerium für Bildung und Forschung und die "
            "Bundesagentur für Arbeit.</p>"
        ),
        logos=[
            {"type": "logo", "value": {"image": bmas.pk, "alt": "Bundesministerium für Arbeit und Soziales"}},
            {"type": "logo", "value": {"image": eu.pk, "alt": "Kofinanziert von der Europäischen Union"}},
        ],
    )
