"""The ``pdf/`` route every publication page offers (STYLE.md: other output
formats come as a route on the page)."""

from django.utils.text import slugify

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from .selectors import pdf_for_live_revision, pdf_render_state
from .serving import pdf_pending_response, pdf_response


class PdfRouteMixin(RoutablePageMixin):
    """Mix into a page type that has a print template ``<app>/<model>_print.html``."""

    #: Used in file names and headings, e.g. "IQ Fact Sheet".
    publication_type_label = "Publikation"

    #: Defaults to the web template's name with ``_print`` before ``.html``.
    print_template: str | None = None

    def get_print_template(self) -> str:
        return self.print_template or self.template.removesuffix(".html") + "_print.html"

    def get_print_context(self, *, revision) -> dict:
        return {"page": self, "self": self, "revision": revision, "is_print": True}

    def pdf_dependent_pages(self) -> list:
        """Pages whose PDFs include this page's content and must be re-rendered when
        it is published or unpublished (a magazine issue for its articles)."""
        return []

    def pdf_filename(self) -> str:
        # Dashes first: slugify drops "–", which would turn "2023–2025" into "20232025".
        title = self.title.replace("–", "-").replace("—", "-")
        return f"{slugify(self.publication_type_label)}_{slugify(title)}.pdf"

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        pdf = pdf_for_live_revision(page=self)
        if pdf is None:
            return pdf_pending_response(request=request, page=self, render=pdf_render_state(page=self))
        return pdf_response(request=request, page=self, pdf=pdf, filename=self.pdf_filename())

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context["pdf_download"] = context["pdf_render"] = None
        else:
            context["pdf_download"] = pdf_for_live_revision(page=self)
            context["pdf_render"] = None if context["pdf_download"] else pdf_render_state(page=self)
        return context
