import datetime

import factory
import wagtail_factories

from cms.factories import FundingNoticeFactory
from magazine import models
from magazine.models import ArticleType


class MagazineArchivePageFactory(wagtail_factories.PageFactory):
    title = "IQ konkret"
    slug = "iq-konkret"
    show_in_menus = True
    intro = "Das Fachmagazin des Förderprogramms „Integration durch Qualifizierung (IQ)“."

    class Meta:
        model = models.MagazineArchivePage


class MagazineIssuePageFactory(wagtail_factories.PageFactory):
    issue_number = factory.Sequence(lambda n: n % 12 + 1)
    year = factory.Sequence(lambda n: 2024 + n // 12)
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
    # Raw stream data, as the admin stores it.
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "Ein Antrag, viele Wege", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Seit 2024 lässt sich die Anerkennung online beantragen.</p>"},
        ]
    )

    class Meta:
        model = models.MagazineArticlePage
