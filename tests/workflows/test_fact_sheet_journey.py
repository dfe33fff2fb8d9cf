"""A fact sheet through its workflow, as the demo roles act in the admin:
automated checks → Fachreview → Freigabe → published → PDF rendered."""

import pytest

from cms.factories import FundingNoticeFactory, OrganisationFactory
from pdfexport.models import PdfKind, PublicationPDF
from tests.pdf_inspection import pdf_facts
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, audit_trail, stage, submit


@pytest.mark.django_db
def test_fact_sheet_goes_through_checks_fachreview_and_freigabe_and_is_published_with_its_pdf(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    form = page_form_data(draft_fact_sheet, user=team.redaktion)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, team.redaktion, draft_fact_sheet, form)
    assert response.status_code == 302
    assert stage(draft_fact_sheet) == "Fachreview", audit_trail(draft_fact_sheet)
    assert PublicationPDF.objects.filter(page_id=draft_fact_sheet.pk, kind=PdfKind.PROOF).exists()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, draft_fact_sheet, comment="Zahlen geprüft.")
    assert stage(draft_fact_sheet) == "Freigabe"
    draft_fact_sheet.refresh_from_db()
    assert not draft_fact_sheet.live

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, draft_fact_sheet, comment="Freigegeben.")
    draft_fact_sheet.refresh_from_db()
    assert draft_fact_sheet.live
    assert stage(draft_fact_sheet) is None
    pdf = PublicationPDF.objects.get(revision=draft_fact_sheet.live_revision, kind=PdfKind.PUBLICATION)
    facts = pdf_facts(pdf.file.read())
    assert facts.struct_tree and facts.title == "IQ Beratung 2023 in Zahlen"

    trail = audit_trail(draft_fact_sheet)
    assert ("wagtail.workflow.start", "redaktion", "") in trail
    assert ("wagtail.workflow.approve", "fachreview", "Zahlen geprüft.") in trail
    assert ("wagtail.workflow.approve", "freigabe", "Freigegeben.") in trail
    assert ("wagtail.publish", "freigabe", "") in trail


@pytest.mark.django_db
def test_failed_checks_send_it_back_itemised_and_a_fixed_resubmission_passes(
    client, team, draft_fact_sheet, django_capture_on_commit_callbacks
):
    form = page_form_data(draft_fact_sheet, user=team.redaktion, funding_notice="", publishers=[])
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, form)
    assert stage(draft_fact_sheet) == "needs_changes"

    client.force_login(team.redaktion)
    editor_html = client.get(f"/admin/pages/{draft_fact_sheet.pk}/edit/").content.decode()
    assert "Die automatische Prüfung" in editor_html
    assert "Förderhinweis" in editor_html
    report_html = client.get(f"/admin/pruefungen/{draft_fact_sheet.pk}/pruefbericht/").content.decode()
    assert "<h1" in report_html and "Prüfbericht: IQ Beratung 2023 in Zahlen" in report_html
    assert "Pflichtangabe „Herausgeber“ fehlt." in report_html
    assert "Es ist kein Förderhinweis gewählt." in report_html
    assert "Bitte im Feld „Förderhinweis“ den Förderhinweis" in report_html
    assert "Alternativtexte (Pflicht): in Ordnung" in report_html
    assert "Förderhinweis (Pflicht): 1 Fehler" in report_html
    assert "Lesbarkeit (Empfehlung): in Ordnung" in report_html

    fixed = page_form_data(
        draft_fact_sheet,
        user=team.redaktion,
        funding_notice=str(FundingNoticeFactory().pk),
        publishers=[str(OrganisationFactory().pk)],
    )
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, draft_fact_sheet, fixed)
    assert stage(draft_fact_sheet) == "Fachreview", audit_trail(draft_fact_sheet)
    actions = [action for action, _user, _comment in audit_trail(draft_fact_sheet)]
    assert actions == [
        "wagtail.workflow.start",
        "wagtail.workflow.reject",
        "wagtail.workflow.resume",  # continues at the rejecting stage: the checks
        "wagtail.workflow.approve",
    ]
    rejection = audit_trail(draft_fact_sheet)[1]
    assert rejection[1] is None, "the checks act as the system, not as a person"
    assert "1. Pflichtangabe „Herausgeber“ fehlt." in rejection[2]
