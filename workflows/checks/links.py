"""Internal links point to live pages: page links in rich text, page chooser
blocks and page fields (e.g. the edition a dossier replaces)."""

from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from wagtail import blocks
from wagtail.models import Page

from .content import content_blocks, content_rich_texts, field_label, page_own_fields
from .registry import check_register
from .report import Finding


@dataclass(frozen=True)
class PageLink:
    page_id: int
    location: str
    #: The linked text in rich text; empty for chooser blocks and fields.
    text: str = ""


@check_register(code="internal_links", label="Interne Links", required=True)
def check_internal_links(context) -> Iterator[Finding]:
    page = context.page
    links = [link for link in _page_links(page) if link.page_id != page.pk]
    targets = Page.objects.filter(pk__in={link.page_id for link in links}).only("pk", "title", "live").in_bulk()
    for link in links:
        target = targets.get(link.page_id)
        if target is not None and target.live:
            continue
        what = f"Der Link „{link.text}“" if link.text else "Der Verweis"
        if target is None:
            yield Finding(
                message=f"{what} führt zu einer gelöschten Seite (ID {link.page_id}).",
                location=link.location,
                hint="Bitte den Link entfernen oder eine veröffentlichte Seite als Ziel wählen.",
            )
        else:
            yield Finding(
                message=f"{what} führt zur Seite „{target.title}“, die nicht veröffentlicht ist.",
                location=link.location,
                hint=f"Bitte „{target.title}“ zuerst veröffentlichen oder eine veröffentlichte Seite als Ziel wählen.",
            )


def _page_links(page: Page) -> Iterator[PageLink]:
    for field in page_own_fields(page):
        if field.is_relation and field.related_model is not None and issubclass(field.related_model, Page):
            if field.many_to_many:
                for target in getattr(page, field.name).all():
                    yield PageLink(page_id=target.pk, location=field_label(field))
            elif (target_id := getattr(page, field.attname)) is not None:
                yield PageLink(page_id=target_id, location=field_label(field))
    for item in content_blocks(instance=page):
        if isinstance(item.block, blocks.PageChooserBlock) and item.value is not None:
            yield PageLink(page_id=item.value.pk, location=item.location)
    for item in content_rich_texts(instance=page):
        for target_id, text in _rich_text_page_links(item.source):
            yield PageLink(page_id=target_id, location=item.location, text=text)


class _PageLinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, str]] = []
        self._open: tuple[int, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        if tag == "a" and attributes.get("linktype") == "page" and (attributes.get("id") or "").isdigit():
            self._open = (int(attributes["id"]), [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            target_id, parts = self._open
            self.links.append((target_id, " ".join("".join(parts).split())))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[1].append(data)


def _rich_text_page_links(source: str) -> list[tuple[int, str]]:
    parser = _PageLinkParser()
    parser.feed(source)
    parser.close()
    return parser.links
