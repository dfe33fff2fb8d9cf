"""The demo good-practice sheets: three selected by the
board in the workflow with recorded votes and judgements, one proposal the
board did not select, and one update waiting for the board's second vote."""

import datetime
import io

from django.utils.timezone import localdate

from wagtail.models import Revision, WorkflowState

import pytest

from demo.context import DemoContext
from demo.goodpractice.seed import seed_good_practice, seed_good_practice_before_the_board, seed_good_practice_selection
from demo.site import seed_site
from demo.users import seed_users
from goodpractice.models import BoardDecision, CriterionJudgement, GoodPracticeIndexPage, GoodPracticePage, Outcome
from workflows.models import QuorumVote


def _seed() -> str:
    output = io.StringIO()
    context = DemoContext(write=output.write)
    seed_site(context=context)
    seed_good_practice(context=context)
    seed_users(context=context)
    seed_good_practice_selection(context=context)
    seed_good_practice_before_the_board(context=context)
    return output.getvalue()


def _decision(sheet) -> BoardDecision:
    return BoardDecision.objects.filter(page_id=sheet.pk).order_by("decided_at").first()


@pytest.mark.django_db
def test_demo_runs_the_selection_for_each_proposal_once(client):
    output = _seed()
    index = GoodPracticeIndexPage.objects.get(slug="iq-good-practice")
    sheets = {sheet.title: sheet for sheet in GoodPracticePage.objects.child_of(index).live()}
    assert {
        title: (sheet.carrier.name, sheet.get_bundesland_display(), sheet.action_area.short_name)
        for title, sheet in sheets.items()
    } == {
        "Sprachcafé Technik": ("Bildungswerk Küste gGmbH", "Schleswig-Holstein", "Qualifizierung"),
        "Anerkennungslotsen im Jobcenter": ("Integrationsforum Rhein-Main e.V.", "Hessen", "Beratung"),
        "Mentoring für Ingenieurinnen": ("Hochschule Mittelland", "Thüringen", "Qualifizierung"),
    }
    decided_on = {title: localdate(_decision(sheet).decided_at) for title, sheet in sheets.items()}
    assert decided_on == {
        "Sprachcafé Technik": datetime.date(2024, 4, 18),
        "Anerkennungslotsen im Jobcenter": datetime.date(2023, 11, 28),
        "Mentoring für Ingenieurinnen": datetime.date(2024, 12, 5),
    }
    for title, sheet in sheets.items():
        sheet.full_clean()  # every field an editor would need before publishing
        decision = _decision(sheet)
        assert decision.outcome == Outcome.SELECTED and decision.votes_cast == 2, title
        assert CriterionJudgement.objects.filter(vote__task_state=decision.task_state).count() == 8, title
        assert sheet.nominated_by and sheet.nominated_at < decided_on[title] and len(sheet.nominated_for) == 4
        assert all(section for _, _, section in sheet.sections)
        assert sheet.target_groups.exists() and sheet.funding_notice and sheet.cover_alt
        # The whole procedure is dated to the board's day, the publication included.
        assert localdate(sheet.last_published_at) == decided_on[title], title
    html = client.get(sheets["Sprachcafé Technik"].url).content.decode()
    assert "Ausgewählt am 18. April 2024 durch das Beratungsgremium" in html
    assert "Sechs von zwölf Betrieben führen das Sprachcafé nach Projektende auf eigene Kosten weiter" in html
    assert [title for title, sheet in sheets.items() if sheet.interview] == ["Sprachcafé Technik"]
    assert sheets["Anerkennungslotsen im Jobcenter"].public_contact.full_name == "Jonas Weber"

    archived = GoodPracticePage.objects.get(slug="bewerbungscoaching-per-videochat")
    assert not archived.live
    assert (_decision(archived).outcome, localdate(_decision(archived).decided_at)) == (
        Outcome.NOT_SELECTED,
        datetime.date(2024, 10, 15),
    )

    update = sheets["Mentoring für Ingenieurinnen"]
    state = WorkflowState.objects.active().for_instance(update).get()
    assert state.current_task_state.task.name == "Beratungsgremium"
    assert list(
        QuorumVote.objects.filter(task_state=state.current_task_state).values_list("user__username", flat=True)
    ) == ["gremium-bmas"]
    assert "wartet auf die zweite Stimme des Beratungsgremiums" in output

    revisions = Revision.objects.count()
    again = _seed()
    assert (
        "IQ Good Practice: 4 Vorschläge, 3 ausgewählt und veröffentlicht (0 neu vom Beratungsgremium entschieden)"
        in again
    )
    assert Revision.objects.count() == revisions
