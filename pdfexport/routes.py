"""The ``pdf/`` routes every publication page offers: another output format
of a page is a route on that page, not a separate view."""

from typing import TYPE_CHECKING

from django.http import Http404
from django.utils.translation import gettext, gettext_noop

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from .composite import pdf_if_servable, pdf_is_composite, pdf_servable
from .file_names import file_name_stem
from .models import PdfKind
from .selectors import pdf_archive, pdf_for_live_revision, pdf_last_good, pdf_published_by_sha, pdf_render_state
from .serving import pdf_edition_gone_response, pdf_pending_response, pdf_response

if TYPE_CHECKING:
    from .withdrawal import PdfWithdrawalNotice


class PdfRouteMixin(RoutablePageMixin):
    """Mix into a page type that has a print template ``<app>/<model>_print.html``."""

    #: Used in file names and headings, e.g. "IQ Fact Sheet". German in every language:
    #: it names PDF files and the catalogue stores it; readers see ``publication_type_display``.
    publication_type_label = gettext_noop("Publikation")
    #: Defaults to the web template's name with ``_print`` before ``.html``.
    print_template: str | None = None
    #: Set by a composite (an issue binding its articles): its print template gives each
    #: bound page the anchor ``<prefix><page id>``, which tells which pages a stored PDF
    #: binds (``composite.py``). Empty: the PDF is this page's content alone.
    pdf_part_anchor_prefix = ""

    @property
    def publication_type_display(self) -> str:
        """The type label in the active language ("Themendossier", "Thematic dossier")."""
        return gettext(self.publication_type_label)

    def get_print_template(self) -> str:
        return self.print_template or self.template.removesuffix(".html") + "_print.html"

    def get_print_context(self, *, revision) -> dict:
        return {"page": self, "self": self, "revision": revision, "is_print": True}

    def pdf_dependent_pages(self) -> list:
        """Pages whose PDFs include this page's content and must be re-rendered when
        it is published or unpublished (a magazine issue for its articles)."""
        return []

    def pdf_file_name_dependents(self) -> list:
        """Pages whose PDF file names read this page, though their PDFs do not (the
        articles of an issue: a shared title adds the section to each name). Saving
        this page forgets their remembered downloads (``fast_path.py``)."""
        return []

    def pdf_withdrawal_notice(self) -> "PdfWithdrawalNotice | None":
        """A ``PdfWithdrawalNotice`` when the publication is withdrawn, else None.
        Page types that can be withdrawn override this (``cms``)."""
        return None

    def pdf_live_kind(self) -> str:
        """The kind of PDF that ``pdf/`` serves: the stamped one once withdrawn."""
        return PdfKind.WITHDRAWN if self.pdf_withdrawal_notice() is not None else PdfKind.PUBLICATION

    def pdf_live_kinds(self) -> tuple[str, ...]:
        """What a live revision is rendered as: always the original, which the
        archive keeps, and the stamped PDF while the page is withdrawn."""
        live_kind = self.pdf_live_kind()
        return (PdfKind.PUBLICATION,) if live_kind == PdfKind.PUBLICATION else (PdfKind.PUBLICATION, live_kind)

    def pdf_filename_stem(self) -> str:
        """What names this publication in its PDF file names: type label and title,
        e.g. "IQ-Fact-Sheet-Beratung-2023-in-Zahlen" (``file_names.py``). Page types
        extend this (a dossier adds its edition), never ``pdf_filename`` itself."""
        return file_name_stem(prefix=self.publication_type_label, title=self.title)

    def pdf_document_title(self) -> str:
        """The PDF's document title (the print HTML's <title>, which readers see in
        the window title); types whose titles repeat extend it, e.g. an article with its issue."""
        return self.title

    def pdf_filename(self, *, suffix: str = "") -> str:
        # The routes add a suffix (edition date, "_ENTWURF"): an override that forgot
        # the argument made every such route a 500, hence the stem hook.
        return f"{self.pdf_filename_stem()}{suffix}.pdf"

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        # Readers never wait: until the live revision's PDF exists (or when its
        # render failed) they get the last good one, which the page labels as such.
        # A withdrawn page never falls back to an unstamped PDF, and a composite never
        # to one that binds a page unpublished or restricted since: until its queued
        # re-render exists, readers wait.
        kind = self.pdf_live_kind()
        current = pdf_for_live_revision(page=self, kind=kind)
        servable = pdf_servable(page=self, pdfs=[current, pdf_last_good(page=self, kind=kind)])
        if not servable:
            return pdf_pending_response(request=request, page=self, render=pdf_render_state(page=self, kind=kind))
        pdf = servable[0]
        suffix = "_zurueckgezogen" if kind == PdfKind.WITHDRAWN else ""
        return pdf_response(
            request=request,
            page=self,
            pdf=pdf,
            filename=self.pdf_filename(suffix=suffix),
            remember=pdf == current,
        )

    @re_path(r"^pdf/(?P<sha256>[0-9a-f]{64})/$", name="pdf_edition")
    def pdf_edition_view(self, request, sha256: str):
        """An edition at a stable URL: named by its hash, so it is cached forever."""
        pdf = pdf_published_by_sha(page=self, sha256=sha256)
        if pdf is None:
            raise Http404("Keine veröffentlichte Fassung mit dieser Prüfsumme.")
        if pdf_if_servable(page=self, pdf=pdf) is None:
            # It binds a page that is no longer public; editors have it in the PDF archive.
            return pdf_edition_gone_response(request=request, page=self)
        date = pdf.revision.created_at.date().isoformat() if pdf.revision else pdf.created_at.date().isoformat()
        return pdf_response(
            request=request,
            page=self,
            pdf=pdf,
            filename=self.pdf_filename(suffix=f"_{date}"),
            # A composite's edition can stop being public: no year in shared caches.
            immutable=not pdf_is_composite(self),
            remember=True,
        )

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(pdf_download=None, pdf_previous=None, pdf_render=None, pdf_editions=[], pdf_withdrawn=False)
        if not getattr(request, "is_preview", False):
            kind = self.pdf_live_kind()
            context["pdf_withdrawn"] = kind == PdfKind.WITHDRAWN
            context["pdf_download"] = pdf_if_servable(page=self, pdf=pdf_for_live_revision(page=self, kind=kind))
            if context["pdf_download"] is None:
                context["pdf_render"] = pdf_render_state(page=self, kind=kind)
                context["pdf_previous"] = pdf_if_servable(page=self, pdf=pdf_last_good(page=self, kind=kind))
            context["pdf_editions"] = pdf_servable(page=self, pdfs=pdf_archive(page=self))
        return context
