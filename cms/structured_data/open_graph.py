"""Open Graph: what a link preview (messenger, social network) shows of a page."""

from cms.i18n.editions import page_language

from .links import page_description

SITE_NAME = "Integration durch Qualifizierung (IQ)"
#: ``PublicationLanguage`` → Open Graph locale.
LOCALES = {"de": "de_DE", "en": "en_GB"}


def open_graph_properties(*, page, request, image_url: str | None, is_publication: bool) -> list[tuple[str, str]]:
    """``(property, content)`` pairs for ``<meta property=… content=…>``."""
    properties = [
        ("og:site_name", SITE_NAME),
        ("og:locale", LOCALES.get(page_language(page, request=request), "de_DE")),
        ("og:type", "article" if is_publication else "website"),
        ("og:title", page.seo_title or page.title),
    ]
    # Like the canonical link: a draft in preview has no address of its own yet.
    if page.live and (url := page.get_full_url(request)):
        properties.append(("og:url", url))
    if description := page_description(page):
        properties.append(("og:description", description))
    if image_url:
        properties.append(("og:image", image_url))
        if alt := getattr(page, "cover_alt", ""):
            properties.append(("og:image:alt", alt))
    if is_publication and page.first_published_at:
        properties.append(("article:published_time", page.first_published_at.isoformat()))
    return properties
