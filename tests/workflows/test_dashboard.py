"""„Meine Prüfungen“ on the admin dashboard: what waits for a reviewer, and for nobody else."""

import datetime
import html
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState

import pytest

from cms.factories import OrganisationFactory, TopicFactory
from factsheets.factories import FactSheetPageFactory
from goodpractice.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from tests.goodpractice.board import ballot
from workflows.publish_guard import publishing_authorised
from workflows.selectors import reviews_waiting_for

pytestmark = pytest.mark.django_db


def _member(group_name: str, username: str, *, first_name: str = "", last_name: str = ""):
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org", first_name=first_name, last_name=last_name
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def _submit(page, submitter):
    """Submit as the editor would, then let the automated checks pass."""
    page.save_revision(user=submitter)
    page.get_workflow().start(page, submitter)
    page.current_workflow_task_state.approve(user=None)
    return page.current_workflow_task_state


def _panel(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    match = re.search(r'id="my-reviews-section".*?</section>', response.content.decode(), re.S)
    return match.group(0) if match else ""


def _links(panel: str) -> list[str]:
    return [html.unescape(href) for href in re.findall(r'href="(/admin/[^"#]+)"', panel)]


@pytest.fixture
def people(roles):
    return {
        "editor": _member("Redaktion", "redaktion", first_name="Rita", last_name="Redlich"),
        "reviewer": _member("Fachreview", "fachreview", first_name="Fritz", last_name="Fachmann"),
        "outsider": _member("Lektorat", "lektorat"),
    }


def test_reviewer_sees_what_waits_for_them_oldest_first_with_working_links(client, fact_sheet_index, people):
    older = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen")
    newer = FactSheetPageFactory(parent=fact_sheet_index, title="Beratung in Zahlen")
    now = timezone.now()
    for page, waited in ((newer, datetime.timedelta(hours=2)), (older, datetime.timedelta(days=3))):
        TaskState.objects.filter(pk=_submit(page, people["editor"]).pk).update(started_at=now - waited)

    panel = _panel(client, people["reviewer"])

    assert "Meine Prüfungen" in panel
    assert panel.index("Anerkennung in Zahlen") < panel.index("Beratung in Zahlen")
    assert "IQ Fact Sheet: Fachreview" in panel
    assert "Rita Redlich" in panel
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


def test_wagtail_panel_awaiting_review_is_replaced(client, fact_sheet_index, people):
    _submit(FactSheetPageFactory(parent=fact_sheet_index), people["editor"])
    client.force_login(people["reviewer"])

    content = client.get(reverse("wagtailadmin_home")).content.decode()

    assert 'id="my-reviews-section"' in content
    assert 'id="awaiting-review-section"' not in content
    assert "Ihre Überprüfung steht aus" not in content  # Wagtail's German heading of that panel


def test_nobody_whose_work_it_is_or_who_is_outside_the_groups_sees_it(client, fact_sheet_index, people):
    submitting_reviewer = _member("Fachreview", "fachreview-einreichend")
    editing_reviewer = _member("Fachreview", "fachreview-bearbeitend")
    mine = FactSheetPageFactory(parent=fact_sheet_index, title="Selbst eingereicht")
    _submit(mine, submitting_reviewer)
    edited = FactSheetPageFactory(parent=fact_sheet_index, title="Mitbearbeitet")
    edited.save_revision(user=editing_reviewer)
    _submit(edited, people["editor"])

    assert "Selbst eingereicht" not in _panel(client, submitting_reviewer)
    assert "Mitbearbeitet" not in _panel(client, editing_reviewer)
    outsider_panel = _panel(client, people["outsider"])
    assert "Selbst eingereicht" not in outsider_panel
    assert "Mitbearbeitet" not in outsider_panel
    # The one reviewer who had no hand in either sees both.
    uninvolved = _panel(client, people["reviewer"])
    assert "Selbst eingereicht" in uninvolved
    assert "Mitbearbeitet" in uninvolved


def test_empty_state_is_a_friendly_line_and_editors_get_no_panel(client, fact_sheet_index, people):
    assert "Zurzeit wartet keine Publikation auf Ihre Prüfung" in _panel(client, people["reviewer"])
    assert _panel(client, people["editor"]) == ""


def test_quorum_stage_shows_progress_and_hides_from_who_voted(client, home_page, people):
    index = GoodPracticeIndexPageFactory(parent=home_page)
    page = GoodPracticePageFactory(parent=index, title="Anerkennungslotsen im Jobcenter")
    first = _member("Beratungsgremium", "gremium-eins")
    second = _member("Beratungsgremium", "gremium-zwei")
    _submit(page, people["editor"]).approve(user=people["reviewer"])
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


def _in_review(fact_sheet_index, submitter, count: int):
    for _ in range(count):
        _submit(FactSheetPageFactory(parent=fact_sheet_index), submitter)


def _queries(callable_) -> int:
    with CaptureQueriesContext(connection) as queries:
        callable_()
    return len(queries)


def test_query_count_is_the_same_for_5_and_50_publications_in_review(client, fact_sheet_index, people):
    reviewer = people["reviewer"]
    client.force_login(reviewer)
    home = reverse("wagtailadmin_home")
    _in_review(fact_sheet_index, people["editor"], 5)
    client.get(home)  # warm caches (content types, site) so both counts start alike

    selector_5 = _queries(lambda: reviews_waiting_for(user=reviewer))
    dashboard_5 = _queries(lambda: client.get(home))
    _in_review(fact_sheet_index, people["editor"], 45)
    selector_50 = _queries(lambda: reviews_waiting_for(user=reviewer))
    dashboard_50 = _queries(lambda: client.get(home))

    assert len(reviews_waiting_for(user=reviewer)) == 50
    assert selector_50 == selector_5
    assert dashboard_50 == dashboard_5
    assert selector_5 <= 13, "the bound documented in reviews_waiting_for"


def test_the_pdf_link_opens_the_proof_of_exactly_the_submitted_revision(
    client, fact_sheet_index, people, legal_pages, django_capture_on_commit_callbacks
):
    page = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen", live=False)
    page.topics.add(TopicFactory())
    page.publishers.add(OrganisationFactory())
    submitted = page.save_revision(user=people["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, people["editor"])  # the checks render the proof of this revision
    assert page.current_workflow_task_state.task.name == "Fachreview"
    page.title = "Später geändert"
    page.save_revision(user=people["editor"])  # a later draft must not be what the reviewer opens

    proof_url = reverse("pdfexport_admin:proof_download", args=[page.pk, submitted.pk])
    assert proof_url in _links(_panel(client, people["reviewer"]))
    response = client.get(proof_url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_a_new_version_of_a_live_publication_links_to_its_changes(client, fact_sheet_index, people):
    page = FactSheetPageFactory(parent=fact_sheet_index, title="Anerkennung in Zahlen")
    with publishing_authorised():
        page.save_revision().publish()
    page.title = "Anerkennung in Zahlen 2025"
    state = _submit(page, people["editor"])

    compare = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", state.revision_id])
    assert compare in _links(_panel(client, people["reviewer"]))
    html = client.get(compare).content.decode()
    assert "Anerkennung in Zahlen 2025" in html

    draft_only = FactSheetPageFactory(parent=fact_sheet_index, title="Nie veröffentlicht", live=False)
    _submit(draft_only, people["editor"])
    assert "revisions/compare/" not in _panel(client, people["reviewer"]).split("Nie veröffentlicht")[1]
