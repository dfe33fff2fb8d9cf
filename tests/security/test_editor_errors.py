"""What an editor can post or search answers a German error or plain text, never a 500.

Each used to: a table that is not JSON, a revert posted without its form, a
search in the people, topics and organisations listings, and a list nested
3,000 deep in rich text (RecursionError in the admin, in WeasyPrint for the PDF).
"""

import json

from django.apps import apps
from django.urls import URLResolver, get_resolver, reverse

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText, expand_db_html
from wagtail.snippets.models import get_snippet_models
from wagtail.templatetags.wagtailcore_tags import richtext
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
import wagtail_factories

from cms.factories import (
    FundingNoticeFactory,
    FundingPeriodFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
    UserFactory,
)
from cms.form_input.rich_text import UNREADABLE_TEXT_MESSAGE, BoundedDraftailRichTextArea
from cms.form_input.stream_field import INCOMPLETE_STREAM_MESSAGE
from cms.form_input.table_block import UNREADABLE_TABLE_MESSAGE, ReadableTableBlock
from cms.form_input.unreadable import UnreadableInput
from cms.models import (
    ActionArea,
    Fachstelle,
    FundingNotice,
    FundingPeriod,
    Organisation,
    Person,
    RegionalNetwork,
    Subproject,
    Topic,
)
from cms.rich_text_nesting import MAX_LIST_LEVELS, TOO_DEEP_MESSAGE, html_too_deep
from goodpractice.factories import ActionAreaFactory, RegionalNetworkFactory, TargetGroupFactory
from goodpractice.models import TargetGroup
from pdfexport.revision_render import pdf_print_html
from workflows.publish_guard import publishing_authorised

ALT = "Pflege und Gesundheit liegt mit 14.800 Beratungen deutlich vor Ingenieurwesen mit 9.200."
DEEP = 3000
DEEP_HTML = "<ul><li>Punkt" * DEEP + "</li></ul>" * DEEP
SHALLOW_HTML = '<ul><li><b>Fett</b> und <a href="https://example.org">ein Link</a><ul><li>tiefer</li></ul></li></ul>'


def _chart(data: str) -> tuple[str, dict]:
    value = {"chart_type": "bar", "data": data, "unit": "", "caption": "Beratungen nach Berufsgruppen 2023"}
    return ("chart", {**value, "text_alternative": ALT, "source": "IQ Monitoring", "as_of": "2023-12-31"})


def _form(*body, **fields) -> dict:
    """The edit form of ``draft_fact_sheet`` as the admin posts it."""
    key_figure = {"value": "61400", "unit": "Beratungen", "label": "Beratungen 2023", "source": "IQ Monitoring"}
    return nested_form_data(
        {
            "title": "Geänderter Titel",
            "slug": "iq-beratung-2023",
            "teaser": "Beratungen, Frauenanteil und Referenzberufe auf einen Blick.",
            "publication_date": "2024-03-01",
            "data_as_of": "2023-12-31",
            "language": "de",
            "key_figures": streamfield([("key_figure", {**key_figure, "as_of": "2023-12-31"})]),
            "body": streamfield(list(body)),
            "methodology_note": rich_text(""),
            "sources": rich_text("<p>IQ Monitoring.</p>"),
            **fields,
        }
    )


def _edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def _deep_list(depth: int = DEEP) -> str:
    """Draftail's contentstate of a list whose every point is one level deeper."""
    point = {"type": "unordered-list-item", "text": "Punkt", "inlineStyleRanges": [], "entityRanges": [], "data": {}}
    return json.dumps({"blocks": [{**point, "key": f"k{i}", "depth": i} for i in range(depth)], "entityMap": {}})


def _body_block_messages(response) -> list[str]:
    [error] = response.context["form"].errors["body"].as_data()
    return error.as_json_data()["blockErrors"][0]["messages"]


def _refused_and_kept(response, page, *, revisions: int) -> None:
    assert response.status_code == 200, "the form comes back instead of a 500 or a redirect"
    assert page.revisions.count() == revisions
    assert page.get_latest_revision_as_object().title == "IQ Beratung 2023 in Zahlen"


# --- tables ----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    ["{nicht json", "", "5", '"Text"', "null", "[]", '{"data": "Text"}', '{"data": [1, 2]}', "[" * 100_000],
    ids=["no-json", "empty", "number", "string", "null", "list", "rows-text", "rows-numbers", "nested-100000"],
)
def test_a_table_that_is_not_a_table_is_refused_and_the_draft_kept(client, editor, draft_fact_sheet, data):
    client.force_login(editor)
    revisions = draft_fact_sheet.revisions.count()

    response = client.post(_edit_url(draft_fact_sheet), _form(_chart(data)))

    _refused_and_kept(response, draft_fact_sheet, revisions=revisions)
    [error] = response.context["form"].errors["body"].as_data()
    assert error.as_json_data()["blockErrors"][0]["blockErrors"]["data"]["messages"] == [UNREADABLE_TABLE_MESSAGE]


