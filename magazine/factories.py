"""Factories for IQ konkret, and the magazine's own blocks as raw stream data (tests)."""

import datetime

import factory
import wagtail_factories

from cms.factories import FundingNoticeFactory
from cms.stream_data import heading, paragraph
from magazine import models
from magazine.models import ArticleType


def project_portrait(
    *, name: str, organisation, text: str, network=None, action_area=None, contact=None, subproject=None
) -> dict:
    """A project portrait block as the admin stores it; ``text`` is plain text."""
    return {
        "type": "project_portrait",
        "value": {
            "project_name": name,
            "subproject": subproject.pk if subproject else None,
            "organisation": organisation.pk,
            "network": network.pk if network else None,
            "action_area": action_area.pk if action_area else None,
            "text": f"<p>{text}</p>",
            "contact": contact.pk if contact else None,
        },
    }


def photo_credit(credit: str, pages: str = "") -> dict:
    """A line of the issue's picture credits; without ``pages`` the print layout finds them."""
    return {"type": "credit", "value": {"credit": credit, "pages": pages}}


class MagazineArchivePageFactory(wagtail_factories.PageFactory):
    title = "IQ konkret"
    slug = "iq-konkret"
    show_in_menus = True
    intro = "Das Fachmagazin des Förderprogramms „Integration durch Qualifizierung (IQ)“."

    class Meta:
        model = models.MagazineArchivePage


class MagazineIssuePageFactory(wagtail_factories.PageFactory):
    issue_number = factory.Sequence(lambda n: n % 12 + 1)
    # Wraps around: a long test session makes more issues than the model allows years (2100).
    year = factory.Sequence(lambda n: 2024 + n // 12 % 70)
    title = factory.LazyAttribute(lambda o: f"IQ konkret {o.issue_number}/{o.year}")
    slug = factory.LazyAttribute(lambda o: f"{o.year}-{o.issue_number}")
    focus_title = "Anerkennung digital: Wege durch das Verfahren"
    teaser = "Online-Anträge, Videoberatung, digitale Dokumentenprüfung – was die Digitalisierung verändert."
    publication_date = datetime.date(2024, 6, 1)
    editorial_title = "Mehr Tempo, gleiche Sorgfalt"
    editorial = "<p>Liebe Leserinnen und Leser, die Anerkennung wird digital.</p>"
    funding_notice = factory.SubFactory(FundingNoticeFactory)
    print_run = 3000
    print_month = "Juni 2024"

    class Meta:
        model = models.MagazineIssuePage


class MagazineArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Vom Papierordner zum Online-Antrag {n}")
    article_type = ArticleType.BACKGROUND
    lead = "Was die Digitalisierung für Ratsuchende und Beratende wirklich verändert."
    body = factory.LazyFunction(
        lambda: [
            heading("Ein Antrag, viele Wege"),
            paragraph("Seit 2024 lässt sich die Anerkennung online beantragen."),
        ]
    )

    class Meta:
        model = models.MagazineArticlePage
