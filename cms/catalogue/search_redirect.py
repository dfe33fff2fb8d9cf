"""``/suche/``: the header's search box, answered by the catalogue."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import urlencode

from cms.models.catalogue import CataloguePage


def search_redirect(request: HttpRequest) -> HttpResponse:
    """``/suche/?q=…``, the header's search box, answered by the catalogue."""
    catalogue = CataloguePage.objects.live().public().first()
    if catalogue is None:
        return render(request, "cms/catalogue_missing.html", status=404)
    params = urlencode([(key, value) for key, values in request.GET.lists() for value in values])
    url = catalogue.get_url(request) + (f"?{params}" if params else "")
    return HttpResponseRedirect(url)
