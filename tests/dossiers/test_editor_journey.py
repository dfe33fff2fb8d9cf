"""Editors write dossiers in the admin: chapters are numbered for them, footnotes
are marked in the text, and a marker without its note is refused with a clear
error before anything is saved."""

from django.urls import reverse

from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from dossiers.factories import DossierPageFactory
from dossiers.models import DossierPage
from workflows.publish_guard import publishing_authorised

from .helpers import form_error_messages

INTRO = ("Einleitung", "<p>Viele können mehr, als ihre Zeugnisse zeigen.[fn:einleitung]</p>")
METHODS = ("Verfahren im Vergleich", "<p>Validierung und Arbeitsprobe im Vergleich.[fn:verfahren]</p>")
NOTES = [("einleitung", "<p>IQ Monitoring 2024.</p>"), ("verfahren", "<p>Vgl. <i>Weber/Lindner</i> 2022.</p>")]


def _chapter(title: str, html: str, section: str = "") -> tuple[str, dict]:
    body = [("paragraph", rich_text(html))]
    if section:
        body += [("section", {"title": section}), ("paragraph", rich_text("<p>Mehr dazu.</p>"))]
    return ("chapter", {"title": title, "body": streamfield(body)})


def _form(*, chapters, notes=NOTES, fachstelle, authors, title="Kompetenzfeststellung ohne Zeugnis") -> dict:
    data = nested_form_data(
        {
            "title": title,
            "slug": "kompetenzfeststellung-ohne-zeugnis",
            "subtitle": "Ansätze für Menschen ohne formalen Abschluss",
            "teaser": "Validierungsverfahren, Arbeitsproben und Teilqualifikationen im Vergleich.",
            "publication_date": "2025-04-15",
            "data_as_of": "2025-03-31",
            "language": "de",
            "abstract": rich_text("<p>Das Dossier vergleicht Verfahren der Kompetenzfeststellung.</p>"),
            "fachstelle": fachstelle.pk,
            "edition": "1.0",
            "version_history": streamfield([("version", {"date": "2025-04-15", "edition": "1.0", "note": "Neu."})]),
            "chapters": streamfield([_chapter(*chapter) for chapter in chapters]),
            "footnotes": streamfield([("footnote", {"key": key, "text": rich_text(html)}) for key, html in notes]),
            "references": streamfield(
                [
                    (
                        "reference",
                        {
                            "authors": "Weber, Katrin; Lindner, Paul",
                            "year": "2022",
                            "title": "Kompetenzen erfassen",
                            "source": "Bielefeld: wbv",
                            "url": "",
                            "accessed": "",
                        },
                    )
                ]
            ),
        }
    )
    # A multiple choice field posts one value per choice, which nested_form_data would number.
    return {**data, "authors": [author.pk for author in authors]}


def _add_url(index) -> str:
    return reverse("wagtailadmin_pages:add", args=("dossiers", "dossierpage", index.pk))


@pytest.mark.django_db
def test_editor_creates_a_dossier_with_chapters_and_a_footnote(client, editor, dossier_index, fachstelle, authors):
    client.force_login(editor)
    response = client.post(
        _add_url(dossier_index), _form(chapters=[INTRO, METHODS], fachstelle=fachstelle, authors=authors)
    )

    assert response.status_code == 302, response.context and response.context["form"].errors
    dossier = DossierPage.objects.get(slug="kompetenzfeststellung-ohne-zeugnis")
    assert not dossier.live
    assert [chapter.value["title"] for chapter in dossier.chapters] == ["Einleitung", "Verfahren im Vergleich"]
    assert "[fn:einleitung]" in dossier.chapters[0].value["body"][0].value.source
    assert [note.value["key"] for note in dossier.footnotes] == ["einleitung", "verfahren"]
    assert set(dossier.authors.all()) == set(authors)


@pytest.mark.django_db
def test_a_marker_without_its_footnote_is_refused_and_nothing_is_saved(
    client, editor, dossier_index, fachstelle, authors
):
    client.force_login(editor)
    response = client.post(
        _add_url(dossier_index),
        _form(
            chapters=[INTRO, ("Verfahren", "<p>Hier fehlt die Fußnote.[fn:fehlt]</p>")],
            notes=[*NOTES[:1], ("uebrig", "<p>Nirgends markiert.</p>")],
            fachstelle=fachstelle,
            authors=authors,
        ),
    )

    assert response.status_code == 200
    form = response.context["form"]
    chapter_errors = form_error_messages(form, "chapters")
    assert (
        "Kapitel 2 „Verfahren“: Zur Markierung [fn:fehlt] gibt es keine Fußnote. Bitte unter „Fußnoten“ eine "
        "Fußnote mit der Kennung „fehlt“ anlegen oder die Markierung löschen."
    ) in chapter_errors
    assert any("Die Fußnote „uebrig“ wird im Text nicht verwendet" in m for m in form_error_messages(form, "footnotes"))
    assert "[fn:fehlt]" in response.content.decode(), "the error is shown in the editor"
    assert not DossierPage.objects.exists()
    assert not Revision.objects.filter(content_type__model="dossierpage").exists()


