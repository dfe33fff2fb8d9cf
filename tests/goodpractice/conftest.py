"""Reference data, sheets and a proposal before the board, for the good-practice tests."""

from types import SimpleNamespace

import pytest

from cms.choices import Bundesland
from cms.factories import FundingNoticeFactory, OrganisationFactory, PersonFactory, TopicFactory
from goodpractice.factories import ActionAreaFactory, GoodPracticePageFactory, RegionalNetworkFactory
from goodpractice.models import TargetGroup
from tests.workflows.form_state import page_form_data
from tests.workflows.journey import act, audit_trail, stage, submit


@pytest.fixture
def reference(db):
    carrier = OrganisationFactory(
        name="Integrationsforum Rhein-Main e.V.",
        street="Mainzer Landstraße 88",
        postcode="60327",
        city="Frankfurt am Main",
        email="kontakt@integrationsforum.example.org",
    )
    return SimpleNamespace(
        carrier=carrier,
        network=RegionalNetworkFactory(name="IQ Netzwerk Hessen", bundesland=Bundesland.HE),
        counselling=ActionAreaFactory(number=1, short_name="Beratung"),
        qualification=ActionAreaFactory(
            number=2, name="Qualifizierungsmaßnahmen im Kontext des Anerkennungsgesetzes", short_name="Qualifizierung"
        ),
        # Seeded by the data migration goodpractice.0002.
        target_groups=list(TargetGroup.objects.filter(name__in=["Ratsuchende", "Jobcenter und Arbeitsagenturen"])),
        funding_notice=FundingNoticeFactory(),
        consenting=PersonFactory(
            first_name="Jonas",
            last_name="Weber",
            role="Projektleitung „Anerkennungslotsen“",
            organisation=carrier,
            email="jonas.weber@example.org",
            phone="069 1234567",
            consent_published=True,
        ),
        withholding=PersonFactory(
            first_name="Petra",
            last_name="Zurückhaltend",
            role="Beraterin",
            organisation=carrier,
            email="petra.zurueckhaltend@example.org",
            phone="069 7654321",
            consent_published=False,
        ),
    )


@pytest.fixture
def make_sheet(good_practice_index, reference):
    """A live sheet under the listing (no PDF render); keyword arguments override fields."""

    def make(**fields):
        defaults = {
            "parent": good_practice_index,
            "carrier": reference.carrier,
            "network": reference.network,
            "action_area": reference.counselling,
            "funding_notice": reference.funding_notice,
            "target_groups": reference.target_groups,
        }
        return GoodPracticePageFactory(**{**defaults, **fields})

    return make


@pytest.fixture
def proposal(make_sheet, reference, legal_pages):
    """A complete draft sheet, nominated, that passes the automated checks."""
    page = make_sheet(live=False)
    page.publishers.add(reference.carrier)
    page.topics.add(TopicFactory())
    page.save_revision()
    return page


@pytest.fixture
def before_the_board(client, team, proposal, django_capture_on_commit_callbacks):
    """Submitted by Redaktion through the editor, checked, approved by Fachreview."""
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, team.redaktion, proposal, page_form_data(proposal, user=team.redaktion))
    assert stage(proposal) == "Fachreview", audit_trail(proposal)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, team.fachreview, proposal, comment="Transferfähig und belegt.")
    assert stage(proposal) == "Beratungsgremium"
    return proposal
