"""The publications that name a subproject: good-practice sheets that point to
it and magazine articles whose project portrait chooses it.

cms knows no content app, so it does not ask the sheets or the portraits: it
asks Wagtail's reference index, which records every foreign key and chooser
block of every page (``docs/decisions.md``, „Publikationen zu einem
Teilprojekt“). The index is built from the page row, which is the live
content, so a mention that is only in a draft is not listed. A fixed number
of queries however many publications there are.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest

from wagtail.models import Page, ReferenceIndex

from cms.models.publication import BasePublicationPage
from cms.models.subproject import Subproject


@dataclass(frozen=True)
class PublicationMention:
    title: str
    url: str
    type_label: str
    # The publication the page belongs to when it is a part of one (an article's issue).
    part_of: str


def subproject_publications(*, subproject: Subproject, request: HttpRequest | None = None) -> list[PublicationMention]:
    page_type = ContentType.objects.get_for_model(Page)
    ids = {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(subproject)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    }
    if not ids:
        return []
    pages = list(Page.objects.filter(pk__in=ids).live().public().specific().order_by("path"))
    parents = _parents(page for page in pages if not isinstance(page, BasePublicationPage))
    mentions = []
    for page in pages:
        parent = parents.get(page.path[: -Page.steplen])
        mentions.append(
            PublicationMention(
                title=page.title,
                url=page.get_url(request),
                type_label=getattr(page, "publication_type_label", "") or getattr(parent, "publication_type_label", ""),
                part_of=parent.title if parent is not None else "",
            )
        )
    return sorted(mentions, key=lambda mention: (mention.type_label, mention.part_of, mention.title))


def _parents(pages) -> dict[str, Page]:
    paths = {page.path[: -Page.steplen] for page in pages}
    if not paths:
        return {}
    return {
        parent.path: parent
        for parent in Page.objects.filter(path__in=paths).specific()
        if isinstance(parent, BasePublicationPage)
    }
