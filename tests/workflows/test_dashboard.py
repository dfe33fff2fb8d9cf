"""„Meine Prüfungen“ on the admin dashboard: what waits for a reviewer, and for nobody else."""

import datetime
import html
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState

import pytest

from cms.factories import OrganisationFactory, TopicFactory, UserFactory
from factsheets.factories import FactSheetPageFactory
from goodpractice.factories import GoodPracticePageFactory
from tests.goodpractice.board import ballot
from tests.workflows.journey import dashboard_section, in_review
from workflows.publish_guard import publishing_authorised
from workflows.selectors import reviews_waiting_for

pytestmark = pytest.mark.django_db


def _panel(client, user) -> str:
    return dashboard_section(client, user, "my-reviews-section")


def _links(panel: str) -> list[str]:
    return [html.unescape(href) for href in re.findall(r'href="(/admin/[^"#]+)"', panel)]


def test_reviewer_sees_what_waits_for_them_oldest_first_with_working_links(client, fact_sheet_index, team):
    older = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen")
    newer = FactSheetPageFactory(parent=fact_sheet_index, title="Beratung in Zahlen")
    now = timezone.now()
    for page, waited in ((newer, datetime.timedelta(hours=2)), (older, datetime.timedelta(days=3))):
        TaskState.objects.filter(pk=in_review(page, submitter=team.redaktion).pk).update(started_at=now - waited)

    panel = _panel(client, team.fachreview)

    assert "Meine Prüfungen" in panel
    assert panel.index("Anerkennung in Zahlen") < panel.index("Beratung in Zahlen")
    assert "IQ Fact Sheet: Fachreview" in panel
    assert "Lena Hoffmann" in panel
    assert "seit 3 Tagen" in panel
    assert "seit 2 Stunden" in panel
    links = _links(panel)
    for page in (older, newer):
        task_id = page.current_workflow_task_state.task_id
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in links
        assert reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_id]) in links
        assert reverse("pdfexport_admin:proof", args=[page.pk]) in links
    for url in links:
        assert client.get(url).status_code == 200, url


def test_wagtail_panel_awaiting_review_is_replaced(client, fact_sheet_index, team):
    in_review(FactSheetPageFactory(parent=fact_sheet_index), submitter=team.redaktion)
    client.force_login(team.fachreview)

    content = client.get(reverse("wagtailadmin_home")).content.decode()

    assert 'id="my-reviews-section"' in content
    assert 'id="awaiting-review-section"' not in content
    assert "Ihre Überprüfung steht aus" not in content  # Wagtail's German heading of that panel


def test_nobody_whose_work_it_is_or_who_is_outside_the_groups_sees_it(client, fact_sheet_index, team):
    submitting_reviewer = UserFactory(fachreview=True)
    editing_reviewer = UserFactory(fachreview=True)
    mine = FactSheetPageFactory(parent=fact_sheet_index, title="Selbst eingereicht")
    in_review(mine, submitter=submitting_reviewer)
    edited = FactSheetPageFactory(parent=fact_sheet_index, title="Mitbearbeitet")
    edited.save_revision(user=editing_reviewer)
    in_review(edited, submitter=team.redaktion)

    assert "Selbst eingereicht" not in _panel(client, submitting_reviewer)
    assert "Mitbearbeitet" not in _panel(client, editing_reviewer)
    outsider_panel = _panel(client, team.lektorat)
    assert "Selbst eingereicht" not in outsider_panel
    assert "Mitbearbeitet" not in outsider_panel
    # The one reviewer who had no hand in either sees both.
    uninvolved = _panel(client, team.fachreview)
    assert "Selbst eingereicht" in uninvolved
    assert "Mitbearbeitet" in uninvolved


def test_empty_state_is_a_friendly_line_and_editors_get_no_panel(client, fact_sheet_index, team):
    assert "Zurzeit wartet keine Publikation auf Ihre Prüfung" in _panel(client, team.fachreview)
    assert _panel(client, team.redaktion) == ""


