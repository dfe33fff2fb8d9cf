"""Atom feeds of new publications: all of them (``/feed/`` on the home page)
and one per publication type (``feed/`` below each listing page).

Built on Django's syndication framework. An entry is a publication (issue,
fact sheet, dossier, good-practice sheet), newest first by the date it first
went online; the PDF is an enclosure with its size. A withdrawn publication
stays in the feed, marked in its title, as it stays online with its notice.
"""

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.utils.feedgenerator import Atom1Feed, Enclosure

from wagtail.models import Page

from cms.models.withdrawal import Withdrawal
from pdfexport.models import PdfKind, PublicationPDF

ENTRIES = 30
WITHDRAWN_PREFIX = "Zurückgezogen: "


class PublicationFeed(Feed):
    feed_type = Atom1Feed
    language = "de"
    author_name = "Integration durch Qualifizierung (IQ)"

    def __init__(self, *, page: Page, title: str, subtitle: str, publications: QuerySet) -> None:
        super().__init__()
        self._page = page
        self._title = title
        self._subtitle = subtitle
        self._publications = publications

    def __call__(self, request, *args, **kwargs):
        self._request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return self._title

    def subtitle(self) -> str:
        return self._subtitle

    def link(self) -> str:
        return self._page.get_full_url(self._request)

    def feed_url(self) -> str:
        return self._request.build_absolute_uri()

    def items(self) -> list[Page]:
        entries = list(self._publications.order_by("-first_published_at")[:ENTRIES])
        # Two queries for all entries, not two per entry.
        self._withdrawn = set(Withdrawal.objects.filter(page__in=entries).values_list("page_id", flat=True))
        withdrawn_revisions = {entry.live_revision_id for entry in entries if entry.pk in self._withdrawn}
        self._pdfs = {}
        for pdf in PublicationPDF.objects.filter(
            revision_id__in=[entry.live_revision_id for entry in entries],
            kind__in=(PdfKind.PUBLICATION, PdfKind.WITHDRAWN),
        ).order_by("created_at"):
            # What ``pdf/`` serves: the stamped PDF once withdrawn, else the original.
            wanted = PdfKind.WITHDRAWN if pdf.revision_id in withdrawn_revisions else PdfKind.PUBLICATION
            if pdf.kind == wanted:
                self._pdfs[pdf.revision_id] = pdf
        return entries

    def item_title(self, item: Page) -> str:
        label = f"{item.publication_type_label}: {item.title}"
        return WITHDRAWN_PREFIX + label if item.pk in self._withdrawn else label

    def item_description(self, item: Page) -> str:
        return item.teaser

    def item_link(self, item: Page) -> str:
        return item.get_full_url(self._request)

    def item_guid(self, item: Page) -> str:
        return item.get_full_url(self._request)

    def item_pubdate(self, item: Page):
        return item.first_published_at

    def item_updateddate(self, item: Page):
        return item.last_published_at

    def item_enclosures(self, item: Page) -> list[Enclosure]:
        pdf = self._pdfs.get(item.live_revision_id)
        if pdf is None:
            return []
        return [Enclosure(item.get_full_url(self._request) + "pdf/", str(pdf.byte_size), "application/pdf")]
