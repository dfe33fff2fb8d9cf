"""Demo content: the seeder registry, the page helper every seeder uses, and the
site shell's own seeders. Called by ``manage.py seed_demo``.

Content apps register their seeders in their own ``demo.py`` with
``@demo_seeder(order=…)``; the command discovers them, so ``cms`` never imports
a content app. Every seeder is idempotent: it looks things up by natural name or
slug and publishes a page only when it is new or its content changed.
"""

import copy
import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder

from wagtail.fields import StreamField
from wagtail.models import Page, Site

from cms import demo_images
from cms.choices import Bundesland, FundingSource, LegalForm, NetworkType
from cms.demo_legal import PUBLISHER_NAME, legal_pages
from cms.models import (
    ActionArea,
    Fachstelle,
    FundingNotice,
    FundingPeriod,
    HomePage,
    Organisation,
    Person,
    RegionalNetwork,
    Topic,
)
from workflows.publish_guard import publishing_authorised

FUNDING_NOTICE_LABEL = "ESF Plus 2023–2025"
PERIOD_ESF = "2019–2022"
PERIOD_ESF_PLUS = "2023–2025"
# A documented demo login; production settings refuse to seed at all.
DEMO_PASSWORD = "demo"  # noqa: S105
WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"


@dataclass
class DemoContext:
    """What seeders share: where to report, the home page, the logins to print."""

    write: Callable[[str], None]
    home: HomePage | None = None
    logins: list[tuple[str, str]] = field(default_factory=list)


Seeder = Callable[..., None]
_SEEDERS: dict[str, tuple[int, Seeder]] = {}


def demo_seeder(*, order: int) -> Callable[[Seeder], Seeder]:
    """Register ``func(*, context)`` to run at ``order`` (cms: 10, content apps: 20+)."""

    def register(func: Seeder) -> Seeder:
        # Keyed by name so a re-imported module replaces instead of duplicating.
        _SEEDERS[f"{func.__module__}.{func.__qualname__}"] = (order, func)
        return func

    return register


def demo_seeders() -> list[Seeder]:
    return [func for _, _, func in sorted((order, key, func) for key, (order, func) in _SEEDERS.items())]


# Pages -----------------------------------------------------------------------