def _table_blocks(block) -> list:
    found = [block] if isinstance(block, TableBlock) else []
    children = [block.child_block] if isinstance(block, blocks.ListBlock) else []
    children += list(getattr(block, "child_blocks", {}).values())
    return found + [table for child in children for table in _table_blocks(child)]


def test_every_table_block_refuses_what_it_cannot_read():
    tables = [
        (model.__name__, field.name, table)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for table in _table_blocks(field.stream_block)
    ]
    assert tables, "the fact sheets' charts have a table"
    assert [(model, name) for model, name, table in tables if not isinstance(table, ReadableTableBlock)] == []


# --- reverts and other posts without the whole form -------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("route", ["edit", "revert"])
@pytest.mark.parametrize(
    "posted",
    [{}, {"title": "Nur der Titel"}, {"title": "Teil", "key_figures-count": "1", "body-count": "1"}],
    ids=["empty", "title-only", "counts-without-blocks"],
)
def test_a_revert_posted_without_its_form_shows_the_form_with_errors(client, editor, draft_fact_sheet, route, posted):
    client.force_login(editor)
    page, revision = draft_fact_sheet, draft_fact_sheet.get_latest_revision()
    revisions = page.revisions.count()
    if route == "edit":
        url, posted = _edit_url(page), {**posted, "revision": str(revision.pk)}
    else:
        url = reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, revision.pk))

    response = client.post(url, posted)

    _refused_and_kept(response, page, revisions=revisions)
    assert response.context["form"].errors["key_figures"] == [INCOMPLETE_STREAM_MESSAGE]
    assert "Beratungen im Jahr 2023" in response.content.decode(), "the field shows the stored key figure again"


# --- searches in the admin's listings ----------------------------------------------

#: One record per snippet, each found by searching "test".
SNIPPETS = {
    Topic: lambda: TopicFactory(name="Testthema", slug="testthema"),
    Organisation: lambda: OrganisationFactory(name="Testträger e.V.", short_name="TT"),
    Fachstelle: lambda: Fachstelle.objects.create(name="Testfachstelle"),
    RegionalNetwork: lambda: RegionalNetworkFactory(name="IQ Netzwerk Testland"),
    ActionArea: lambda: ActionAreaFactory(number=7, short_name="Testschwerpunkt"),
    Person: lambda: PersonFactory(first_name="Testa", last_name="Muster"),
    FundingPeriod: lambda: FundingPeriodFactory(name="Testperiode"),
    FundingNotice: lambda: FundingNoticeFactory(label="Testhinweis"),
    Subproject: lambda: Subproject.objects.create(
        name="Testprojekt", bundesland="HE", carrier=OrganisationFactory(), network=RegionalNetworkFactory()
    ),
    TargetGroup: lambda: TargetGroupFactory(name="Testgruppe"),
}


@pytest.fixture
def searchable_records(home_page):
    """Something to find in every listing: Wagtail's full-text index of SQLite failed
    only once there were entries to match."""
    records = {model: make() for model, make in SNIPPETS.items()}
    wagtail_factories.ImageFactory(title="Testbild")
    wagtail_factories.DocumentFactory(title="Testdokument")
    UserFactory(username="testnutzer", first_name="Testa", last_name="Nutzerin")
    home_page.add_child(instance=Page(title="Testseite", slug="testseite"))
    return records


@pytest.mark.django_db
def test_every_snippet_listing_finds_what_is_searched(client, searchable_records):
    assert set(SNIPPETS) == set(get_snippet_models()), "add the new snippet to SNIPPETS"
    client.force_login(UserFactory(superuser=True))
    for model, record in searchable_records.items():
        response = client.get(reverse(model.snippet_viewset.get_url_name("list")), {"q": "test"})
        assert response.status_code == 200, model
        assert str(record) in response.content.decode(), model


def _admin_listings(resolver=None, namespace="", prefix=""):
    """Every listing, search and chooser of the admin that takes no arguments in its path."""
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _admin_listings(pattern, inner, prefix + str(pattern.pattern))
            continue
        path, name = prefix + str(pattern.pattern), (pattern.name or "").rsplit(":", 1)[-1]
        # The admin API reads its search from ?search=, not ?q=.
        admin = path.startswith("admin/") and not path.startswith("admin/api/")
        listing = name.endswith(("index", "list", "search", "results", "choose", "chooser"))
        if admin and listing and "<" not in path and "(?P" not in path:
            yield namespace + pattern.name


