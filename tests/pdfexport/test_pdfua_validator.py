"""Every publication of the demo, as published (rendered by the seed through
``html_render_pdf`` and the tag repair), passes the independent PDF/UA-1
validator with no failure, and keeps the tag facts the validator does not
check: no content outside the tree, notes, header scopes, TOC links."""

import io

from wagtail.models import Page

import pytest
from pypdf import PdfReader

from dossiers.models import DossierPage
from magazine.models import MagazineIssuePage
from pdfexport.models import PdfKind, PublicationPDF
from tests.pdfexport.tagging_inspection import RUNNING_FOOTER, pdfua_failures, tag_facts

# One seed (about two minutes) for the whole module, in one worker.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo-seed")]


@pytest.fixture(scope="module")
def published(seeded, django_db_blocker) -> dict[str, bytes]:
    """Slug → bytes of the published PDF of every live publication of the demo."""
    pdfs = {}
    with django_db_blocker.unblock():
        for page in Page.objects.live().specific().order_by("path"):
            if not hasattr(page, "get_print_template") or page.live_revision_id is None:
                continue
            pdf = PublicationPDF.objects.filter(revision_id=page.live_revision_id, kind=PdfKind.PUBLICATION).first()
            if pdf is not None:
                with pdf.file.open("rb") as stored:
                    pdfs[f"{type(page).__name__}:{page.slug}"] = stored.read()
    return pdfs


def test_every_published_demo_pdf_passes_the_pdfua_validator(published):
    assert len(published) >= 20, sorted(published)
    failures = {
        name: [failure["rule_id"] for failure in pdfua_failures(content)] for name, content in published.items()
    }
    assert {name: rules for name, rules in failures.items() if rules} == {}


def test_no_marked_content_outside_the_tree_and_running_heads_are_artifacts(published):
    for name, content in published.items():
        facts = tag_facts(content)
        assert facts.orphan_marked_content == [], name
        assert not any(RUNNING_FOOTER.search(text) for text in facts.tree_text_by_page), name
        assert any(RUNNING_FOOTER.search(text) for text in facts.artifact_text_by_page), name


def test_issue_toc_has_one_announced_link_per_entry(published):
    for issue in MagazineIssuePage.objects.live():
        facts = tag_facts(published[f"MagazineIssuePage:{issue.slug}"])
        toc = [link for link in facts.links if link[1].startswith("#article-")]
        articles = issue.get_print_context(revision=issue.live_revision)["articles"]
        assert len(toc) == len(articles), "one annotation per TOC entry"
        for article in articles:
            (contents,) = [link[2] for link in toc if link[1] == f"#article-{article.pk}"]
            # The type label stands before the link: it is not read out as part of the title.
            assert contents == f"Zum Artikel: {article.title}", contents
        for _page, target, _contents, holder, in_tree in facts.links:
            assert holder == "/Link" and in_tree, target


def test_dossier_footnotes_are_notes_and_header_cells_have_a_scope(published):
    for dossier in DossierPage.objects.live():
        facts = tag_facts(published[f"DossierPage:{dossier.slug}"])
        assert facts.notes, dossier.slug
        for note_id, targets in facts.notes:
            assert f"#fnref-{note_id.removeprefix('fn-')}" in targets, note_id
        calls = {link[1] for link in facts.links}
        assert {f"#{note_id}" for note_id, _ in facts.notes} <= calls, "every note's call links to it"
        assert facts.header_scopes and None not in facts.header_scopes, dossier.slug
        toc = [link[2] for link in facts.links if link[1].startswith("#kapitel-")]
        assert toc and all(contents.startswith("Zu Kapitel ") for contents in toc), toc


def test_hyphens_in_the_text_layer_are_hyphen_minus(published):
    found = 0
    for name, content in published.items():
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
        assert "\u2010" not in text, name
        found += "Sachsen-Anhalt" in text
    assert found >= 3, "the demo names Sachsen-Anhalt in several publications"
