"""The site shell: home page, default site, legal pages and reference data."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from cms.models import FundingNotice, HomePage, Organisation, Topic

from .context import DemoContext, page_ensure
from .legal import legal_pages
from .reference_data import reference_data_ensure

WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"


def seed_site(*, context: DemoContext) -> None:
    home = _home_ensure()
    context.home = home
    reference_data_ensure()
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
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    # Absolute links (feeds, sitemap, e-mails) name the address ``make run`` serves,
    # not Wagtail's initial "localhost:80".
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
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
