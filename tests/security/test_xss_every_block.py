"""Hostile text in every block of every publication type comes out as text: on
the web page no script, event handler, foreign frame or script URL; in the PDF
no JavaScript or launch action, no link other than http(s) and mailto, and a
title and outline that hold the editor's text literally.

One publication per type carries all payloads (tests/security/hostile_content.py),
so each type is rendered once.
"""

import contextlib
import html
import io
import json
import re

from django.urls import reverse

import pikepdf
import pytest
from bs4 import BeautifulSoup

from cms.factories import AccessibilityStatementPageFactory, OrganisationFactory
from cms.templatetags.link_tags import web_link
from dossiers.models import DossierPage
from tests.pdf_inspection import flat_text, pdf_facts
from tests.pdfexport.publication_types import PUBLICATION_DRAFTS
from tests.publishing import publish
from tests.security.hostile_content import (
    HOSTILE_DRAFTS,
    HOSTILE_URLS,
    LABEL,
    VISIBLE_PAYLOADS,
    hostile_heading,
)
from tests.workflows.form_state import page_form_data

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data")
FORBIDDEN_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
PDF_ACTION_KEYS = {"/JS", "/JavaScript", "/Launch", "/SubmitForm", "/ImportData"}
PDF_SAFE_URI = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


@pytest.fixture
def published(request, home_page, legal_pages, photo, django_capture_on_commit_callbacks):
    """The live hostile publication of the type ``request.param``, and its live children."""
    page, children = HOSTILE_DRAFTS[request.param](home_page, photo)
    children = [publish(child, capture=django_capture_on_commit_callbacks) for child in children]
    return publish(page, capture=django_capture_on_commit_callbacks).specific, children


def _scheme(value: str) -> str:
    # Browsers drop control characters and whitespace inside a scheme ("jav\tascript:").
    return re.sub(r"[\x00-\x20\x7f]+", "", value).lower()


def _html_problems(markup: str) -> list[str]:
    soup = BeautifulSoup(markup, "html.parser")
    problems = []
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            body = script.string or ""
            if "</script" in body.lower():
                problems.append("JSON-LD holds </script")
            try:
                json.loads(body)
            except ValueError:
                problems.append(f"JSON-LD does not parse: {body[:120]!r}")
        elif not (script.get("src") or "").startswith("/static/"):
            problems.append(f"script: {str(script)[:120]}")
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if name.lower().startswith("on"):
                problems.append(f"<{tag.name} {name}=…>")
            if name.lower() in URL_ATTRIBUTES and _scheme(str(value)).startswith(FORBIDDEN_SCHEMES):
                problems.append(f"<{tag.name} {name}={value!r}>")
    problems += [f"iframe: {str(tag)[:120]}" for tag in soup.find_all("iframe")]
    # The chart is the one SVG the page itself draws.
    problems += [
        f"svg: {str(tag)[:120]}" for tag in soup.find_all("svg") if "chart__svg" not in (tag.get("class") or [])
    ]
    problems += [
        f"img: {tag.get('src')!r}"
        for tag in soup.find_all("img")
        if not (tag.get("src") or "").startswith(("/media/", "/static/"))
    ]
    return problems


def _text_and_attributes(markup: str) -> str:
    soup = BeautifulSoup(markup, "html.parser")
    values = [str(v) for tag in soup.find_all(True) for v in tag.attrs.values() if isinstance(v, str)]
    return " ".join([soup.get_text(" "), *values])


def _pdf_bytes(client, page) -> bytes:
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200, response.content[:300]
    return b"".join(response.streaming_content)


def _walk(obj, seen: set):
    """Every dictionary reachable from ``obj``, indirect objects once."""
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        if obj.objgen in seen:
            return
        seen.add(obj.objgen)
    if isinstance(obj, pikepdf.Stream):
        obj = obj.stream_dict
    if isinstance(obj, pikepdf.Dictionary):
        yield obj
        for key in obj:
            yield from _walk(obj.get(key), seen)
    elif isinstance(obj, pikepdf.Array):
        for item in obj:
            yield from _walk(item, seen)


def _pdf_problems(content: bytes) -> list[str]:
    problems = []
    with pikepdf.open(io.BytesIO(content)) as pdf:
        seen: set = set()
        for start in [pdf.trailer, *pdf.objects]:
            for dictionary in _walk(start, seen):
                problems += [f"PDF key {key}" for key in PDF_ACTION_KEYS & set(dictionary.keys())]
                if str(dictionary.get("/S", "")) in PDF_ACTION_KEYS:
                    problems.append(f"PDF action {dictionary.S}")
        for number, pdf_page in enumerate(pdf.pages, start=1):
            for annotation in pdf_page.get("/Annots", []):
                action = annotation.get("/A")
                if action is not None and action.get("/S") == "/URI":
                    uri = str(action.URI)
                    if not PDF_SAFE_URI.match(uri):
                        problems.append(f"page {number}: link to {uri!r}")
    return problems


def _xmp_title(content: bytes) -> str:
    with pikepdf.open(io.BytesIO(content)) as pdf, pdf.open_metadata() as meta:
        return str(meta.get("dc:title", ""))


