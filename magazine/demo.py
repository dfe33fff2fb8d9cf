"""Demo issues of IQ konkret: 1/2024 and 2/2024, each with an
editorial, six articles and generated pictures. All content is invented.

Idempotent like every seeder: pages are published only when new or changed,
pictures are drawn once, reference data is completed, never duplicated.
"""

from wagtail.images.models import Image

from cms import demo_images
from cms.choices import Bundesland, LegalForm, NetworkType
from cms.demo import FUNDING_NOTICE_LABEL, PERIOD_ESF_PLUS, PUBLISHER_NAME, DemoContext, demo_seeder, page_ensure
from cms.models import ActionArea, FundingNotice, FundingPeriod, Organisation, Person, RegionalNetwork, Topic
from magazine import demo_images as photos
from magazine.demo_content import issue_2024_1, issue_2024_2
from magazine.models import MagazineArchivePage, MagazineArticlePage, MagazineIssuePage

# Key, first name, last name, role, organisation name (or ""), initials, consent to publication.
PEOPLE = (
    ("iw", "Iris", "Wagner", "Redakteurin IQ konkret", PUBLISHER_NAME, "iw", True),
    ("jk", "Jan", "Krüger", "Redakteur IQ konkret", PUBLISHER_NAME, "jk", True),
    ("lh", "Lena", "Hoffmann", "Freie Journalistin", "", "lh", True),
    ("da", "Deniz", "Aydın", "Referent Monitoring und Daten", PUBLISHER_NAME, "da", True),
    ("hj", "Henrik", "Jansen", "Projektleitung „Videoberatung Westküste“", "Bildungswerk Küste gGmbH", "hj", True),
    # No consent: the project portrait must fall back to the organisation's address.
    ("pl", "Petra", "Lange", "Projektkoordination „Sprache im Dienst“", "Pflegeschule Elbaue gGmbH", "pl", False),
)
ELBAUE = {
    "short_name": "PSE",
    "legal_form": LegalForm.GGMBH,
    "bundesland": Bundesland.ST,
    "street": "Am Elbufer 7",
    "postcode": "39104",
    "city": "Magdeburg",
    "email": "sprache-im-dienst@pflegeschule-elbaue.example.org",
}


@demo_seeder(order=30)
def seed_magazine(*, context: DemoContext) -> None:
    refs = _references_ensure()
    people = _people_ensure()
    archive, _ = page_ensure(
        parent=context.home,
        model=MagazineArchivePage,
        slug="iq-konkret",
        fields={
            "title": "IQ konkret",
            "intro": (
                "Das Fachmagazin des Förderprogramms „Integration durch Qualifizierung (IQ)“: Hintergründe, "
                "Interviews und Porträts aus der Praxis – jede Ausgabe auch als barrierefreies PDF."
            ),
            "show_in_menus": True,
        },
    )
    shared = _shared_issue_fields(people)
    issues = articles = published = 0
    for module, images in ((issue_2024_1, _images_2024_1()), (issue_2024_2, _images_2024_2())):
        issue, changed = page_ensure(
            parent=archive,
            model=MagazineIssuePage,
            slug=module.SLUG,
            fields={**shared, **module.issue_fields(people=people, images=images)},
        )
        issues, published = issues + 1, published + changed
        for spec in module.articles(people=people, images=images, refs=refs):
            _, changed = page_ensure(
                parent=issue,
                model=MagazineArticlePage,
                slug=spec.slug,
                fields={
                    "title": spec.title,
                    "article_type": spec.article_type,
                    "lead": spec.lead,
                    "authors": spec.authors,
                    "body": spec.body,
                },
            )
            articles, published = articles + 1, published + changed
    context.write(f"IQ konkret: {issues} Ausgaben, {articles} Artikel ({published} Seiten neu veröffentlicht).")


