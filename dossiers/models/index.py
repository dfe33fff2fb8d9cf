from cms.models import PublicationIndexPage


class DossierIndexPage(PublicationIndexPage):
    publication_model = "dossiers.DossierPage"
    listing_order = ("-data_as_of", "title")
    subpage_types = [publication_model]
    template = "dossiers/dossier_index_page.html"

    class Meta:
        verbose_name = "Übersicht Themendossiers"

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        dossiers = list(self.publications().select_related("fachstelle", "supersedes"))
        # An edition is current unless a live newer edition replaces it.
        replaced = {dossier.supersedes_id for dossier in dossiers if dossier.supersedes_id}
        context["dossiers"] = [dossier for dossier in dossiers if dossier.pk not in replaced]
        context["earlier_editions"] = [dossier for dossier in dossiers if dossier.pk in replaced]
        return context