def _strings(value):
    # A revision holds each StreamField as a JSON string of its own.
    if isinstance(value, str) and value.startswith("["):
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _stored_texts(pages) -> str:
    """Every text of the pages' live revisions, rich text unescaped, as one string."""
    return html.unescape(" ".join(text for page in pages for text in _strings(page.live_revision.content)))


def _labels(text: str) -> set[str]:
    return set(LABEL.findall(" ".join(text.split())))


@pytest.mark.django_db
@pytest.mark.parametrize("published", sorted(HOSTILE_DRAFTS), indirect=True)
def test_hostile_text_is_harmless_on_the_web_and_in_the_pdf(client, published):
    page, children = published
    response = client.get(page.url)
    assert response.status_code == 200
    web = response.content.decode()
    content = _pdf_bytes(client, page)
    facts = pdf_facts(content)
    problems = [f"web: {problem}" for problem in _html_problems(web)]
    problems += [f"PDF: {problem}" for problem in _pdf_problems(content)]
    assert problems == [], "\n".join(problems)

    web_text = _text_and_attributes(web)
    assert [payload for payload in VISIBLE_PAYLOADS if payload not in web_text] == [], "web: payload not shown as text"
    pdf_text = " ".join([flat_text(facts.text), *facts.figure_alts, *facts.bookmarks])
    # Each field's text reaches the reader on the web page, in the PDF or both.
    stored = _stored_texts([page])
    lost = sorted(_labels(stored) - _labels(web_text) - _labels(pdf_text))
    assert lost == [], f"text of these fields is neither on the web page nor in the PDF: {lost}"

    assert page.title in facts.title, "PDF: /Title is not the literal page title"
    assert page.title in _xmp_title(content), "PDF: dc:title is not the literal page title"
    bookmarks = [" ".join(bookmark.split()) for bookmark in facts.bookmarks]
    headings = {hostile_heading(label) for label in _labels(_stored_texts([page, *children]))}
    headings &= {hostile_heading(label) for label in ("heading", "section", "chapter")}
    assert headings, "the publication has no hostile heading to look for in the outline"
    assert [heading for heading in sorted(headings) if not any(heading in mark for mark in bookmarks)] == [], (
        f"PDF: a heading is not a literal bookmark: {bookmarks}"
    )


# --- the admin refuses script URLs before they are stored -------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url", HOSTILE_URLS, ids=["javascript", "vbscript", "data"])
def test_reference_url_of_another_scheme_is_refused_in_german(client, home_page, editor, url):
    page = PUBLICATION_DRAFTS["dossier"](home_page)
    page.references = []
    page.save_revision()
    client.force_login(editor)
    data = page_form_data(
        page,
        user=editor,
        **{
            "references-count": 1,
            "references-0-type": "reference",
            "references-0-deleted": "",
            "references-0-order": 0,
            "references-0-id": "",
            "references-0-value-authors": "BIBB",
            "references-0-value-year": "2024",
            "references-0-value-title": "Validierung",
            "references-0-value-source": "",
            "references-0-value-url": url,
            "references-0-value-accessed": "2024-05-01",
        },
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200
    # Block errors reach the page as the editor's JSON, not as text.
    (error,) = response.context["form"].errors["references"].as_data()
    assert "Bitte eine gültige Adresse eingeben." in json.dumps(error.as_json_data(), ensure_ascii=False)
    stored = DossierPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [block.value["url"] for block in stored.references] == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", HOSTILE_URLS, ids=["javascript", "vbscript", "data"])
def test_organisation_website_of_another_scheme_is_refused_in_german(client, home_page, editor, url):
    organisation = OrganisationFactory(name="Träger e. V.", website="https://example.org")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_cms_organisation:edit", args=[organisation.pk]),
        {"name": organisation.name, "website": url, "email": ""},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["website"] == ["Bitte eine gültige Adresse eingeben."]
    organisation.refresh_from_db()
    assert organisation.website == "https://example.org"


@pytest.mark.parametrize(
    "url",
    [
        "jav\tascript:alert(1)",
        " JAVASCRIPT:alert(1)",
        "java\nscript:alert(1)",
        "vbscript:x",
        "data:text/html,x",
        "http://[",
    ],
)
def test_stored_address_of_another_scheme_is_no_link(url):
    assert web_link(url) == ""


@pytest.mark.parametrize("url", ["https://example.org/a?b=1&c=2", "HTTP://EXAMPLE.ORG"])
def test_stored_http_address_is_linked_as_written(url):
    assert web_link(url) == url


@pytest.mark.django_db
def test_a_stored_arbitration_address_of_another_scheme_is_no_link(client, home_page):
    # Set in the shell or by an import, it was a script link on the accessibility statement.
    statement = AccessibilityStatementPageFactory(parent=home_page)
    type(statement).objects.filter(pk=statement.pk).update(arbitration_link="javascript:alert(1)")

    response = client.get(statement.url)

    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200 and "javascript:alert(1)" in soup.get_text()
    assert not [a for a in soup.find_all("a") if "javascript" in (a.get("href") or "")]
