"""The text of the demo issues of IQ konkret, as raw StreamField data.

Everything here is invented for the demo: people, projects,
figures and quotations. One module per issue; the seeder in ``demo/magazine/seed.py``
turns them into pages.
"""

from dataclasses import dataclass, field

# The shared story and chart blocks; re-exported for the issue modules.
from cms.stream_data import chart, fact_box, heading, info_box, interview, paragraph, quote
from cms.stream_data import figure as shared_figure
from cms.stream_data import rich_text as rich

__all__ = [
    "PHOTO_CREDIT",
    "ArticleSpec",
    "chart",
    "fact_box",
    "figure",
    "heading",
    "info_box",
    "interview",
    "paragraph",
    "project_portrait",
    "quote",
    "rich",
]

PHOTO_CREDIT = "Illustration: IQ Publisher (Demo)"


@dataclass
class ArticleSpec:
    slug: str
    title: str
    article_type: str
    lead: str
    authors: list = field(default_factory=list)
    body: list = field(default_factory=list)


def figure(image, *, alt: str, caption: str, credit: str = PHOTO_CREDIT) -> dict:
    return shared_figure(image, alt=alt, caption=caption, credit=credit)


def project_portrait(*, name: str, organisation, text: str, network=None, action_area=None, contact=None) -> dict:
    return {
        "type": "project_portrait",
        "value": {
            "project_name": name,
            "organisation": organisation.pk,
            "network": network.pk if network else None,
            "action_area": action_area.pk if action_area else None,
            "text": f"<p>{text}</p>",
            "contact": contact.pk if contact else None,
        },
    }
