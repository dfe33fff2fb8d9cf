"""The catalogue: every publication of every type, to filter and search."""

from django.http import HttpRequest

from wagtail.contrib.routable_page.models import path

from .faceted_listing import FacetedListingPage


class CataloguePage(FacetedListingPage):
    """The demo puts it at ``/publikationen/``; the listing is built from the
    catalogue's entries (``cms/catalogue/``)."""

    template = "cms/catalogue_page.html"

    class Meta:
        verbose_name = "Publikationskatalog"
        verbose_name_plural = "Publikationskataloge"

    @path("", name="listing")
    def listing_view(self, request: HttpRequest):
        from cms.catalogue.views import catalogue_listing

        return catalogue_listing(request=request, page=self)

    @path("feed/", name="feed")
    def feed_view(self, request: HttpRequest):
        """The new publications that match the filter in the query string."""
        from cms.catalogue.views import catalogue_feed

        return catalogue_feed(request=request, page=self)