def test_quorum_stage_shows_progress_and_hides_from_who_voted(client, good_practice_index, team):
    page = GoodPracticePageFactory(parent=good_practice_index, title="Anerkennungslotsen im Jobcenter")
    first, second = team.gremium1, team.gremium2
    in_review(page, submitter=team.redaktion).approve(user=team.fachreview)
    task_state = page.current_workflow_task_state
    assert task_state.task.name == "Beratungsgremium"

    assert "0 von 2 Zustimmungen" in _panel(client, first)
    # The board votes with a judgement per criterion (tests/goodpractice/test_board_selection.py).
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "select", task_state.pk]), ballot()
    )
    assert response.status_code == 302

    assert "Anerkennungslotsen im Jobcenter" not in _panel(client, first)
    panel = _panel(client, second)
    assert "IQ Good Practice: Beratungsgremium" in panel
    assert "1 von 2 Zustimmungen" in panel
    for url in _links(panel):
        assert client.get(url).status_code == 200, url


def _many_in_review(fact_sheet_index, submitter, count: int):
    for _ in range(count):
        in_review(FactSheetPageFactory(parent=fact_sheet_index), submitter=submitter)


def _queries(callable_) -> int:
    with CaptureQueriesContext(connection) as queries:
        callable_()
    return len(queries)


def test_query_count_is_the_same_for_5_and_50_publications_in_review(client, fact_sheet_index, team):
    reviewer = team.fachreview
    client.force_login(reviewer)
    home = reverse("wagtailadmin_home")
    _many_in_review(fact_sheet_index, team.redaktion, 5)
    client.get(home)  # warm caches (content types, site) so both counts start alike

    selector_5 = _queries(lambda: reviews_waiting_for(user=reviewer))
    dashboard_5 = _queries(lambda: client.get(home))
    _many_in_review(fact_sheet_index, team.redaktion, 45)
    selector_50 = _queries(lambda: reviews_waiting_for(user=reviewer))
    dashboard_50 = _queries(lambda: client.get(home))

    assert len(reviews_waiting_for(user=reviewer)) == 50
    assert selector_50 == selector_5
    assert dashboard_50 == dashboard_5
    assert selector_5 <= 13, "the bound documented in reviews_waiting_for"


def test_the_pdf_link_opens_the_proof_of_exactly_the_submitted_revision(
    client, fact_sheet_index, team, legal_pages, django_capture_on_commit_callbacks
):
    page = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen", live=False)
    page.topics.add(TopicFactory())
    page.publishers.add(OrganisationFactory())
    submitted = page.save_revision(user=team.redaktion)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, team.redaktion)  # the checks render the proof of this revision
    assert page.current_workflow_task_state.task.name == "Fachreview"
    page.title = "Später geändert"
    page.save_revision(user=team.redaktion)  # a later draft must not be what the reviewer opens

    proof_url = reverse("pdfexport_admin:proof_download", args=[page.pk, submitted.pk])
    assert proof_url in _links(_panel(client, team.fachreview))
    response = client.get(proof_url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_a_new_version_of_a_live_publication_links_to_its_changes(client, fact_sheet_index, team):
    page = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen")
    with publishing_authorised():
        page.save_revision().publish()
    page.title = "Anerkennung in Zahlen 2025"
    state = in_review(page, submitter=team.redaktion)

    compare = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", state.revision_id])
    assert compare in _links(_panel(client, team.fachreview))
    html = client.get(compare).content.decode()
    assert "Anerkennung in Zahlen 2025" in html

    draft_only = FactSheetPageFactory(parent=fact_sheet_index, title="Nie veröffentlicht", live=False)
    in_review(draft_only, submitter=team.redaktion)
    assert "revisions/compare/" not in _panel(client, team.fachreview).split("Nie veröffentlicht")[1]