def page_ensure(*, parent: Page, model: type[Page], slug: str, fields: dict) -> tuple[Page, bool]:
    """The ``slug`` child of ``parent`` with ``fields``; returns ``(page, published)``.

    Publishes a revision only when the page is new, not live, or differs from
    ``fields``, so running the seed again adds no revisions. Many-to-many fields
    take lists; StreamFields take raw block data.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        plain = {name: value for name, value in fields.items() if not _is_many(model, name)}
        page = model(slug=slug, live=False, has_unpublished_changes=True, **plain)
        parent.add_child(instance=page)
    elif page.live and not any(_differs(page, name, value) for name, value in fields.items()):
        return page, False
    for name, value in fields.items():
        if _is_many(model, name):
            getattr(page, name).set(value)
        else:
            setattr(page, name, copy.deepcopy(value))
    # Demo publications stand for ones already reviewed: seeding publishes them
    # as the final approval would, past the workflows' publish guard.
    with publishing_authorised():
        page.save_revision().publish()
    return page, True


def _is_many(model: type[Page], name: str) -> bool:
    return bool(model._meta.get_field(name).many_to_many)


def _differs(instance, name: str, value) -> bool:
    model_field = instance._meta.get_field(name)
    if model_field.many_to_many:
        return set(getattr(instance, name).all()) != set(value)
    if isinstance(model_field, StreamField):
        return _stream_json(model_field, getattr(instance, name)) != _stream_json(model_field, copy.deepcopy(value))
    if model_field.many_to_one:
        return getattr(instance, model_field.attname) != (value.pk if value is not None else None)
    return getattr(instance, name) != value


def _stream_json(model_field: StreamField, value) -> str:
    stream = model_field.to_python(value)
    list(stream)  # convert every child, so stored and new data go through the same get_prep_value
    return json.dumps(_without_ids(model_field.get_prep_value(stream)), cls=DjangoJSONEncoder, sort_keys=True)


def _without_ids(data):
    # Block ids are random per save; they say nothing about the content.
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_ids(item) for key, item in data.items() if key != "id"}
    return data


# Site shell ------------------------------------------------------------------


@demo_seeder(order=10)
def seed_site(*, context: DemoContext) -> None:
    home = _home_ensure()
    context.home = home
    _reference_data_ensure()
    published = [
        page_ensure(parent=home, model=model, slug=slug, fields=fields)[1] for model, slug, fields in legal_pages()
    ]
    context.write(
        f"Seitenbaum: Startseite „{home.title}“ und {len(published)} Pflichtseiten "
        f"({sum(published)} neu veröffentlicht); Referenzdaten: {Organisation.objects.count()} Organisationen, "
        f"{Topic.objects.count()} Themen, {FundingNotice.objects.count()} Förderhinweis(e)."
    )


def _home_ensure() -> HomePage:
    root = Page.get_first_root_node()
    home, _ = page_ensure(
        parent=root,
        model=HomePage,
        slug="start",
        fields={
            "title": "Integration durch Qualifizierung",
            "intro": "Fachpublikationen des Förderprogramms „Integration durch Qualifizierung (IQ)“.",
            "body": (
                "<p>Hier finden Sie das Fachmagazin IQ konkret, die IQ Fact Sheets mit Kennzahlen aus dem "
                "IQ Monitoring, Themendossiers der IQ Fachstellen und IQ Good Practice aus den Regionalen "
                "Integrationsnetzwerken – als Webseite und als barrierefreies PDF.</p>"
            ),
        },
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=8000, is_default_site=True
    )
    site.root_page = home
    site.site_name = "IQ Publisher"
    site.save()
    # Only after the site points at our home page: deleting a site's root deletes the site.
    welcome = Page.objects.filter(
        depth=2, title=WAGTAIL_WELCOME_TITLE, content_type=ContentType.objects.get_for_model(Page)
    )
    for page in welcome:
        page.delete()
    return home


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
ACTION_AREAS = (  # HSP 1–4 of 2019–2022 (DOMAIN §5); 1 and 2 were co-funded by the ESF
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


def _reference_data_ensure() -> None:
    orgs = {row[0]: _upsert(Organisation, **dict(zip(ORG_FIELDS, row, strict=True))) for row in ORGANISATIONS}
    periods = _periods_ensure(administrator=orgs["Bundesamt für Migration und Flüchtlinge"])
    for number, name, short_name, esf_funded in ACTION_AREAS:
        area = _upsert(ActionArea, number=number, name=name, short_name=short_name, esf_funded=esf_funded)
        area.periods.add(periods[PERIOD_ESF])
    for name, description in FACHSTELLEN:
        fachstelle = _upsert(Fachstelle, name=name, topic_description=f"<p>{description}</p>", active=True)
        fachstelle.periods.add(periods[PERIOD_ESF_PLUS])
    for name, network_type, land, period in NETWORKS:
        network = _upsert(RegionalNetwork, name=name, network_type=network_type, bundesland=land)
        network.periods.add(periods[period])
    for first, last, role, org, initials, consent in PERSONS:
        _upsert(
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
        _upsert(Topic, lookup=("slug",), slug=slug, name=name, description=description)
    _funding_notice_ensure(period=periods[PERIOD_ESF_PLUS])


def _periods_ensure(*, administrator: Organisation) -> dict[str, FundingPeriod]:
    spans = {
        PERIOD_ESF: (datetime.date(2019, 1, 1), datetime.date(2022, 12, 31), FundingSource.ESF),
        PERIOD_ESF_PLUS: (datetime.date(2023, 1, 1), datetime.date(2025, 12, 31), FundingSource.ESF_PLUS),
    }
    return {
        name: _upsert(
            FundingPeriod, name=name, start=start, end=end, funding_source=source, administrator=administrator
        )
        for name, (start, end, source) in spans.items()
    }


def _upsert(model, *, lookup: tuple[str, ...] | None = None, **values):
    """Get or create by the natural name (``name``, or ``number`` for action areas)
    and save only what changed: every save queues search and reference-index jobs."""
    keys = lookup or (("number",) if "number" in values else ("name",))
    instance, _ = model.objects.get_or_create(**{key: values.pop(key) for key in keys}, defaults=values)
    changed = [name for name, value in values.items() if _differs(instance, name, value)]
    if changed:
        for name in changed:
            setattr(instance, name, copy.deepcopy(values[name]))
        instance.save(update_fields=changed)
    return instance


def _funding_notice_ensure(*, period: FundingPeriod) -> FundingNotice:
    eu = demo_images.image_ensure(title="Logo EU-Emblem „Kofinanziert“ (Demo)", render=demo_images.eu_emblem_logo)
    bmas = demo_images.image_ensure(
        title="Logo BMAS (Demo)",
        render=lambda: demo_images.federal_ministry_logo(lines=["Bundesministerium", "für Arbeit und Soziales"]),
    )
    return _upsert(
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
