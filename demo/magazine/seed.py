"""Seeder of the demo issues of IQ konkret: 1/2024 and 2/2024, each with an
editorial, six articles and generated pictures. All content is invented.

Idempotent like every seeder: pages are published only when new or changed,
pictures are drawn once, reference data is completed, never duplicated.
"""

from cms.i18n.reference import in_source_locale
from cms.models import FundingNotice, FundingPeriod, Organisation, Topic
from demo.context import DemoContext, page_ensure
from demo.reference_data import FUNDING_NOTICE_LABEL, PERIOD_ESF_PLUS, PUBLISHER_NAME
from magazine.models import MagazineArchivePage, MagazineArticlePage, MagazineIssuePage

from .content import issue_2024_1, issue_2024_2
from .people import people_ensure, references_ensure
from .pictures import images_2024_1, images_2024_2


def seed_magazine(*, context: DemoContext) -> None:
    refs = references_ensure()
    people = people_ensure()
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
    for module, images in ((issue_2024_1, images_2024_1()), (issue_2024_2, images_2024_2())):
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
        "publishers": [in_source_locale(Organisation).get(name=PUBLISHER_NAME)],
        "topics": list(in_source_locale(Topic).filter(slug__in=["anerkennung", "beratung", "qualifizierung"])),
        "funding_period": FundingPeriod.objects.get(name=PERIOD_ESF_PLUS),
        "funding_notice": in_source_locale(FundingNotice).get(label=FUNDING_NOTICE_LABEL),
        "responsible_person": people["mb"],
        "editors": [people["mb"], people["iw"], people["jk"]],
        "layout_credit": "Studio Satzspiegel, Köln (Demo)",
        "printer": "Druckhaus Rhein-Erft GmbH, Hürth (Demo)",
    }
