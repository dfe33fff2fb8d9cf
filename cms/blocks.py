"""The shared story blocks. Web and print templates render the same blocks;
block templates switch on ``is_print`` in their context where the media differ."""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from cms.alt_text import alt_text_problem


def _validate_alt(value, *, image_field: str = "image", alt_field: str = "alt") -> None:
    image = value.get(image_field)
    if image and (problem := alt_text_problem(alt=value.get(alt_field), image=image)):
        raise StructBlockValidationError({alt_field: ValidationError(problem)})


class LogoBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Logo")
    alt = blocks.CharBlock(label="Alternativtext", max_length=200, help_text="z. B. „Europäische Union – Kofinanziert“")

    class Meta:
        icon = "image"
        label = "Logo"
        template = "cms/blocks/logo_block.html"

    def clean(self, value):
        value = super().clean(value)
        _validate_alt(value)
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Überschrift", max_length=200)
    level = blocks.ChoiceBlock(
        label="Ebene",
        choices=[("h2", "Ebene 2"), ("h3", "Ebene 3"), ("h4", "Ebene 4")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "Zwischenüberschrift"
        template = "cms/blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="Zitat")
    attribution = blocks.CharBlock(label="Quelle/Person", required=False)

    class Meta:
        icon = "openquote"
        label = "Zitat"
        template = "cms/blocks/quote_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Bild")
    alt = blocks.CharBlock(
        label="Alternativtext",
        max_length=300,
        help_text="Beschreibt, was das Bild zeigt – für Screenreader und das barrierefreie PDF.",
    )
    caption = blocks.CharBlock(label="Bildunterschrift", required=False, max_length=300)
    credit = blocks.CharBlock(label="Bildnachweis", required=False, max_length=200)

    class Meta:
        icon = "image"
        label = "Bild"
        template = "cms/blocks/figure_block.html"

    def clean(self, value):
        value = super().clean(value)
        _validate_alt(value)
        return value


class InfoBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", max_length=120)
    body = blocks.RichTextBlock(label="Inhalt", features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "info-circle"
        label = "Infobox"
        template = "cms/blocks/info_box_block.html"


class InterviewQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label="Frage")
    answer = blocks.RichTextBlock(label="Antwort", features=["bold", "italic", "link", "ul"])
    speaker = blocks.CharBlock(
        label="Antwortende Person", required=False, help_text="Leer lassen, wenn dieselbe Person wie zuvor antwortet."
    )

    class Meta:
        icon = "help"
        label = "Frage und Antwort"
        template = "cms/blocks/interview_question_block.html"


class InterviewBlock(blocks.StructBlock):
    """An interview as question/answer pairs, with who asks and who answers."""

    interviewer = blocks.CharBlock(label="Fragen von", required=False, help_text="z. B. Kürzel der Redaktion")
    interviewees = blocks.CharBlock(label="Gesprächspartner*innen", help_text="Name, Funktion, Einrichtung")
    pairs = blocks.ListBlock(InterviewQuestionBlock(), label="Fragen und Antworten", min_num=1)

    class Meta:
        icon = "openquote"
        label = "Interview"
        template = "cms/blocks/interview_block.html"


class FactBoxBlock(blocks.StructBlock):
    """Short facts in a box ("Daten und Fakten"), each with an optional source."""

    title = blocks.CharBlock(label="Titel", max_length=120)
    facts = blocks.ListBlock(blocks.CharBlock(label="Fakt", max_length=300), label="Fakten", min_num=1)
    source = blocks.CharBlock(label="Quelle", required=False, max_length=200)

    class Meta:
        icon = "list-ul"
        label = "Faktenbox"
        template = "cms/blocks/fact_box_block.html"


PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]

STORY_BLOCKS = [
    (
        "paragraph",
        blocks.RichTextBlock(label="Absatz", features=PARAGRAPH_FEATURES, template="cms/blocks/paragraph_block.html"),
    ),
    ("heading", HeadingBlock()),
    ("quote", QuoteBlock()),
    ("figure", FigureBlock()),
    ("info_box", InfoBoxBlock()),
]
