"""The text of the demo issues of IQ konkret, as raw StreamField data.

Everything here is invented for the demo (DOMAIN.md §9): people, projects,
figures and quotations. One module per issue; the seeder in ``magazine/demo.py``
turns them into pages.
"""

from dataclasses import dataclass, field

PHOTO_CREDIT = "Illustration: IQ Publisher (Demo)"
CHART_CREDIT = "Grafik: IQ Publisher (Demo); Daten: IQ Monitoring (fiktiv)"


@dataclass
class ArticleSpec:
    slug: str
    title: str
    article_type: str
    lead: str
    authors: list = field(default_factory=list)
    body: list = field(default_factory=list)


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*paragraphs: str) -> dict:
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def rich(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def quote(text: str, attribution: str) -> dict:
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def figure(image, *, alt: str, caption: str, credit: str = PHOTO_CREDIT) -> dict:
    return {"type": "figure", "value": {"image": image.pk, "alt": alt, "caption": caption, "credit": credit}}


def info_box(title: str, html: str) -> dict:
    return {"type": "info_box", "value": {"title": title, "body": html}}


def fact_box(title: str, facts: list[str], source: str = "") -> dict:
    return {"type": "fact_box", "value": {"title": title, "facts": facts, "source": source}}


def interview(*, interviewees: str, interviewer: str, pairs: list[tuple[str, str]]) -> dict:
    return {
        "type": "interview",
        "value": {
            "interviewer": interviewer,
            "interviewees": interviewees,
            "pairs": [
                {"question": question, "answer": f"<p>{answer}</p>", "speaker": ""} for question, answer in pairs
            ],
        },
    }


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
