"""Admin rules of IQ konkret."""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail import hooks

from magazine.models import MagazineIssuePage

COPY_REFUSED = (
    "Eine Ausgabe lässt sich nicht kopieren: Jahr und Nummer gibt es nur einmal. Bitte eine neue Ausgabe "
    "anlegen; einzelne Artikel lassen sich in die neue Ausgabe kopieren."
)


@hooks.register("before_copy_page")
def refuse_copying_an_issue(request, page):
    # A copy (or alias) would carry the same year and number, which the model
    # refuses on save: without this the editor would meet a server error.
    if page.specific_class is MagazineIssuePage:
        messages.warning(request, COPY_REFUSED)
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None
