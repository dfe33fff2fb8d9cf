"""Reference data, a listing page and helpers for the good-practice tests."""

from types import SimpleNamespace

import pytest

from cms.choices import Bundesland
from cms.factories import FundingNoticeFactory, OrganisationFactory, PersonFactory
from goodpractice.factories import (
    ActionAreaFactory,
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    RegionalNetworkFactory,
)
from goodpractice.models import TargetGroup


@pytest.fixture
def good_practice_index(home_page):
    return GoodPracticeIndexPageFactory(parent=home_page)


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
