"""Factories for good-practice sheets and the reference data they point to."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms import models as cms_models
from cms.choices import Bundesland, NetworkType
from cms.factories import FundingNoticeFactory, OrganisationFactory
from cms.stream_data import paragraph
from goodpractice import models
from goodpractice.models import Criterion, ProductType


def _paragraphs(*texts: str) -> list[dict]:
    return [paragraph(text) for text in texts]


class ActionAreaFactory(DjangoModelFactory):
    number = 1
    name = "Anerkennungs- und Qualifizierungsberatung (inkl. „Faire Integration“)"
    short_name = "Beratung"
    esf_funded = True

    class Meta:
        model = cms_models.ActionArea
        django_get_or_create = ("number",)


class RegionalNetworkFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"IQ Netzwerk Beispielland {n}")
    network_type = NetworkType.STATE_NETWORK
    bundesland = Bundesland.HE

    class Meta:
        model = cms_models.RegionalNetwork
        django_get_or_create = ("name",)


class TargetGroupFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")

    class Meta:
        model = models.TargetGroup
        django_get_or_create = ("name",)


class GoodPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "IQ Good Practice"
    slug = "iq-good-practice"
    show_in_menus = True
    intro = "Erprobte Ansätze aus dem Förderprogramm IQ, ausgewählt vom Beratungsgremium."

    class Meta:
        model = models.GoodPracticeIndexPage


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Anerkennungslotsen im Jobcenter {n}")
    subtitle = "Wöchentliche Anerkennungsberatung in den Räumen des Jobcenters"
    teaser = "Kürzere Wege, doppelt so viele Anträge: IQ Beratung dort, wo Ratsuchende ohnehin sind."
    publication_date = datetime.date(2024, 6, 1)
    funding_notice = factory.SubFactory(FundingNoticeFactory)
    project_name = "Anerkennungslotsen – Beratung im Jobcenter"
    carrier = factory.SubFactory(OrganisationFactory)
    network = factory.SubFactory(RegionalNetworkFactory)
    bundesland = Bundesland.HE
    action_area = factory.SubFactory(ActionAreaFactory)
    product_type = ProductType.MEASURE
    challenge = factory.LazyFunction(
        lambda: _paragraphs("Viele Ratsuchende erfuhren erst spät von der Möglichkeit der Anerkennung.")
    )
    approach = factory.LazyFunction(
        lambda: _paragraphs("Eine wöchentliche Sprechstunde findet direkt in den Räumen des Jobcenters statt.")
    )
    results = factory.LazyFunction(lambda: _paragraphs("Die Zahl der Antragstellungen hat sich verdoppelt."))
    transfer = factory.LazyFunction(
        lambda: _paragraphs("Eine Kooperationsvereinbarung und ein Raum im Jobcenter genügen für den Start.")
    )
    # The nomination; selection, its date and the judgements come from the board's votes.
    nominated_by = "IQ Netzwerk Hessen"
    nominated_at = datetime.date(2024, 1, 15)
    nominated_for = factory.LazyFunction(lambda: list(Criterion.values))

    class Meta:
        model = models.GoodPracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        groups = extracted if extracted is not None else [TargetGroupFactory(name="Ratsuchende")]
        self.target_groups.set(groups)
        if create:
            # A parental many-to-many relation is written when the page is saved.
            self.save()
