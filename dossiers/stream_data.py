"""Raw StreamField data of a dossier, as the admin stores it (for the demo and the factories)."""


def chapter(title: str, *body: dict) -> dict:
    return {"type": "chapter", "value": {"title": title, "body": list(body)}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def section(title: str) -> dict:
    return {"type": "section", "value": {"title": title}}


def info_box(title: str, html: str) -> dict:
    return {"type": "info_box", "value": {"title": title, "body": html}}


def quote(text: str, attribution: str = "") -> dict:
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def footnote(key: str, html: str) -> dict:
    return {"type": "footnote", "value": {"key": key, "text": html}}


def reference(*, authors: str, year: str, title: str, source: str = "", url: str = "", accessed: str = "") -> dict:
    return {
        "type": "reference",
        "value": {
            "authors": authors,
            "year": year,
            "title": title,
            "source": source,
            "url": url,
            "accessed": accessed or None,
        },
    }


def version(date: str, edition: str, note: str) -> dict:
    return {"type": "version", "value": {"date": date, "edition": edition, "note": note}}