@pytest.mark.django_db
def test_every_admin_listing_answers_a_search(client, searchable_records, home_page):
    client.force_login(UserFactory(superuser=True))
    client.raise_request_exception = False
    urls = [reverse(name) for name in _admin_listings()] + [reverse("wagtailadmin_explore", args=(home_page.pk,))]
    for expected in ("/admin/images/", "/admin/documents/", "/admin/users/", "/admin/pages/search/"):
        assert expected in urls

    failing = {url: status for url in urls if (status := client.get(url, {"q": "test"}).status_code) != 200}

    assert failing == {}


# --- lists nested too deep -----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["rich-text-field", "rich-text-block"])
def test_a_list_nested_too_deep_is_refused_in_the_editor_and_the_preview(client, editor, draft_fact_sheet, field):
    client.force_login(editor)
    revisions = draft_fact_sheet.revisions.count()
    form = _form(sources=_deep_list()) if field == "rich-text-field" else _form(("paragraph", _deep_list()))

    response = client.post(_edit_url(draft_fact_sheet), form)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(draft_fact_sheet.pk,))
    preview = client.post(preview_url, form)

    _refused_and_kept(response, draft_fact_sheet, revisions=revisions)
    if field == "rich-text-field":
        assert response.context["form"].errors["sources"] == [TOO_DEEP_MESSAGE]
    else:
        assert _body_block_messages(response) == [TOO_DEEP_MESSAGE]
    assert preview.status_code == 200 and preview.json()["is_valid"] is False
    assert client.get(preview_url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("posted", [DEEP_HTML, "<p>Text</p>", '{"blocks": "keine"}', "[" * 100_000])
def test_rich_text_that_is_not_the_editors_is_refused(client, editor, draft_fact_sheet, posted):
    client.force_login(editor)
    revisions = draft_fact_sheet.revisions.count()

    response = client.post(_edit_url(draft_fact_sheet), _form(("paragraph", posted), sources=posted))

    _refused_and_kept(response, draft_fact_sheet, revisions=revisions)
    assert response.context["form"].errors["sources"] == [UNREADABLE_TEXT_MESSAGE]
    assert _body_block_messages(response) == [UNREADABLE_TEXT_MESSAGE]


@pytest.mark.django_db
@pytest.mark.parametrize("posted", ["null", "{}"], ids=["null", "no-blocks"])
def test_an_empty_rich_text_field_as_draftail_posts_it_is_saved(client, editor, draft_fact_sheet, posted):
    """The browser's Draftail posts ``null`` for a field left empty: that is the editor's own data."""
    client.force_login(editor)
    revisions = draft_fact_sheet.revisions.count()

    response = client.post(_edit_url(draft_fact_sheet), _form(methodology_note=posted))

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert draft_fact_sheet.revisions.count() == revisions + 1
    assert draft_fact_sheet.get_latest_revision_as_object().methodology_note == ""


def test_the_refused_list_comes_back_to_the_editor_at_the_deepest_level_allowed():
    widget = BoundedDraftailRichTextArea(features=["ul"])

    refused = widget.value_from_datadict({"text": _deep_list(depth=MAX_LIST_LEVELS + 5)}, {}, "text")

    assert isinstance(refused, UnreadableInput)
    shown = json.loads(widget.format_value(refused))["blocks"]
    assert [block["text"] for block in shown] == ["Punkt"] * (MAX_LIST_LEVELS + 5), "no point is lost"
    assert max(block["depth"] for block in shown) == MAX_LIST_LEVELS - 1
    accepted = widget.value_from_datadict({"text": _deep_list(depth=MAX_LIST_LEVELS)}, {}, "text")
    assert accepted.count("<ul>") == MAX_LIST_LEVELS


@pytest.mark.django_db
def test_a_list_stored_too_deep_reaches_web_and_print_as_plain_text(client, draft_fact_sheet):
    page = draft_fact_sheet
    page.sources = DEEP_HTML
    page.body = [("paragraph", RichText(DEEP_HTML))]
    revision = page.save_revision()
    with publishing_authorised():
        revision.publish()
    page.refresh_from_db()

    web = client.get(page.url)
    print_html = pdf_print_html(page=page, revision=revision)

    assert web.status_code == 200
    for html in (web.content.decode(), print_html):
        # WeasyPrint failed the PDF with a RecursionError on the nested list.
        assert not html_too_deep(html=html)
        assert html.count("<p>Punkt</p>") == 2 * DEEP, "every point of both texts is still there"
    assert str(richtext(SHALLOW_HTML)) == expand_db_html(SHALLOW_HTML), "text within the bounds is as before"
