"""Blocks of IQ konkret: the shared story blocks plus interview, project portrait,
fact box and the fact sheets' chart for articles, and the picture credits of an
issue's imprint."""

from django.utils.translation import gettext

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.blocks import STORY_BLOCKS, FactBoxBlock, InterviewBlock
from cms.charts.blocks import ChartBlock


class ProjectPortraitValue(blocks.StructValue):
    def public_contact(self):
        """The contact person, or None without documented consent (GDPR): then
        the portrait names the organisation's own address instead."""
        contact = self.get("contact")
        return contact if contact is not None and contact.consent_published else None

    def details(self) -> list[tuple[str, str]]:
        """Label/value pairs for the portrait's fact list, empty ones left out."""
        organisation = self.get("organisation")
        network = self.get("network")
        action_area = self.get("action_area")
        rows = [
            (gettext("Träger"), organisation.name if organisation else ""),
            (gettext("Ort"), organisation.city if organisation else ""),
            (gettext("Netzwerk"), network.name if network else ""),
            (gettext("Handlungsschwerpunkt"), action_area.name if action_area else ""),
        ]
        return [(label, value) for label, value in rows if value]


class ProjectPortraitBlock(blocks.StructBlock):
    """A project of the programme in brief: who runs it, where, in which action
    area, and whom to contact."""

    project_name = blocks.CharBlock(label="Projektname", max_length=160)
    subproject = SnippetChooserBlock(
        "cms.Subproject",
        label="Teilprojekt",
        required=False,
        help_text="Das Teilprojekt im Verzeichnis: Das Porträt verlinkt seine Seite, die Seite dieses Heft.",
    )
    organisation = SnippetChooserBlock("cms.Organisation", label="Träger")
    network = SnippetChooserBlock("cms.RegionalNetwork", label="Netzwerk", required=False)
    action_area = SnippetChooserBlock("cms.ActionArea", label="Handlungsschwerpunkt", required=False)
    text = blocks.RichTextBlock(
        label="Kurzbeschreibung",
        features=["bold", "italic", "link"],
        help_text="Zwei bis vier Sätze: Was macht das Projekt, für wen, mit welchem Ergebnis?",
    )
    contact = SnippetChooserBlock(
        "cms.Person",
        label="Kontakt",
        required=False,
        help_text="Name und Kontaktdaten erscheinen nur, wenn die Einwilligung der Person vorliegt.",
    )

    class Meta:
        icon = "group"
        label = "Projektporträt"
        template = "magazine/blocks/project_portrait_block.html"
        value_class = ProjectPortraitValue


class PhotoCreditBlock(blocks.StructBlock):
    credit = blocks.CharBlock(label="Bildnachweis", max_length=200, help_text="z. B. „Foto: Anna Muster“")
    pages = blocks.CharBlock(
        label="Seiten",
        max_length=60,
        required=False,
        help_text="z. B. „1, 6“. Leer lassen: Das Heft-PDF setzt die Seiten der Bilder mit genau diesem "
        "Bildnachweis selbst ein.",
    )

    class Meta:
        icon = "image"
        label = "Bildnachweis"
        template = "magazine/blocks/photo_credit_block.html"


ARTICLE_BLOCKS = [
    *STORY_BLOCKS,
    ("interview", InterviewBlock()),
    ("project_portrait", ProjectPortraitBlock()),
    ("fact_box", FactBoxBlock()),
    # The fact sheets' block, so "Daten und Fakten" draws its charts from data as
    # vector graphics with a table, not as pictures with text baked in.
    ("chart", ChartBlock()),
]
