"""Every image has an alternative text that describes it: the cover, every image
block at any depth, images in rich text, and the logos of the funding notice."""

from collections.abc import Iterator
from html.parser import HTMLParser

from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from cms.alt_text import alt_text_problem

from .content import SEPARATOR, content_blocks, content_rich_texts, field_label, page_own_fields
from .registry import check_register
from .report import Finding

ALT_FIELD_NAMES = ("alt", "alt_text")


@check_register(code="alt_text", label="Alternativtexte", required=True)
def check_alt_texts(context) -> Iterator[Finding]:
    page = context.page
    yield from _image_fields(page)
    yield from _image_blocks(instance=page)
    yield from _rich_text_images(instance=page)
    notice = getattr(page, "funding_notice", None)
    if notice is not None:
        prefix = f"Snippet Förderhinweis „{notice}“"
        yield from _image_blocks(instance=notice, prefix=prefix)


def _image_fields(page) -> Iterator[Finding]:
    """An image foreign key such as ``cover_image`` with its alt field ``cover_alt``."""
    fields = {field.name: field for field in page_own_fields(page)}
    for field in fields.values():
        if field.many_to_one and field.related_model is get_image_model():
            image = getattr(page, field.name)
            alt_field = fields.get(field.name.removesuffix("_image") + "_alt") or fields.get(f"{field.name}_alt")
            if image is None or alt_field is None:
                continue
            alt = getattr(page, alt_field.name)
            if problem := alt_text_problem(alt=alt, image=image):
                yield _finding(image=image, alt=alt, problem=problem, location=field_label(alt_field))


def _image_blocks(*, instance, prefix: str = "") -> Iterator[Finding]:
    for item in content_blocks(instance=instance, prefix=prefix):
        if not isinstance(item.block, ImageChooserBlock) or item.value is None:
            continue
        alt_name = _alt_name(item.parent)
        if alt_name is None:
            yield Finding(
                message=f"Das Bild „{item.value.title}“ hat kein Feld für einen Alternativtext.",
                location=item.location,
                hint="Bitte das Bild mit dem Block „Bild“ einfügen: dort gibt es ein Feld für den Alternativtext.",
            )
            continue
        alt = item.parent.value.get(alt_name)
        if problem := alt_text_problem(alt=alt, image=item.value):
            alt_label = item.parent.block.child_blocks[alt_name].label
            location = f"{item.parent.location}{SEPARATOR}{alt_label}"
            yield _finding(image=item.value, alt=alt, problem=problem, location=location)


def _alt_name(parent) -> str | None:
    if parent is None or not hasattr(parent.block, "child_blocks"):
        return None
    return next((name for name in ALT_FIELD_NAMES if name in parent.block.child_blocks), None)


def _rich_text_images(*, instance) -> Iterator[Finding]:
    embeds = [(item, embed) for item in content_rich_texts(instance=instance) for embed in _image_embeds(item.source)]
    ids = {embed["id"] for _, embed in embeds if embed.get("id", "").isdigit()}
    images = get_image_model().objects.in_bulk([int(pk) for pk in ids])
    for item, embed in embeds:
        image = images.get(int(embed["id"])) if embed.get("id", "").isdigit() else None
        if image is not None and (problem := alt_text_problem(alt=embed.get("alt", ""), image=image)):
            yield _finding(image=image, alt=embed.get("alt", ""), problem=problem, location=item.location)


def _finding(*, image, alt: str, problem: str, location: str) -> Finding:
    if (alt or "").strip():
        message = f"Der Alternativtext „{alt.strip()}“ des Bilds „{image.title}“ beschreibt das Bild nicht."
    else:
        message = f"Das Bild „{image.title}“ hat keinen Alternativtext."
    return Finding(message=message, location=location, hint=problem)


class _ImageEmbedParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.embeds: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "embed" and attributes.get("embedtype") == "image":
            self.embeds.append(attributes)

    handle_startendtag = handle_starttag


def _image_embeds(source: str) -> list[dict[str, str]]:
    parser = _ImageEmbedParser()
    parser.feed(source)
    parser.close()
    return parser.embeds
