"""Demo Themendossiers: the two dossiers, the second in two
editions (2.0 replaces 1.0 of 2023). Content lives in ``demo_kompetenz`` and
``demo_beratung``; all studies, figures and cases are invented.
"""

import datetime

from PIL import Image as PILImage
from PIL import ImageDraw

from cms import demo_images
from cms.demo import FUNDING_NOTICE_LABEL, PERIOD_ESF_PLUS, PUBLISHER_NAME, DemoContext, demo_seeder, page_ensure
from cms.models import Fachstelle, FundingNotice, FundingPeriod, Organisation, Person, Topic
from dossiers import demo_beratung, demo_kompetenz
from dossiers.models import DossierIndexPage, DossierPage

FACHSTELLE_RECOGNITION = "Anerkennung und Qualifizierung"
FACHSTELLE_IMMIGRATION = "Einwanderung und Integration"
COMMISSIONER = "Bundesministerium für Arbeit und Soziales"
AUTHORS = (  # first name, last name, role, Fachstelle
    ("Lena", "Hoffmann", "Referentin", FACHSTELLE_RECOGNITION),
    ("Murat", "Yıldız", "Referent", FACHSTELLE_RECOGNITION),
    ("Sabine", "Krüger", "Referentin", FACHSTELLE_IMMIGRATION),
    ("Amira", "Haddad", "Referentin", FACHSTELLE_IMMIGRATION),
)


@demo_seeder(order=40)
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
            **demo_kompetenz.fields(),
            **_cover(kicker="Kompetenzen sichtbar machen", accent=demo_images.IQ_TEAL),
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
            **demo_beratung.fields(edition="1.0"),
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
            **demo_beratung.fields(edition="2.0"),
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
        "publishers": [Organisation.objects.get(name=PUBLISHER_NAME)],
        "commissioned_by": Organisation.objects.get(name=COMMISSIONER),
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": FundingNotice.objects.get(label=FUNDING_NOTICE_LABEL),
    }


def _topics(*slugs: str) -> list[Topic]:
    return list(Topic.objects.filter(slug__in=slugs))


def _cover(*, kicker: str, accent: tuple[int, int, int]) -> dict:
    image = demo_images.image_ensure(
        title=f"Titelmotiv Themendossier „{kicker}“ (Demo)",
        render=lambda: _cover_motif(accent=accent),
    )
    return {
        "cover_image": image,
        "cover_alt": (
            "Grafik: drei gestaffelte, beschriebene Blätter auf blauem Grund, darüber ein farbiger Kreis als "
            "Markierung."
        ),
    }


def _cover_motif(*, accent: tuple[int, int, int]) -> PILImage.Image:
    """Stacked sheets of paper with text lines: an abstract motif for a text-heavy dossier."""
    canvas = PILImage.new("RGB", (1600, 700), demo_images.IQ_BLUE)
    draw = ImageDraw.Draw(canvas)
    for index, shade in enumerate(((205, 222, 236), (230, 239, 246), (255, 255, 255))):
        left, top = 620 + index * 140, 110 + index * 50
        draw.rectangle((left, top, left + 420, top + 560), fill=shade)
        for line in range(9):
            width = 330 if line % 4 != 3 else 210
            draw.rectangle(
                (left + 45, top + 70 + line * 48, left + 45 + width, top + 84 + line * 48), fill=(0, 64, 110)
            )
    draw.ellipse((160, 170, 520, 530), fill=accent)
    draw.ellipse((250, 260, 430, 440), fill=demo_images.IQ_BLUE)
    return canvas
