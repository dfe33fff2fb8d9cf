"""The public directory of the subprojects: placed once below the home page
(the demo puts it at ``/teilprojekte/``). It lists, filters and searches them
(``cms/subprojects/``) and shows each at ``<directory>/<slug>/`` with the
publications that name it."""

from django.http import HttpRequest

from wagtail.contrib.routable_page.models import path

from .faceted_listing import FacetedListingPage


class SubprojectDirectoryPage(FacetedListingPage):
    template = "cms/subprojects/directory_page.html"

    class Meta:
        verbose_name = "Teilprojektverzeichnis"
        verbose_name_plural = "Teilprojektverzeichnisse"

    @path("", name="listing")
    def listing_view(self, request: HttpRequest):
        from cms.subprojects.views import subproject_listing

        return subproject_listing(request=request, page=self)

    @path("<slug:slug>/", name="subproject")
    def subproject_view(self, request: HttpRequest, slug: str):
        from cms.subprojects.views import subproject_detail

        return subproject_detail(request=request, page=self, slug=slug)
