"""An editor drafts a fact sheet in the admin, it passes its review workflow
(automated checks, Fachreview, Freigabe), the worker renders the PDF after
commit, and readers download an accessible PDF."""

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from cms.factories import FundingNoticeFactory, OrganisationFactory, TopicFactory
from factsheets.models import FactSheetPage
from pdfexport.models import PdfKind, PublicationPDF
from tests.pdf_inspection import pdf_facts
from tests.workflows.journey import act, stage, submit

KEY_FIGURES = [
    (
        "key_figure",
        {
            "value": "61400",
            "unit": "Beratungen",
            "label": "Beratungen 2023",
            "source": "IQ Monitoring",
            "as_of": "2023-12-31",
        },
    ),
    (
        "key_figure",
        {"value": "48", "unit": "%", "label": "Anteil Frauen", "source": "IQ Monitoring", "as_of": "2023-12-31"},
    ),
]


@pytest.fixture
def reference_choices(db):
    """Reference data as the edit form posts it: primary keys."""
    return {
        "funding_notice": FundingNoticeFactory().pk,
        "publishers": [OrganisationFactory().pk],
        "topics": [TopicFactory().pk],
    }


def _form(title: str, *, key_figures=KEY_FIGURES, reference=None) -> dict:
    data = {
        "title": title,
        "slug": "iq-beratung-2023",
        "teaser": "Beratungen, Frauenanteil und Referenzberufe auf einen Blick.",
        "publication_date": "2024-03-01",
        "data_as_of": "2023-12-31",
        "language": "de",
        "key_figures": streamfield(key_figures),
        "body": streamfield(
            [
                ("heading", {"text": "Wer sich beraten ließ", "level": "h2"}),
                ("paragraph", rich_text("<p>Die meisten Ratsuchenden kamen aus Pflegeberufen.</p>")),
            ]
        ),
        "methodology_note": rich_text(""),
        "sources": rich_text("<p>IQ Monitoring, Auswertung 2023.</p>"),
    }
    return {**nested_form_data(data), **(reference or {})}


@pytest.fixture
def admin_draft(client, editor, fact_sheet_index, reference_choices):
    """A fact sheet as an editor creates it in the admin: a draft nobody has submitted."""
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("factsheets", "factsheetpage", fact_sheet_index.pk))
    response = client.post(url, _form("IQ Beratung 2023 in Zahlen", reference=reference_choices))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = FactSheetPage.objects.get(slug="iq-beratung-2023")
    client.logout()
    return page


def _publish(client, team, page, *, reference, capture, execute_final=True):
    """Submit as Redaktion and approve each stage; the PDF render queued by the
    final approval runs only with ``execute_final``."""
    with capture(execute=True):
        submit(client, team.redaktion, page, _form("IQ Beratung 2023 in Zahlen", reference=reference))
    assert stage(page) == "Fachreview"
    with capture(execute=True):
        act(client, team.fachreview, page)
    assert stage(page) == "Freigabe"
    with capture(execute=execute_final) as callbacks:
        response = act(client, team.freigabe, page)
    client.logout()
    return response, callbacks


@pytest.mark.django_db
def test_editor_creates_a_draft_that_is_not_public(client, admin_draft):
    assert not admin_draft.live
    assert client.get("/fact-sheets/iq-beratung-2023/").status_code == 404


@pytest.mark.django_db
def test_editor_cannot_publish(client, editor, admin_draft, reference_choices):
    client.force_login(editor)
    form = _form("IQ Beratung 2023 in Zahlen", reference=reference_choices)
    client.post(
        reverse("wagtailadmin_pages:edit", args=(admin_draft.pk,)), {**form, "action-publish": "action-publish"}
    )
    admin_draft.refresh_from_db()
    assert not admin_draft.live


