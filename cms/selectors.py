"""Read-only queries of the site shell."""

from wagtail.models import Page, get_page_models

from cms.models import AccessibilityStatementPage, BasePublicationPage, ImprintPage, PrivacyPage


def publication_page_models() -> list[type[Page]]:
    return [model for model in get_page_models() if issubclass(model, BasePublicationPage)]


def publications_latest(*, limit: int) -> list[Page]:
    models = publication_page_models()
    if not models:
        return []
    return list(Page.objects.live().public().type(*models).specific().order_by("-first_published_at")[:limit])


def footer_pages() -> dict[str, Page | None]:
    """The live legal pages for the footer, in one query."""
    by_type = {ImprintPage: "imprint", PrivacyPage: "privacy", AccessibilityStatementPage: "accessibility"}
    found: dict[str, Page | None] = dict.fromkeys(by_type.values())
    for page in Page.objects.live().type(*by_type).specific(defer=True):
        found[by_type[type(page)]] = page
    return found
