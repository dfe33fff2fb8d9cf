"""Seeder of the demo Themendossiers: the two dossiers, the second in two
editions (2.0 replaces 1.0 of 2023). Content lives in ``kompetenz`` and
``beratung``; all studies, figures and cases are invented.
"""

import datetime

from cms.i18n.reference import in_source_locale
from cms.models import Fachstelle, FundingNotice, FundingPeriod, Organisation, Person, Topic
from demo.context import DemoContext, page_ensure
from demo.images import graphics
from demo.reference_data import FUNDING_NOTICE_LABEL, PERIOD_ESF_PLUS, PUBLISHER_NAME
from dossiers.models import DossierIndexPage, DossierPage

from . import beratung, kompetenz

FACHSTELLE_RECOGNITION = "Anerkennung und Qualifizierung"
FACHSTELLE_IMMIGRATION = "Einwanderung und Integration"
COMMISSIONER = "Bundesministerium für Arbeit und Soziales"
AUTHORS = (  # first name, last name, role, Fachstelle
    ("Lena", "Hoffmann", "Referentin", FACHSTELLE_RECOGNITION),
    ("Murat", "Yıldız", "Referent", FACHSTELLE_RECOGNITION),
    ("Sabine", "Krüger", "Referentin", FACHSTELLE_IMMIGRATION),
    ("Amira", "Haddad", "Referentin", FACHSTELLE_IMMIGRATION),
)


def seed_dossiers(*, context: DemoContext) -> None:
    index, _ = page_ensure(
        parent=context.home,
        model=DossierIndexPage,
        slug="themendossiers",
        fields={
            "title": "Themendossiers",
            "intro": "Analysen und Leitfäden der IQ Fachstellen – mit Kapiteln, Fußnoten und Literatur.",
            "show_in_menus": True,
        },
    )
    authors = _authors_ensure()
    shared = _shared_fields()
    competence, competence_new = page_ensure(
        parent=index,
        model=DossierPage,
        slug="kompetenzfeststellung-ohne-zeugnis",
        fields={
            **shared,
            **kompetenz.fields(),
            **_cover(kicker="Kompetenzen sichtbar machen", accent=graphics.IQ_TEAL),
            "fachstelle": Fachstelle.objects.get(name=FACHSTELLE_RECOGNITION),
            "authors": authors[FACHSTELLE_RECOGNITION],
            "topics": _topics("anerkennung", "qualifizierung", "beratung"),
            "publication_date": datetime.date(2025, 4, 15),
            "data_as_of": datetime.date(2025, 3, 31),
        },
    )
    counselling = {
        **shared,
        **_cover(kicker="Beratung ohne Benachteiligung", accent=(176, 125, 0)),
        "fachstelle": Fachstelle.objects.get(name=FACHSTELLE_IMMIGRATION),
        "authors": authors[FACHSTELLE_IMMIGRATION],
        "topics": _topics("antidiskriminierung", "beratung"),
    }
    first, first_new = page_ensure(
        parent=index,
        model=DossierPage,
        slug="diskriminierungssensible-beratung-in-jobcentern-1-0",
        fields={
            **counselling,
            **beratung.fields(edition="1.0"),
            "publication_date": datetime.date(2023, 6, 15),
            "data_as_of": datetime.date(2023, 5, 31),
        },
    )
    second, second_new = page_ensure(
        parent=index,
        model=DossierPage,
        slug="diskriminierungssensible-beratung-in-jobcentern",
        fields={
            **counselling,
            **beratung.fields(edition="2.0"),
            "supersedes": first,
            "publication_date": datetime.date(2025, 9, 15),
            "data_as_of": datetime.date(2025, 8, 31),
        },
    )
    published = sum((competence_new, first_new, second_new))
    context.write(f"Themendossiers: 3 ({published} neu veröffentlicht).")


def _authors_ensure() -> dict[str, list[Person]]:
    by_fachstelle: dict[str, list[Person]] = {}
    for first, last, role, fachstelle in AUTHORS:
        person, _ = Person.objects.update_or_create(
            first_name=first,
            last_name=last,
            defaults={"role": f"{role}, IQ Fachstelle {fachstelle}", "consent_published": True},
        )
        by_fachstelle.setdefault(fachstelle, []).append(person)
    return by_fachstelle


def _shared_fields() -> dict:
    return {
        "publishers": [in_source_locale(Organisation).get(name=PUBLISHER_NAME)],
        "commissioned_by": in_source_locale(Organisation).get(name=COMMISSIONER),
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": in_source_locale(FundingNotice).get(label=FUNDING_NOTICE_LABEL),
    }


def _topics(*slugs: str) -> list[Topic]:
    return list(in_source_locale(Topic).filter(slug__in=slugs))


def _cover(*, kicker: str, accent: tuple[int, int, int]) -> dict:
    image = graphics.image_ensure(
        title=f"Titelmotiv Themendossier „{kicker}“ (Demo)",
        render=lambda: graphics.stacked_sheets(accent=accent),
    )
    return {
        "cover_image": image,
        "cover_alt": (
            "Grafik: drei gestaffelte, beschriebene Blätter auf blauem Grund, darüber ein farbiger Kreis als "
            "Markierung."
        ),
    }
