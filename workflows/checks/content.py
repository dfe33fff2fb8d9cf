"""Walking a page's own fields and StreamField blocks, with German locations an
editor can find in the edit form ("Feld „Text“ › Block 3 (Bild) › Alternativtext")."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.text import capfirst

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

SEPARATOR = " › "


@dataclass(frozen=True)
class BlockItem:
    block: blocks.Block
    value: Any
    location: str
    #: The enclosing struct, list or stream item; None for a top-level block.
    parent: "BlockItem | None" = None


@dataclass(frozen=True)
class RichTextItem:
    source: str
    location: str


def field_label(field: models.Field) -> str:
    return f"Feld „{capfirst(field.verbose_name)}“"


def page_own_fields(page: Page) -> list[models.Field]:
    """The fields the page type adds to Wagtail's ``Page`` (editors' content and metadata)."""
    return [
        field
        for field in type(page)._meta.get_fields()
        if getattr(field, "model", None) is not Page
        and not field.auto_created
        and (field.concrete or field.many_to_many)
    ]


def content_blocks(*, instance: models.Model, prefix: str = "") -> Iterator[BlockItem]:
    """Every block of every StreamField of ``instance``, nested blocks included, in form order."""
    for field in type(instance)._meta.get_fields():
        if isinstance(field, StreamField):
            yield from _walk_stream(getattr(instance, field.name), _located(field, prefix))


def content_rich_texts(*, instance: models.Model, prefix: str = "") -> Iterator[RichTextItem]:
    """The stored HTML of every rich text field and rich text block of ``instance``, in form order."""
    for field in type(instance)._meta.get_fields():
        if isinstance(field, RichTextField):
            yield RichTextItem(getattr(instance, field.name) or "", _located(field, prefix))
        elif isinstance(field, StreamField):
            for item in _walk_stream(getattr(instance, field.name), _located(field, prefix)):
                if isinstance(item.block, blocks.RichTextBlock) and item.value is not None:
                    yield RichTextItem(item.value.source, item.location)


def _located(field: models.Field, prefix: str) -> str:
    return f"{prefix}{SEPARATOR}{field_label(field)}" if prefix else field_label(field)


def _walk_stream(stream_value, path: str, parent: BlockItem | None = None) -> Iterator[BlockItem]:
    for index, child in enumerate(stream_value or [], start=1):
        yield from _walk(child.block, child.value, f"{path}{SEPARATOR}Block {index} ({child.block.label})", parent)


def _walk(block: blocks.Block, value: Any, path: str, parent: BlockItem | None) -> Iterator[BlockItem]:
    item = BlockItem(block=block, value=value, location=path, parent=parent)
    yield item
    if value is None:
        return
    if isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _walk(child_block, value.get(name), f"{path}{SEPARATOR}{child_block.label}", item)
    elif isinstance(block, blocks.StreamBlock):
        yield from _walk_stream(value, path, item)
    elif isinstance(block, blocks.ListBlock):
        for index, child_value in enumerate(value, start=1):
            yield from _walk(block.child_block, child_value, f"{path}{SEPARATOR}Eintrag {index}", item)
