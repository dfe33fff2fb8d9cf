"""Raw StreamField data for the shared story blocks (``cms/blocks.py``) and the
chart block (``cms/charts/blocks.py``), as the admin stores them: one place for
the demo content and the factories of every app."""

import datetime
import uuid
from collections.abc import Sequence


def rich_text(html: str) -> dict:
    """A paragraph block from ready HTML."""
    return {"type": "paragraph", "value": html}


def paragraph(*texts: str) -> dict:
    """One paragraph block holding each text as its own ``<p>``."""
    return rich_text("".join(f"<p>{text}</p>" for text in texts))


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def quote(text: str, attribution: str = "") -> dict:
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def figure(image, *, alt: str, caption: str = "", credit: str = "") -> dict:
    return {"type": "figure", "value": {"image": image.pk, "alt": alt, "caption": caption, "credit": credit}}


def info_box(title: str, html: str) -> dict:
    return {"type": "info_box", "value": {"title": title, "body": html}}


def fact_box(title: str, facts: list[str], source: str = "") -> dict:
    return {"type": "fact_box", "value": {"title": title, "facts": facts, "source": source}}


def interview(*, interviewees: str, pairs: list[tuple[str, ...]], interviewer: str = "") -> dict:
    """``pairs`` of (question, answer) or (question, answer, speaker); answers are plain text.

    The pairs are list items with ids, as the admin stores them: wagtail-localize
    extracts no segments from a list in the older plain format, so an English
    edition would keep the German questions and answers.
    """
    return {
        "type": "interview",
        "value": {
            "interviewer": interviewer,
            "interviewees": interviewees,
            "pairs": [
                _list_item(
                    {"question": pair[0], "answer": f"<p>{pair[1]}</p>", "speaker": pair[2] if len(pair) > 2 else ""}
                )
                for pair in pairs
            ],
        },
    }


def _list_item(value) -> dict:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def chart_table(*, header: Sequence[str], rows: Sequence[Sequence[str]]) -> dict:
    """A chart's table as the admin's table editor stores it. Cells are text typed
    the German way ("14.800", "6,5"): the block parses them, as it does an editor's."""
    return {
        "data": [list(header), *(list(row) for row in rows)],
        "table_header_choice": "both",
        "first_row_is_table_header": True,
        "first_col_is_header": True,
        "table_caption": "",
    }


def chart(
    *,
    caption: str,
    alt: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    source: str,
    as_of: datetime.date,
    unit: str = "",
    chart_type: str = "bar",
) -> dict:
    """A chart block drawn from its table. ``header`` names the categories and
    each series; ``alt`` is the text alternative, a whole sentence."""
    return {
        "type": "chart",
        "value": {
            "chart_type": chart_type,
            "data": chart_table(header=header, rows=rows),
            "unit": unit,
            "caption": caption,
            "text_alternative": alt,
            "source": source,
            "as_of": as_of.isoformat(),
        },
    }
