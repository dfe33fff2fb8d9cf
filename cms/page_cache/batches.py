"""Which URLs a change makes stale: one ``PurgeBatch`` per change.

A publication is shown by its own page, its listing page and that listing's
feed, the home page and ``/feed/``, the catalogue and its feed, and
``/sitemap.xml``; besides, by the pages its PDF depends on
(``pdf_dependent_pages()``: an article's issue, an issue's articles, the
edition it supersedes) and, for a publication inside a publication (an article
in its issue), by its neighbouring siblings, which link to it as previous and
next. Nothing else shows a publication, so nothing else is purged.

A page that is not a publication is either the home page (it shows only itself
and its feed) or part of the site's frame: the listing pages, the catalogue and
the legal pages are named in the navigation or the footer of every page, so
publishing one purges every live page of the site. That is rare, and a partial
purge would leave every other page with a stale header or footer.
"""

from django.apps import apps
from django.urls import NoReverseMatch

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from cms.models.index import PublicationIndexPage
from pdfexport.publication import is_publication

SITEMAP_PATH = "sitemap.xml"


def _page_add(batch: PurgeBatch, page: Page) -> None:
    """The page and its HTML and feed routes; ``pdf/`` is the fast path's."""
    page = page.specific_deferred
    url = page.get_full_url(batch)
    if url is None:
        return
    batch.add_page(page)
    if not isinstance(page, RoutablePageMixin):
        return
    for pattern in page.get_subpage_urls():
        if not pattern.name or pattern.name.startswith("pdf"):
            continue
        try:
            route = page.reverse_subpage(pattern.name)
        except NoReverseMatch:
            # A route with parameters has no one URL to purge.
            continue
        if route:
            batch.add_url(url + route)


def _editions_add(batch: PurgeBatch, page: Page) -> None:
    """The page's editions in other languages: their language switcher and
    hreflang links name this one (cms/i18n/editions.py)."""
    for edition in page.get_translations().live().filter(alias_of__isnull=True):
        _page_add(batch, edition)


def _homes(site: Site) -> list[Page]:
    """The site's root page and its translations, each the home of a language's tree."""
    root = site.root_page
    return [root, *root.get_translations().live()]


def _site_frame_add(batch: PurgeBatch, site: Site) -> None:
    """Home (with ``/feed/``), the catalogue (with its feed) and the sitemap, in every language."""
    catalogue_model = apps.get_model("cms", "CataloguePage")
    for home in _homes(site):
        _page_add(batch, home)
        for catalogue in catalogue_model.objects.live().descendant_of(home):
            _page_add(batch, catalogue)
    batch.add_url(site.root_url.rstrip("/") + "/" + SITEMAP_PATH)


def _listing_of(page: Page) -> Page | None:
    for ancestor in page.get_ancestors().reverse().specific(defer=True):
        if isinstance(ancestor, PublicationIndexPage):
            return ancestor
    return None


def _neighbours(page: Page) -> list[Page]:
    """The live siblings just before and after ``page`` in tree order."""
    siblings = Page.objects.sibling_of(page, inclusive=False).live()
    found = [
        siblings.filter(path__lt=page.path).order_by("-path").first(),
        siblings.filter(path__gt=page.path).order_by("path").first(),
    ]
    return [sibling for sibling in found if sibling is not None]


def publication_urls_add(batch: PurgeBatch, *, page: Page) -> None:
    page = page.specific_deferred
    _page_add(batch, page)
    _editions_add(batch, page)
    if (listing := _listing_of(page)) is not None:
        _page_add(batch, listing)
    for dependent in page.pdf_dependent_pages():
        if dependent.live:
            _page_add(batch, dependent)
    parent = page.get_parent()
    if parent is not None and is_publication(parent.specific_deferred):
        for sibling in _neighbours(page):
            _page_add(batch, sibling)
    if (site := page.get_site()) is not None:
        _site_frame_add(batch, site)


def page_urls_add(batch: PurgeBatch, *, page: Page) -> None:
    """What changing ``page`` (published, unpublished, withdrawn, moved) makes stale."""
    page = page.specific_deferred
    if is_publication(page):
        publication_urls_add(batch, page=page)
        return
    site = page.get_site()
    _editions_add(batch, page)
    if site is None:
        _page_add(batch, page)
    elif page.pk == site.root_page_id:
        _site_frame_add(batch, site)
    else:
        site_urls_add(batch, site=site)
        # Not live any more (unpublished), so not among the site's live pages.
        _page_add(batch, page)


def site_urls_add(batch: PurgeBatch, *, site: Site) -> None:
    for home in _homes(site):
        for page in Page.objects.live().descendant_of(home, inclusive=True).specific(defer=True):
            _page_add(batch, page)
    batch.add_url(site.root_url.rstrip("/") + "/" + SITEMAP_PATH)
