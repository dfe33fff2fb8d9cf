"""Raw StreamField data for the shared story blocks (``cms/blocks.py``), as the
admin stores it: one place for the demo content and the factories of every app."""


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
    """``pairs`` of (question, answer) or (question, answer, speaker); answers are plain text."""
    return {
        "type": "interview",
        "value": {
            "interviewer": interviewer,
            "interviewees": interviewees,
            "pairs": [
                {"question": pair[0], "answer": f"<p>{pair[1]}</p>", "speaker": pair[2] if len(pair) > 2 else ""}
                for pair in pairs
            ],
        },
    }
