"""„Lektorat (EN)“: a stage for the English editions only.

The English fact sheet goes checks → Fachreview → Lektorat (EN) → Freigabe;
the German one skips Lektorat (EN): nobody in Lektorat hears of it, it waits in
nobody's „Meine Prüfungen“, and the history says why it was skipped.
"""

import datetime

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState, WorkflowState, WorkflowTask

import pytest
from wagtail_localize.models import Translation

from tests.i18n.translations import submit_for_translation, translate_segments
from tests.publishing import publish
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, actions_offered, audit_trail, dashboard_section, stage, submit
from tests.workflows.mails import mails_to
from workflows.reminders import reminders_due

SKIPPED = "Übersprungen: Gilt nur für englische Fassungen."
LEKTORAT = ("lektorat", "lektorat2")


@pytest.fixture
def english_edition(client, team, draft_fact_sheet, django_capture_on_commit_callbacks):
    """The English draft of a live fact sheet, every segment translated, not yet submitted."""
    source = publish(draft_fact_sheet, capture=django_capture_on_commit_callbacks)
    page, translation = submit_for_translation(client, team.admin, source, capture=django_capture_on_commit_callbacks)
    for each in Translation.objects.filter(target_locale=translation.target_locale):
        changes = {source.title: "IQ counselling in figures"} if each == translation else None
        translate_segments(each, changes=changes)
    return page


def _task_states(page, name: str) -> list[TaskState]:
    run = WorkflowState.objects.for_instance(page).get()
    return list(run.task_states.filter(task__name=name).order_by("pk"))


def _review_requests(username: str) -> list:
    """The „Zur Prüfung“ mails (a stage waits for them) sent to ``username``."""
    return [message for message in mails_to(username) if message.subject.startswith("Zur Prüfung")]


def _my_reviews(client, user) -> str:
    return dashboard_section(client, user, "my-reviews-section")


@pytest.mark.django_db
def test_the_english_fact_sheet_is_read_by_lektorat_en_before_freigabe(
    client, team, english_edition, django_capture_on_commit_callbacks, mailoutbox
):
    page = english_edition
    # The translator is in Lektorat too and submits the edition: four eyes keep them from approving it.
    translator = team.lektorat2
    translator.groups.add(Group.objects.get(name="Redaktion"))
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(client, translator, page, {}).status_code == 302
    assert stage(page) == "Fachreview", [comment for *_, comment in audit_trail(page)]
    assert not _review_requests("lektorat")

    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page, comment="Fachlich korrekt.")
    assert stage(page) == "Lektorat (EN)"
    assert "IQ counselling in figures" in _my_reviews(client, team.lektorat)
    [started] = _review_requests("lektorat")
    assert started.subject == "Zur Prüfung: „IQ counselling in figures“ (Lektorat (EN))"
    assert not _review_requests("lektorat2"), "the submitter is not asked to review their own edition"

    assert page.title not in _my_reviews(client, translator)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, translator, page)
    assert stage(page) == "Lektorat (EN)", "the submitter's approval is refused"

    # Lektorat (EN) is an earlier stage for the final sign-off: who approved it may not give Freigabe.
    team.lektorat.groups.add(Group.objects.get(name="Freigabe"))
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.lektorat, page, comment="Language checked.")
    assert stage(page) == "Freigabe"
    assert [state.finished_by for state in _task_states(page, "Lektorat (EN)")] == [team.lektorat]
    assert "IQ counselling in figures" not in _my_reviews(client, team.lektorat)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.lektorat, page)
    assert stage(page) == "Freigabe", "who approved Lektorat (EN) does not give the final sign-off"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, page)
    page.refresh_from_db()
    assert page.live and page.title == "IQ counselling in figures"


