"""Factories for the site shell, the reference data and the people who sign in (tests)."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group

import factory
import wagtail_factories
from factory.django import DjangoModelFactory, Password

from cms import models
from cms.choices import FundingSource, LegalForm

#: Password of every user the factory makes, for tests that sign in through a form.
USER_PASSWORD = "test"  # noqa: S105 - factory users exist only in test databases

#: Trait → role group (``workflows/roles.py``); the groups come from the migrations.
ROLE_TRAITS = {
    "editor": "Redaktion",
    "fachreview": "Fachreview",
    "lektorat": "Lektorat",
    "freigabe": "Freigabe",
    "board": "Beratungsgremium",
    "administration": "Administration",
}


class UserFactory(DjangoModelFactory):
    """A person who signs in to the admin: ``UserFactory(fachreview=True)``, traits
    combined for people in several roles, or ``groups=["Lektorat"]`` by name."""

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = Password(USER_PASSWORD)

    class Meta:
        model = settings.AUTH_USER_MODEL
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)
        # Each trait passes its group to the ``groups`` hook below, so traits add up.
        editor = factory.Trait(groups__editor=True)
        fachreview = factory.Trait(groups__fachreview=True)
        lektorat = factory.Trait(groups__lektorat=True)
        freigabe = factory.Trait(groups__freigabe=True)
        board = factory.Trait(groups__board=True)
        administration = factory.Trait(groups__administration=True)

    @factory.post_generation
    def groups(self, create, extracted, **traits):
        names = [*(extracted or ()), *(ROLE_TRAITS[trait] for trait, on in traits.items() if on)]
        if create and names:
            # A missing group is an error, not an empty group without the role's permissions.
            self.groups.add(*(Group.objects.get(name=name) for name in names))


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Integration durch Qualifizierung"
    intro = "Publikationen des Förderprogramms IQ"

    class Meta:
        model = models.HomePage


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = models.Topic
        django_get_or_create = ("slug",)


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bildungsträger {n} gGmbH")
    short_name = factory.Sequence(lambda n: f"BT{n}")
    legal_form = LegalForm.GGMBH
    city = "Köln"

    class Meta:
        model = models.Organisation
        django_get_or_create = ("name",)


class FundingPeriodFactory(DjangoModelFactory):
    name = "2023–2025"
    start = datetime.date(2023, 1, 1)
    end = datetime.date(2025, 12, 31)
    funding_source = FundingSource.ESF_PLUS

    class Meta:
        model = models.FundingPeriod
        django_get_or_create = ("name",)


def funding_logo(image, *, alt: str = "") -> dict:
    """A logo of a funding notice as the admin stores it (``logos`` stream)."""
    return {"type": "logo", "value": {"image": image.pk, "alt": alt}}


class FundingNoticeFactory(DjangoModelFactory):
    label = factory.Sequence(lambda n: f"ESF Plus 2023–2025 ({n})")
    text = (
        "<p>Das Förderprogramm „Integration durch Qualifizierung (IQ)“ wird durch das Bundesministerium "
        "für Arbeit und Soziales und die Europäische Union über den Europäischen Sozialfonds Plus (ESF Plus) "
        "gefördert. Partner in der Umsetzung sind das Bundesministerium für Bildung und Forschung und die "
        "Bundesagentur für Arbeit.</p>"
    )
    period = factory.SubFactory(FundingPeriodFactory)

    class Meta:
        model = models.FundingNotice


class PersonFactory(DjangoModelFactory):
    first_name = factory.Faker("first_name", locale="de_DE")
    last_name = factory.Faker("last_name", locale="de_DE")
    initials = factory.LazyAttribute(lambda o: (o.first_name[0] + o.last_name[0]).lower())
    role = "Referentin"
    consent_published = True

    class Meta:
        model = models.Person


class ImprintPageFactory(wagtail_factories.PageFactory):
    title = "Impressum"
    slug = "impressum"
    provider = "ebb Entwicklungsgesellschaft für berufliche Bildung mbH\nChristophstraße 1\n50670 Köln"
    responsible_person = "Dr. Maria Beispiel"
    contact_email = "redaktion@example.org"
    body = "<p>Angaben gemäß § 5 DDG.</p>"

    class Meta:
        model = models.ImprintPage


class PrivacyPageFactory(wagtail_factories.PageFactory):
    title = "Datenschutz"
    slug = "datenschutz"
    controller = "ebb Entwicklungsgesellschaft für berufliche Bildung mbH, Köln"
    body = "<p>Wir verarbeiten personenbezogene Daten nur, soweit es für den Betrieb der Website nötig ist.</p>"

    class Meta:
        model = models.PrivacyPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Erklärung zur Barrierefreiheit"
    slug = "barrierefreiheit"
    statement_created = datetime.date(2026, 11, 1)
    feedback_email = "barrierefreiheit@example.org"
    body = "<p>Wir sind bemüht, diese Website barrierefrei zugänglich zu machen.</p>"

    class Meta:
        model = models.AccessibilityStatementPage


class CataloguePageFactory(wagtail_factories.PageFactory):
    title = "Publikationen"
    slug = "publikationen"
    intro = "Alle Publikationen des Förderprogramms IQ."

    class Meta:
        model = models.CataloguePage


class EasyLanguagePageFactory(wagtail_factories.PageFactory):
    title = "Informationen in Leichter Sprache"
    slug = "leichte-sprache"
    body = factory.LazyFunction(lambda: [{"type": "heading", "value": {"text": "Was ist hier?", "level": "h2"}}])

    class Meta:
        model = models.EasyLanguagePage


class SignLanguagePageFactory(wagtail_factories.PageFactory):
    title = "Informationen in Deutscher Gebärdensprache"
    slug = "gebaerdensprache"

    class Meta:
        model = models.SignLanguagePage


class SubprojectDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Teilprojekte"
    slug = "teilprojekte"

    class Meta:
        model = models.SubprojectDirectoryPage
