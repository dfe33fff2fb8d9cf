"""The way from the home page down to a page: the breadcrumb navigation and its
``BreadcrumbList``."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from .links import absolute_url

#: Depth of the home page: the tree root (depth 1) is no page a reader visits.
HOME_DEPTH = 2
HOME_LABEL = _("Startseite")


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str
    #: The page's class, without a query for the specific page (``Page.specific_class``).
    page_class: type[Page] | None


def breadcrumb_trail(*, page, request) -> list[Crumb]:
    """Home … parent, then ``page``; empty for the home page itself. One query,
    remembered on the page: the head and the body both ask."""
    cached = getattr(page, "_breadcrumb_trail", None)
    if cached is not None:
        return cached
    trail: list[Crumb] = []
    # A page previewed before its first save has no place in the tree yet.
    if getattr(page, "path", None) and page.depth and page.depth > HOME_DEPTH:
        ancestors = page.get_ancestors().filter(depth__gte=HOME_DEPTH)
        trail = [_crumb(ancestor, request) for ancestor in ancestors]
        trail.append(Crumb(title=page.title, url=page.get_url(request) or "", page_class=type(page)))
    page._breadcrumb_trail = trail
    return trail


def _crumb(ancestor: Page, request) -> Crumb:
    title = str(HOME_LABEL) if ancestor.depth == HOME_DEPTH else ancestor.title
    return Crumb(title=title, url=ancestor.get_url(request) or "", page_class=ancestor.specific_class)


def breadcrumb_list_json_ld(*, trail: list[Crumb], request) -> dict | None:
    if not trail:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                **({"item": absolute_url(url=crumb.url, request=request)} if crumb.url else {}),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }
