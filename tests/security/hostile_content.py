"""One draft of every publication type with hostile text in every field an
editor writes, for tests that must show it comes out as text, web and print.

Plain fields (CharBlock, TextBlock, URLs, snippets) are stored as they are: the
admin's validation is not what keeps the page safe, the templates are. Rich
text is stored as the editor's converter stores it, from contentstate such as
a hostile client can post (Wagtail trusts stored rich text; the converter is
where links with other schemes lose their href).
"""

import datetime
import json
import re

from cms.blocks import PARAGRAPH_FEATURES
from cms.factories import OrganisationFactory, PersonFactory
from cms.form_input.rich_text import BoundedDraftailRichTextArea
from cms.stream_data import chart
from dossiers.blocks import FOOTNOTE_TEXT_FEATURES
from dossiers.factories import DossierIndexPageFactory, DossierPageFactory
from dossiers.stream_data import chapter, footnote, reference, section, version
from factsheets.factories import FactSheetIndexPageFactory, FactSheetPageFactory, key_figure
from goodpractice.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from magazine.blocks import ARTICLE_BLOCKS
from magazine.factories import (
    MagazineArchivePageFactory,
    MagazineArticlePageFactory,
    MagazineIssuePageFactory,
    photo_credit,
    project_portrait,
)
from magazine.models.issue import EDITORIAL_FEATURES

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>'
SVG = "<svg onload=alert(1)>"
IFRAME = "<iframe src=javascript:alert(1)></iframe>"
# Would close a PDF string and open a JavaScript action if written unescaped.
PDF_STRING_BREAK = '")/JS(app.alert(1))'
PAREN_MIX = "\\) (\\\\"
TITLE_BREAK = "</title><script>alert(1)</script>"

HOSTILE_URLS = ("javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>")
SAFE_URL = "https://example.org/sicher"

#: What must reach the reader as text wherever it was typed.
VISIBLE_PAYLOADS = (SCRIPT, ATTRIBUTE_BREAK, SVG, PDF_STRING_BREAK, PAREN_MIX)
LABEL = re.compile(r"«([^«»]+)»")

INFO_BOX_FEATURES = ["bold", "italic", "link", "ol", "ul"]
INTERVIEW_FEATURES = ["bold", "italic", "link", "ul"]
PORTRAIT_FEATURES = ["bold", "italic", "link"]


def hostile(label: str) -> str:
    """``label`` and every text payload; the label tells which field lost its text."""
    return f"«{label}» {SCRIPT} {ATTRIBUTE_BREAK} {SVG} {PDF_STRING_BREAK} {PAREN_MIX}"


def hostile_heading(label: str) -> str:
    return f"«{label}» {IFRAME} {SCRIPT} {PDF_STRING_BREAK} {PAREN_MIX}"


def hostile_title(label: str) -> str:
    return f"«{label}» {TITLE_BREAK} {PDF_STRING_BREAK} {PAREN_MIX}"


def editor_html(label: str, *, features: list[str], suffix: str = "") -> str:
    """Rich text as the admin stores it when a client posts this contentstate:
    hostile text, one link per hostile scheme and one safe link."""
    text = hostile(label) + suffix
    ranges, entities = [], {}
    for key, url in enumerate((*HOSTILE_URLS, SAFE_URL)):
        word = f" link{key}"
        ranges.append({"offset": len(text) + 1, "length": len(word) - 1, "key": key})
        entities[str(key)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
        text += word
    contentstate = {
        "blocks": [
            {
                "key": "xss01",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": ranges,
            }
        ],
        "entityMap": entities,
    }
    widget = BoundedDraftailRichTextArea(features=features)
    return widget.value_from_datadict({"text": json.dumps(contentstate)}, {}, "text")


def _story(image, *, heading_level: str = "h2") -> list[dict]:
    """The shared story blocks (cms/blocks.py STORY_BLOCKS), each field hostile."""
    return [
        {"type": "paragraph", "value": editor_html("paragraph", features=PARAGRAPH_FEATURES)},
        {"type": "heading", "value": {"text": hostile_heading("heading"), "level": heading_level}},
        {"type": "quote", "value": {"quote": hostile("quote"), "attribution": hostile("attribution")}},
        {
            "type": "figure",
            "value": {
                "image": image.pk,
                "alt": hostile("alt"),
                "caption": hostile("caption"),
                "credit": hostile("credit"),
            },
        },
        {
            "type": "info_box",
            "value": {"title": hostile("info title"), "body": editor_html("info body", features=INFO_BOX_FEATURES)},
        },
    ]


def _interview(label: str) -> dict:
    return {
        "type": "interview",
        "value": {
            "interviewer": hostile(f"{label} interviewer"),
            "interviewees": hostile(f"{label} interviewees"),
            "pairs": [
                {
                    "question": hostile(f"{label} question"),
                    "answer": editor_html(f"{label} answer", features=INTERVIEW_FEATURES),
                    "speaker": hostile(f"{label} speaker"),
                }
            ],
        },
    }


def _organisation(label: str):
    """A carrier whose website was stored without the admin's URL check."""
    return OrganisationFactory(
        name=hostile(f"{label} organisation"), city=f"«{label} city» {ATTRIBUTE_BREAK}", website=HOSTILE_URLS[0]
    )


def _contact(organisation, *, consent: bool = True):
    return PersonFactory(
        first_name="Kim",
        # Within the admin's 100 characters.
        last_name=f"«contact» {SCRIPT} {SVG}",
        role=hostile("contact role"),
        organisation=organisation,
        email="kontakt@example.org",
        consent_published=consent,
    )


def _portrait() -> dict:
    organisation = _organisation("portrait")
    block = project_portrait(
        name=hostile("portrait name"), organisation=organisation, text="", contact=_contact(organisation)
    )
    # The helper wraps plain text; the portrait's text is rich text from the editor here.
    block["value"]["text"] = editor_html("portrait text", features=PORTRAIT_FEATURES)
    return block


def _article_body(image) -> list[dict]:
    return [
        *_story(image),
        _interview("interview"),
        _portrait(),
        {
            "type": "fact_box",
            "value": {"title": hostile("fact title"), "facts": [hostile("fact")], "source": hostile("fact source")},
        },
        # Articles draw charts too once their body offers the fact sheets' block.
        *([_chart()] if "chart" in dict(ARTICLE_BLOCKS) else []),
    ]


def _description() -> dict:
    return {
        "title": hostile_title("title"),
        "teaser": hostile_title("teaser"),
        "search_description": hostile_title("search description"),
    }


def _chart() -> dict:
    return chart(
        header=(hostile("chart category head"), hostile("chart series")),
        rows=[(hostile("chart row"), "14.800"), ("Ingenieurwesen", "9.200")],
        unit="<b>%",
        caption=hostile("chart caption"),
        alt=f"Die Grafik zeigt zwei Balken mit {hostile('chart note')}.",
        source=hostile("chart source"),
        as_of=datetime.date(2023, 12, 31),
    )


def _fact_sheet(home, image):
    page = FactSheetPageFactory(
        parent=FactSheetIndexPageFactory(parent=home),
        live=False,
        slug="xss-fact-sheet",
        subtitle=hostile("subtitle"),
        key_figures=[key_figure("61400", "<i>", hostile("figure label"), source=hostile("figure source"))],
        body=[*_story(image), _chart()],
        methodology_note=editor_html("methodology", features=["bold", "italic", "link"]),
        sources=editor_html("sources", features=["bold", "italic", "link", "ul"]),
        **_description(),
    )
    return page, []


def _issue_page(home, **fields):
    return MagazineIssuePageFactory(
        parent=MagazineArchivePageFactory(parent=home),
        live=False,
        slug="xss-issue",
        focus_title=hostile("focus"),
        editorial_title=hostile("editorial title"),
        editorial=editor_html("editorial", features=EDITORIAL_FEATURES),
        layout_credit=hostile("layout"),
        printer=hostile("printer"),
        photo_credits=[photo_credit(hostile("photo credit"), pages="1")],
        **fields,
    )


def _article(parent, image):
    return MagazineArticlePageFactory(
        parent=parent,
        live=False,
        slug="xss-article",
        title=hostile_title("title"),
        lead=hostile_title("lead"),
        search_description=hostile_title("search description"),
        body=_article_body(image),
    )


def _magazine_issue(home, image):
    """The issue binds its live articles into its PDF: one hostile article goes with it."""
    issue = _issue_page(home, **_description())
    return issue, [_article(issue, image)]


def _magazine_article(home, image):
    return _article(_issue_page(home), image), []


def _dossier(home, image):
    paragraph = editor_html("chapter paragraph", features=PARAGRAPH_FEATURES, suffix="[fn:xss]")
    body = [
        {"type": "paragraph", "value": paragraph},
        section(hostile_heading("section")),
        *(block for block in _story(image) if block["type"] in {"quote", "figure"}),
        {
            "type": "info_box",
            "value": {"title": hostile("info title"), "body": editor_html("info body", features=INFO_BOX_FEATURES)},
        },
    ]
    return DossierPageFactory(
        parent=DossierIndexPageFactory(parent=home),
        live=False,
        slug="xss-dossier",
        subtitle=hostile("subtitle"),
        abstract=editor_html("abstract", features=["bold", "italic", "link", "ul", "ol"]),
        chapters=[chapter(hostile_heading("chapter"), *body)],
        footnotes=[footnote("xss", editor_html("footnote", features=FOOTNOTE_TEXT_FEATURES))],
        references=[
            reference(
                authors=hostile(f"reference {n} authors"),
                year="2024",
                title=hostile(f"reference {n} title"),
                source=hostile(f"reference {n} source"),
                url=url,
                accessed="2024-05-01",
            )
            for n, url in enumerate(HOSTILE_URLS)
        ],
        version_history=[version("2025-04-15", '"><b>', hostile("version note"))],
        **_description(),
    ), []


def _good_practice(home, image):
    carrier = _organisation("carrier")
    sections = {field: _story(image, heading_level="h3") for field in ("challenge", "approach", "results", "transfer")}
    return GoodPracticePageFactory(
        parent=GoodPracticeIndexPageFactory(parent=home),
        live=False,
        slug="xss-good-practice",
        subtitle=hostile("subtitle"),
        project_name=hostile("project name"),
        carrier=carrier,
        # Without consent the sheet names the carrier, with its (unchecked) website.
        contact=_contact(carrier, consent=False),
        target_group_note=hostile("target group note"),
        interview=[_interview("gp interview")],
        **sections,
        **_description(),
    ), []


#: Label → builder of (draft, drafts of children to publish first) below ``home``.
HOSTILE_DRAFTS = {
    "fact_sheet": _fact_sheet,
    "magazine_issue": _magazine_issue,
    "magazine_article": _magazine_article,
    "dossier": _dossier,
    "good_practice": _good_practice,
}
