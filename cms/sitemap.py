"""``/sitemap.xml``: every live public page, and for a publication its PDF too,
each with the date it last changed."""

from wagtail.contrib.sitemaps import Sitemap

from pdfexport.publication import is_publication
from pdfexport.selectors import pdf_lastmod_by_revision


class PublicationSitemap(Sitemap):
    """Wagtail's sitemap plus one entry per publication PDF.

    The PDF's ``lastmod`` is when the file a reader gets was rendered, which
    can be later than the page's own date (an issue re-rendered for a
    republished article). Looked up for a whole sitemap page in one query:
    hence ``_urls`` is overridden rather than each page's ``get_sitemap_urls``.
    """

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        pdf_lastmods = pdf_lastmod_by_revision(
            revision_ids=[item.live_revision_id for item in pages if is_publication(item)]
        )
        urls = []
        for item in pages:
            entries = item.get_sitemap_urls(self.request)
            if is_publication(item) and item.live_revision_id in pdf_lastmods and entries:
                entries.append(
                    {"location": entries[0]["location"] + "pdf/", "lastmod": pdf_lastmods[item.live_revision_id]}
                )
            urls.extend(entries)
        lastmods = [entry.get("lastmod") for entry in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