@pytest.mark.django_db
def test_published_fact_sheet_pdf_is_tagged_titled_german_and_has_the_figures(
    client, team, admin_draft, reference_choices, django_capture_on_commit_callbacks, legal_pages
):
    response, callbacks = _publish(
        client, team, admin_draft, reference=reference_choices, capture=django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    assert callbacks, "the render must be queued on commit"

    admin_draft.refresh_from_db()
    assert admin_draft.live
    page_html = client.get(admin_draft.url).content.decode()
    assert "PDF herunterladen" in page_html

    response = client.get(admin_draft.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="IQ-Fact-Sheet-Beratung-2023-in-Zahlen.pdf"' in response["Content-Disposition"]
    pdf = PublicationPDF.objects.get(revision=admin_draft.live_revision, kind=PdfKind.PUBLICATION)
    assert response["ETag"] == f'"{pdf.sha256}"'

    facts = pdf_facts(b"".join(response.streaming_content))
    assert facts.struct_tree and facts.marked
    assert facts.lang.startswith("de")
    assert facts.title == "IQ Beratung 2023 in Zahlen"
    assert facts.pdfua_part == "1"
    assert len(facts.bookmarks) >= 1
    assert "61.400" in facts.text and "Beratungen 2023" in facts.text
    assert "48" in facts.text and "Anteil Frauen" in facts.text
    assert "IQ Monitoring" in facts.text
    assert {"IQ-Sans", "IQ-Sans-Bold"} <= facts.fonts, "the bundled text face, not a system fallback"


@pytest.mark.django_db
def test_before_the_job_runs_the_page_says_the_pdf_is_being_made(
    client, team, admin_draft, reference_choices, legal_pages, django_capture_on_commit_callbacks
):
    # The render queued by the final approval has not run yet.
    _publish(
        client,
        team,
        admin_draft,
        reference=reference_choices,
        capture=django_capture_on_commit_callbacks,
        execute_final=False,
    )
    admin_draft.refresh_from_db()
    assert admin_draft.live

    page_response = client.get(admin_draft.url)
    assert page_response.status_code == 200
    assert "wird erstellt" in page_response.content.decode()
    assert "PDF herunterladen" not in page_response.content.decode()

    pdf_response = client.get(admin_draft.url + "pdf/")
    assert pdf_response.status_code == 503
    assert pdf_response["Retry-After"]
    assert "PDF wird erstellt" in pdf_response.content.decode()
    assert not PublicationPDF.objects.filter(kind=PdfKind.PUBLICATION).exists()


@pytest.mark.django_db
def test_a_later_draft_never_reaches_the_served_pdf(
    client, team, editor, admin_draft, reference_choices, django_capture_on_commit_callbacks
):
    _publish(client, team, admin_draft, reference=reference_choices, capture=django_capture_on_commit_callbacks)

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=(admin_draft.pk,)),
            _form(
                "Geheimer Entwurfstitel",
                key_figures=[("key_figure", {**KEY_FIGURES[0][1], "label": "Unveröffentlichte Zahl"})],
            ),
        )
    assert response.status_code == 302
    client.logout()

    facts = pdf_facts(b"".join(client.get(admin_draft.url + "pdf/").streaming_content))
    assert "Unveröffentlichte Zahl" not in facts.text
    assert "Geheimer Entwurfstitel" not in facts.text
    assert facts.title == "IQ Beratung 2023 in Zahlen"
    assert PublicationPDF.objects.filter(kind=PdfKind.PUBLICATION).count() == 1


@pytest.mark.django_db
def test_creating_a_fact_sheet_with_publish_saves_a_draft_instead(client, team, fact_sheet_index, reference_choices):
    """Freigabe holds the publish permission (to withdraw publications); creating
    a page with "publish" still only saves it, and says why."""
    client.force_login(team.freigabe)
    url = reverse("wagtailadmin_pages:add", args=("factsheets", "factsheetpage", fact_sheet_index.pk))
    form = _form("IQ Beratung 2023 in Zahlen", reference=reference_choices)
    response = client.post(url, {**form, "action-publish": "action-publish"}, follow=True)

    page = FactSheetPage.objects.get(slug="iq-beratung-2023")
    assert not page.live and page.live_revision is None
    assert page.get_latest_revision_as_object().title == "IQ Beratung 2023 in Zahlen"
    assert "über den Workflow „IQ Fact Sheet“ online" in response.content.decode()
    assert client.get("/fact-sheets/iq-beratung-2023/").status_code == 404
