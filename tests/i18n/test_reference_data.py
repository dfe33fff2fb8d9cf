"""Topics, action areas, networks, organisations and funding notices are translatable."""

from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from wagtail.models import Locale

import pytest

from cms.factories import FundingNoticeFactory, OrganisationFactory, TopicFactory
from cms.models import ActionArea, FundingNotice, Organisation, RegionalNetwork, Topic
from goodpractice.factories import TargetGroupFactory
from goodpractice.models import TargetGroup
from tests.i18n.translations import english

BEFORE = [("cms", "0011_locales_de_en")]
AFTER = [("cms", "0014_reference_data_translatable")]


@pytest.mark.django_db(transaction=True)
def test_existing_rows_are_german_after_the_migrations():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    old_apps.get_model("cms", "Topic").objects.create(name="Anerkennung", slug="anerkennung")
    old_apps.get_model("cms", "Organisation").objects.create(name="IQ Fachstelle Beratung")
    old_apps.get_model("cms", "RegionalNetwork").objects.create(
        name="IQ Netzwerk Hessen", network_type="x", bundesland="HE"
    )
    old_apps.get_model("cms", "ActionArea").objects.create(number=1, name="Beratung", short_name="Beratung")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    for model in (Topic, Organisation, RegionalNetwork, ActionArea):
        row = model.objects.get()
        assert row.locale.language_code == "de", model
        assert row.translation_key is not None
    assert len({model.objects.get().translation_key for model in (Topic, Organisation)}) == 2
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"de", "en"}


@pytest.mark.django_db
def test_new_rows_get_the_german_locale():
    assert TopicFactory().locale.language_code == "de"
    assert FundingNoticeFactory().locale.language_code == "de"


@pytest.mark.django_db
def test_a_translation_may_keep_name_and_slug_but_a_locale_may_not_repeat_them():
    topic = TopicFactory(name="Anerkennung", slug="anerkennung")
    translation = topic.copy_for_translation(english())
    translation.save()
    assert translation.slug == "anerkennung" and translation.get_translation(topic.locale) == topic
    organisation = OrganisationFactory(name="Bildungswerk Küste gGmbH")
    organisation.copy_for_translation(english()).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        TopicFactory(name="Anerkennung", slug="anerkennung-2")
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="Bildungswerk Küste gGmbH")
    assert FundingNotice.objects.count() == 0


@pytest.mark.django_db
def test_admin_refuses_a_duplicate_name_in_the_same_language_with_a_message(client, team):
    TopicFactory(name="Anerkennung", slug="anerkennung")
    client.force_login(team.admin)
    response = client.post(
        reverse("wagtailsnippets_cms_topic:add") + "?locale=de",
        {"name": "Anerkennung", "slug": "anerkennung-neu", "description": ""},
    )
    assert response.status_code == 200
    assert "„Anerkennung“ gibt es in dieser Sprache schon" in response.content.decode()
    assert Topic.objects.filter(name="Anerkennung").count() == 1


@pytest.mark.django_db
def test_reference_data_lists_per_language_and_translates_in_the_admin(
    client, team, django_capture_on_commit_callbacks
):
    topic = TopicFactory(name="Anerkennung", slug="anerkennung")
    client.force_login(team.admin)
    for model in ("topic", "actionarea", "regionalnetwork", "organisation", "fundingnotice"):
        assert client.get(reverse(f"wagtailsnippets_cms_{model}:list") + "?locale=en").status_code == 200, model
    url = reverse("wagtail_localize:submit_snippet_translation", args=["cms", "topic", topic.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [english().pk]})
    assert response.status_code == 302
    translated = topic.get_translation(english())
    assert (translated.name, translated.slug) == ("Anerkennung", "anerkennung")
    listing = client.get(reverse("wagtailsnippets_cms_topic:list") + "?locale=en")
    assert "Anerkennung" in listing.content.decode()


@pytest.mark.django_db(transaction=True)
def test_existing_target_groups_are_german_after_the_migrations_and_translate_per_locale():
    before = [("goodpractice", "0008_subprojects")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    old_apps.get_model("goodpractice", "TargetGroup").objects.create(name="Pflegekräfte", sort_order=10)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    group = TargetGroup.objects.get(name="Pflegekräfte")
    assert group.locale.language_code == "de" and group.translation_key is not None
    translation = group.copy_for_translation(english())
    translation.save()
    assert translation.get_translation(group.locale) == group
    with pytest.raises(IntegrityError), transaction.atomic():
        TargetGroup.objects.create(name="Pflegekräfte")


@pytest.mark.django_db
def test_target_groups_list_per_language_and_translate_in_the_admin(client, team, django_capture_on_commit_callbacks):
    group = TargetGroupFactory(name="Ratsuchende")
    client.force_login(team.admin)
    assert client.get(reverse("wagtailsnippets_goodpractice_targetgroup:list") + "?locale=en").status_code == 200
    url = reverse("wagtail_localize:submit_snippet_translation", args=["goodpractice", "targetgroup", group.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"locales": [english().pk]}).status_code == 302
    assert group.get_translation(english()).name == "Ratsuchende"
    response = client.post(
        reverse("wagtailsnippets_goodpractice_targetgroup:add") + "?locale=de", {"name": "Ratsuchende", "sort_order": 5}
    )
    assert response.status_code == 200
    assert "„Ratsuchende“ gibt es in dieser Sprache schon" in response.content.decode()
