"""The demo good-practice sheets: the three of DOMAIN.md §9, complete and published once."""

import io

from wagtail.models import Revision

import pytest

from cms.demo import DemoContext, seed_site
from goodpractice.demo import seed_good_practice
from goodpractice.models import GoodPracticeIndexPage, GoodPracticePage


def _seed() -> str:
    output = io.StringIO()
    context = DemoContext(write=output.write)
    seed_site(context=context)
    seed_good_practice(context=context)
    return output.getvalue()


@pytest.mark.django_db
def test_demo_publishes_the_three_sheets_complete_and_only_once():
    _seed()
    index = GoodPracticeIndexPage.objects.get(slug="iq-good-practice")
    assert index.live and index.show_in_menus
    sheets = {sheet.title: sheet for sheet in GoodPracticePage.objects.child_of(index).live()}
    assert {
        title: (sheet.carrier.name, sheet.get_bundesland_display(), sheet.action_area.short_name)
        for title, sheet in sheets.items()
    } == {
        "Sprachcafé Technik": ("Bildungswerk Küste gGmbH", "Schleswig-Holstein", "Qualifizierung"),
        "Anerkennungslotsen im Jobcenter": ("Integrationsforum Rhein-Main e.V.", "Hessen", "Beratung"),
        "Mentoring für Ingenieurinnen": ("Hochschule Mittelland", "Thüringen", "Qualifizierung"),
    }
    for sheet in sheets.values():
        sheet.full_clean()  # every field an editor would need before publishing
        assert all(section for _, _, section in sheet.sections)
        assert all(len(criterion.justification) > 60 for criterion in sheet.criteria)
        assert sheet.target_groups.exists() and sheet.funding_notice and sheet.cover_alt
        assert sheet.nomination_date < sheet.board_decision_date
    assert [title for title, sheet in sheets.items() if sheet.interview] == ["Sprachcafé Technik"]
    assert sheets["Anerkennungslotsen im Jobcenter"].public_contact.full_name == "Jonas Weber"

    revisions = Revision.objects.count()
    assert "IQ Good Practice: 3 Blätter (0 neu veröffentlicht)" in _seed()
    assert Revision.objects.count() == revisions
