"""The pages § 4 BITV 2.0 asks of a federal site: the site explained in
Leichte Sprache and in Deutsche Gebärdensprache (DGS), both linked from the
header of every page."""

from django.core.exceptions import ValidationError
from django.db import models

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import FigureBlock, HeadingBlock

#: Extension → MIME type of the videos a browser plays in ``<video>`` without a plug-in.
VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}

NOT_A_VIDEO = (
    "„{title}“ ist keine Videodatei. Bitte ein Video im Format MP4 oder WebM hochladen (Dateiendung .mp4 oder .webm)."
)
VIDEO_CONTENT_MISMATCH = (
    "„{title}“ heißt zwar .{extension}, ist aber kein {label}-Video. Bitte die Videodatei selbst hochladen."
)
VIDEO_UNREADABLE = "Die Datei von „{title}“ lässt sich nicht lesen. Bitte das Video erneut hochladen."

EASY_PARAGRAPH_MAX_LENGTH = 400


def _looks_like(extension: str, head: bytes) -> bool:
    # A renamed PDF or Word file would pass the extension test and break the player.
    if extension == "mp4":
        return head[4:8] == b"ftyp"
    return head[:4] == b"\x1a\x45\xdf\xa3"  # EBML header of WebM (Matroska)


def video_problem(*, document) -> str | None:
    """An editor-facing message if ``document`` is not an MP4 or WebM video, else None."""
    extension = (document.file_extension or "").lower()
    if extension not in VIDEO_TYPES:
        return NOT_A_VIDEO.format(title=document.title)
    try:
        with document.file.open("rb") as stored:
            head = stored.read(12)
    except (OSError, ValueError):
        return VIDEO_UNREADABLE.format(title=document.title)
    if not _looks_like(extension, head):
        return VIDEO_CONTENT_MISMATCH.format(title=document.title, extension=extension, label=extension.upper())
    return None


EASY_LANGUAGE_BLOCKS = [
    ("heading", HeadingBlock()),
    (
        "paragraph",
        blocks.RichTextBlock(
            label="Kurzer Absatz",
            features=["bold", "link", "ul"],
            max_length=EASY_PARAGRAPH_MAX_LENGTH,
            help_text=(
                f"Höchstens {EASY_PARAGRAPH_MAX_LENGTH} Zeichen. Kurze Sätze: ein Gedanke pro Satz, "
                "keine Fremdwörter, keine Abkürzungen."
            ),
            template="cms/blocks/paragraph_block.html",
        ),
    ),
    ("image", FigureBlock()),
]


class EasyLanguagePage(Page):
    """Leichte Sprache: what the site offers and how to find one's way around it."""

    #: Shown on the page and in its markup, so readers and tools can tell the variant.
    language_variant = "Leichte Sprache"

    body = StreamField(EASY_LANGUAGE_BLOCKS, verbose_name="Text in Leichter Sprache")

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "cms/easy_language_page.html"

    class Meta:
        verbose_name = "Leichte Sprache"
        verbose_name_plural = "Leichte Sprache"


class SignLanguagePage(Page):
    """Gebärdensprache: the site explained in a DGS video the editors upload."""

    intro = RichTextField("Einleitung", features=["bold", "italic", "link"], blank=True)
    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Video in Deutscher Gebärdensprache",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Als Dokument hochladen: MP4 (H.264) oder WebM. Andere Dateien werden abgelehnt.",
    )
    transcript = models.TextField(
        "Transkript",
        blank=True,
        help_text="Der Inhalt des Videos als Text, für alle, die das Video nicht sehen oder hören können.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("video"), FieldPanel("transcript")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("transcript")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "cms/sign_language_page.html"

    class Meta:
        verbose_name = "Gebärdensprache"
        verbose_name_plural = "Gebärdensprache"

    def clean(self) -> None:
        super().clean()
        if self.video_id and (problem := video_problem(document=self.video)):
            raise ValidationError({"video": problem})

    @property
    def video_mime_type(self) -> str:
        return VIDEO_TYPES.get((self.video.file_extension or "").lower(), "") if self.video_id else ""