@pytest.mark.django_db
def test_an_edit_that_breaks_a_footnote_adds_no_revision(client, editor, dossier_index, fachstelle, authors):
    client.force_login(editor)
    client.post(_add_url(dossier_index), _form(chapters=[INTRO, METHODS], fachstelle=fachstelle, authors=authors))
    dossier = DossierPage.objects.get()
    revisions = dossier.revisions.count()

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(dossier.pk,)),
        _form(chapters=[INTRO, METHODS], notes=NOTES[:1], fachstelle=fachstelle, authors=authors),
    )

    assert response.status_code == 200
    assert any(
        "[fn:verfahren] gibt es keine Fußnote" in m for m in form_error_messages(response.context["form"], "chapters")
    )
    assert dossier.revisions.count() == revisions


def _publish(client, user, *, url, form) -> None:
    """Save through the admin, then publish that revision as the last stage of
    the dossier workflow does (tests/dossiers/test_review_journey.py)."""
    client.force_login(user)
    response = client.post(url, form)
    assert response.status_code == 302, response.context and response.context["form"].errors
    client.logout()
    with publishing_authorised():
        DossierPage.objects.get().get_latest_revision().publish()


def _headings(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [" ".join(h.get_text(" ", strip=True).split()) for h in soup.select(".chapter__title, .section-title")]


@pytest.mark.django_db
def test_chapter_and_section_numbers_are_generated_and_follow_the_order(
    client, approver, dossier_index, fachstelle, authors
):
    intro = (*INTRO, "Ausgangslage")
    methods = (*METHODS, "Qualifikationsanalyse")
    _publish(
        client,
        approver,
        url=_add_url(dossier_index),
        form=_form(chapters=[intro, methods], fachstelle=fachstelle, authors=authors),
    )
    dossier = DossierPage.objects.get()
    html = client.get(dossier.url).content.decode()
    assert _headings(html) == [
        "1 Einleitung",
        "1.1 Ausgangslage",
        "2 Verfahren im Vergleich",
        "2.1 Qualifikationsanalyse",
    ]
    assert _note_numbers(html) == {"einleitung": "1", "verfahren": "2"}

    # Moving the second chapter to the front renumbers chapters, sections and footnotes.
    _publish(
        client,
        approver,
        url=reverse("wagtailadmin_pages:edit", args=(dossier.pk,)),
        form=_form(chapters=[methods, intro], fachstelle=fachstelle, authors=authors),
    )
    html = client.get(dossier.url).content.decode()
    assert _headings(html) == [
        "1 Verfahren im Vergleich",
        "1.1 Qualifikationsanalyse",
        "2 Einleitung",
        "2.1 Ausgangslage",
    ]
    assert _note_numbers(html) == {"verfahren": "1", "einleitung": "2"}


def _note_numbers(html: str) -> dict[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    return {
        call["href"].removeprefix("#fn-"): call.get_text(strip=True).removeprefix("Fußnote")
        for call in soup.select("a[role=doc-noteref]")
    }


@pytest.mark.django_db
def test_web_footnote_links_resolve_both_ways(client, approver, dossier_index, fachstelle, authors):
    _publish(
        client,
        approver,
        url=_add_url(dossier_index),
        form=_form(chapters=[INTRO, METHODS], fachstelle=fachstelle, authors=authors),
    )
    soup = BeautifulSoup(client.get(DossierPage.objects.get().url).content, "html.parser")

    ids = [element["id"] for element in soup.select("[id]")]
    assert len(ids) == len(set(ids)), "ids are unique"
    for link in soup.select('a[href^="#"]'):
        assert soup.find(id=link["href"][1:]) is not None, f"{link['href']} has no target"

    calls = soup.select("a[role=doc-noteref]")
    assert len(calls) == 2
    for call in calls:
        note = soup.find(id=call["href"][1:])
        assert note.name == "li"
        assert note.find_parent(attrs={"role": "doc-endnotes"}) is not None
        back = note.select_one("a[role=doc-backlink]")
        assert back["href"] == f"#{call['id']}"
        assert call["aria-describedby"] == "footnotes-heading" and soup.find(id="footnotes-heading")
    assert "Weber/Lindner" in soup.select_one("#fn-verfahren").get_text()
    assert "[fn:" not in soup.get_text()


@pytest.mark.django_db
def test_admin_lists_dossiers_with_edition_and_fachstelle(client, editor, dossier_index, fachstelle, authors):
    DossierPageFactory(parent=dossier_index, title="Leitfaden Beratung", edition="2.0", fachstelle=fachstelle)
    client.force_login(editor)
    response = client.get(reverse("dossiers:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Leitfaden Beratung" in html and "Fassung" in html and "2.0" in html
    assert "IQ Fachstelle Anerkennung und Qualifizierung" in html
