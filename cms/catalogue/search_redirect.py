"""``/suche/`` and ``/en/suche/``: the header's search box, answered by the catalogue."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import urlencode

from cms.i18n.editions import active_language
from cms.models.catalogue import CataloguePage

from .query import LANGUAGE_PARAM


def search_redirect(request: HttpRequest) -> HttpResponse:
    """``/suche/?q=…``, the header's search box, answered by the catalogue in the
    reader's language; without an English catalogue the German one, filtered to English."""
    language = active_language()
    catalogues = CataloguePage.objects.live().public()
    catalogue = catalogues.filter(locale__language_code=language).first()
    pairs = [(key, value) for key, values in request.GET.lists() for value in values]
    if catalogue is None and language != settings.LANGUAGE_CODE:
        catalogue = catalogues.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if catalogue is not None and not request.GET.getlist(LANGUAGE_PARAM):
            pairs.append((LANGUAGE_PARAM, language))
    if catalogue is None:
        return render(request, "cms/catalogue_missing.html", status=404)
    params = urlencode(pairs)
    url = catalogue.get_url(request) + (f"?{params}" if params else "")
    return HttpResponseRedirect(url)
