"""Read-only queries of the site shell."""

from django.conf import settings

from wagtail.models import Page, get_page_models

from cms.i18n.editions import active_language
from cms.models.legal import AccessibilityStatementPage, ImprintPage, PrivacyPage
from cms.models.publication import BasePublicationPage


def publication_page_models() -> list[type[Page]]:
    return [model for model in get_page_models() if issubclass(model, BasePublicationPage)]


def publications_latest(*, limit: int) -> list[Page]:
    """The newest current publications by their publication date (a superseded
    edition is not news). Candidates come from the most recently published pages."""
    models = publication_page_models()
    if not models:
        return []
    candidates = (
        Page.objects.live()
        .public()
        .type(*models)
        .filter(locale__language_code=active_language())
        .specific()
        .order_by("-first_published_at")[: limit * 4]
    )
    candidates = sorted(
        candidates, key=lambda page: page.publication_date or page.first_published_at.date(), reverse=True
    )
    return [page for page in candidates if page.is_current_edition()][:limit]


def footer_pages() -> dict[str, Page | None]:
    """The live legal pages for the footer, in one query: in the reader's
    language where translated, else the German ones, which are binding anyway."""
    by_type = {ImprintPage: "imprint", PrivacyPage: "privacy", AccessibilityStatementPage: "accessibility"}
    found: dict[str, Page | None] = dict.fromkeys(by_type.values())
    wanted = active_language()
    pages = Page.objects.live().type(*by_type).filter(locale__language_code__in={wanted, settings.LANGUAGE_CODE})
    for page in pages.select_related("locale").specific(defer=True):
        key = by_type[type(page)]
        if found[key] is None or page.locale.language_code == wanted:
            found[key] = page
    return found
