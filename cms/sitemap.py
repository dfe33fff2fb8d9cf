"""``/sitemap.xml``: every live public page in every language, and for a
publication its PDF too, each with the date it last changed; a page with
editions in other languages names them as hreflang alternates."""

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from pdfexport.publication import is_publication
from pdfexport.selectors import pdf_lastmod_by_revision


class PublicationSitemap(Sitemap):
    """Wagtail's sitemap plus one entry per publication PDF.

    The PDF's ``lastmod`` is when the file a reader gets was rendered, which
    can be later than the page's own date (an issue re-rendered for a
    republished article). Looked up for a whole sitemap page in one query:
    hence ``_urls`` is overridden rather than each page's ``get_sitemap_urls``.
    """

    def items(self):
        """Wagtail lists the site's root page and below; the English tree hangs from the
        root's translation beside it. Aliases are left out: German text in another locale."""
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, alias_of__isnull=True).live()
        in_a_tree = Q()
        for each in roots:
            in_a_tree |= Q(path__startswith=each.path)
        return (
            Page.objects.filter(in_a_tree, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = _alternates(pages=pages, request=self.request)
        pdf_lastmods = pdf_lastmod_by_revision(
            revision_ids=[item.live_revision_id for item in pages if is_publication(item)]
        )
        urls = []
        for item in pages:
            entries = item.get_sitemap_urls(self.request)
            if entries and item.translation_key in alternates:
                entries[0]["alternates"] = alternates[item.translation_key]
            if is_publication(item) and item.live_revision_id in pdf_lastmods and entries:
                entries.append(
                    {"location": entries[0]["location"] + "pdf/", "lastmod": pdf_lastmods[item.live_revision_id]}
                )
            urls.extend(entries)
        lastmods = [entry.get("lastmod") for entry in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def _alternates(*, pages: list[Page], request) -> dict:
    """``{translation_key: [{"lang_code", "location"}, …]}`` for the pages with more
    than one live public edition, x-default the German one; one query per sitemap page."""
    keys = {page.translation_key for page in pages}
    editions: dict = {}
    rows = (
        Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale__language_code")
    )
    for row in rows:
        editions.setdefault(row.translation_key, []).append(row)
    found = {}
    for key, rows_of_key in editions.items():
        if len(rows_of_key) < 2:
            continue
        links = [{"lang_code": row.locale.language_code, "location": row.get_full_url(request)} for row in rows_of_key]
        default = next((link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None)
        if default is not None:
            links.append({"lang_code": "x-default", "location": default["location"]})
        found[key] = links
    return found