@pytest.mark.django_db
def test_the_german_fact_sheet_skips_lektorat_en_and_no_lektorat_member_hears_of_it(
    client, team, submitted, django_capture_on_commit_callbacks, mailoutbox
):
    page = submitted
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page)
    assert stage(page) == "Freigabe"
    [skipped] = _task_states(page, "Lektorat (EN)")
    assert (skipped.status, skipped.finished_by, skipped.comment) == (TaskState.STATUS_SKIPPED, None, SKIPPED)
    # Logged in the name of whose approval moved the run on; nobody finished the skipped stage.
    assert ("workflows.stage.skip", "fachreview", SKIPPED) in audit_trail(page)
    for username in LEKTORAT:
        assert not mails_to(username), username
        panel = _my_reviews(client, getattr(team, username))
        assert panel and page.title not in panel, username
    now = timezone.now() + datetime.timedelta(days=30)
    assert {
        state.task.name for state in reminders_due(waited=datetime.timedelta(0), repeat=datetime.timedelta(0), now=now)
    } == {"Freigabe"}

    client.force_login(team.redaktion)
    run = WorkflowState.objects.for_instance(page).get()
    history = client.get(reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, run.pk]))
    assert history.status_code == 200 and SKIPPED in history.content.decode()
    log = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Schritt „Lektorat (EN)“ übersprungen" in log

    # Fachreview approved; the final sign-off still refuses whoever approved an earlier stage.
    team.fachreview.groups.add(Group.objects.get(name="Freigabe"))
    assert actions_offered(client, team.fachreview, page) == {"reject"}
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, page)
    page.refresh_from_db()
    assert page.live
    assert not any(mails_to(username) for username in LEKTORAT)


@pytest.mark.django_db
def test_a_german_resubmission_after_changes_were_requested_skips_lektorat_en_again(
    client, team, submitted, django_capture_on_commit_callbacks, mailoutbox
):
    page = submitted
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, page, "reject", comment="Titel zu lang.")
    assert stage(page) == "needs_changes"
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, page, page_form_data(page, user=team.redaktion, title="IQ Beratung 2023"))
    assert stage(page) == "Fachreview", "the edit restarts the stages, as for every resubmission"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page)
    assert stage(page) == "Freigabe"
    assert [state.status for state in _task_states(page, "Lektorat (EN)")] == [TaskState.STATUS_SKIPPED] * 2
    assert not any(mails_to(username) for username in LEKTORAT)


@pytest.mark.django_db
def test_an_english_resubmission_comes_back_to_lektorat_en(
    client, team, english_edition, django_capture_on_commit_callbacks, mailoutbox
):
    page = english_edition
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, page, {})
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.lektorat, page, "reject", comment="„Counselling“ consistently, please.")
    assert stage(page) == "needs_changes"
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, page, {})
    assert stage(page) == "Lektorat (EN)", "resubmission continues at the stage that asked for changes"
    assert _review_requests("lektorat") and _review_requests("lektorat2")
    assert TaskState.STATUS_SKIPPED not in {state.status for state in _task_states(page, "Lektorat (EN)")}


@pytest.mark.django_db
def test_a_stage_for_english_editions_at_the_end_leaves_the_german_sign_off_with_freigabe(
    client, team, submitted, django_capture_on_commit_callbacks, mailoutbox
):
    """An administrator may put „Lektorat (EN)“ last; for the German edition
    Freigabe stays the final sign-off, for the four-eyes rule and the mails."""
    WorkflowTask.objects.filter(workflow__name="IQ Fact Sheet", task__name="Lektorat (EN)").update(sort_order=99)
    page = submitted
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page)
    assert stage(page) == "Freigabe"
    team.fachreview.groups.add(Group.objects.get(name="Freigabe"))
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, page)
    assert stage(page) == "Freigabe", "who approved Fachreview does not give the final sign-off"

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.freigabe, page)
    page.refresh_from_db()
    assert page.live
    assert [state.status for state in _task_states(page, "Lektorat (EN)")] == [TaskState.STATUS_SKIPPED]
    [published] = mails_to("redaktion")
    assert published.subject.startswith("Veröffentlicht")
    assert "letzte Freigabe: Michael Brandt" in published.body