def _shared_issue_fields(people) -> dict:
    return {
        "publishers": [Organisation.objects.get(name=PUBLISHER_NAME)],
        "topics": list(Topic.objects.filter(slug__in=["anerkennung", "beratung", "qualifizierung"])),
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": FundingNotice.objects.get(label=FUNDING_NOTICE_LABEL),
        "responsible_person": people["mb"],
        "editors": [people["mb"], people["iw"], people["jk"]],
        "layout_credit": "Studio Satzspiegel, Köln (Demo)",
        "printer": "Druckhaus Rhein-Erft GmbH, Hürth (Demo)",
    }


def _ensure(model, *, lookup: dict, values: dict):
    """Get or create by ``lookup``; save only the fields that differ."""
    instance, created = model.objects.get_or_create(**lookup, defaults=values)
    changed = [] if created else [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.save(update_fields=changed)
    return instance


def _references_ensure() -> dict:
    elbaue = _ensure(Organisation, lookup={"name": "Pflegeschule Elbaue gGmbH"}, values=ELBAUE)
    return {
        "org_kueste": Organisation.objects.get(name="Bildungswerk Küste gGmbH"),
        "org_elbaue": elbaue,
        "network_sh": RegionalNetwork.objects.get(name="IQ Netzwerk Schleswig-Holstein"),
        "network_st": _ensure(
            RegionalNetwork,
            lookup={"name": "IQ RIN Sachsen-Anhalt"},
            values={"network_type": NetworkType.RIN, "bundesland": Bundesland.ST},
        ),
        "hsp_beratung": ActionArea.objects.get(number=1),
        "hsp_qualifizierung": ActionArea.objects.get(number=2),
    }


def _people_ensure() -> dict[str, Person]:
    people = {"mb": Person.objects.get(first_name="Maria", last_name="Beispiel")}
    for key, first, last, role, organisation, initials, consent in PEOPLE:
        people[key] = _ensure(
            Person,
            lookup={"first_name": first, "last_name": last},
            values={
                "role": role,
                "organisation": Organisation.objects.get(name=organisation) if organisation else None,
                "initials": initials,
                "email": f"{initials}@example.org",
                "phone": "0431 000000-0" if consent else "",
                "consent_published": consent,
            },
        )
    return people


# Pictures ----------------------------------------------------------------------


def _photo(title: str, render) -> Image:
    return photos.photo_ensure(title=f"IQ konkret: {title} (Demo)", render=render)


def _chart(title: str, bars: list[tuple[str, float]], unit: str = "") -> Image:
    return demo_images.image_ensure(
        title=f"IQ konkret – Diagramm: {title} (Demo)",
        render=lambda: demo_images.bar_chart(title=title, bars=bars, unit=unit),
    )


def _images_2024_1() -> dict:
    return {
        "cover": _photo("Titel 1/2024 – Anerkennung digital", photos.cover_digital),
        "paper": _photo("Aktenordner und Online-Formular", photos.paper_to_screen),
        "video": _photo("Videoberatung am Laptop", photos.video_call),
        "rural": _photo("Ländlicher Raum mit Gemeindehaus", photos.rural_counselling),
        "chart_online": _chart(
            "Vollständig elektronisch eingegangene Anträge",
            [("2020", 19), ("2021", 27), ("2022", 41), ("2023", 58)],
            unit=" %",
        ),
    }


def _images_2024_2() -> dict:
    return {
        "cover": _photo("Titel 2/2024 – Pflege braucht Vielfalt", photos.cover_care),
        "training": _photo("Skills Lab einer Pflegeschule", photos.training_room),
        "portrait": _photo("Pflegefachkraft auf Station", photos.portrait),
        "canal": _photo("Gracht mit Giebelhäusern", photos.dutch_canal),
        "chart_care": _chart(
            "IQ Qualifizierungen in Gesundheitsberufen 2023",
            [
                ("Pflege", 2100),
                ("Medizin", 640),
                ("Physiotherapie", 210),
                ("Hebammenwesen", 90),
                ("Med.-techn. Berufe", 80),
            ],
        ),
    }
