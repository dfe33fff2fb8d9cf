"""The admin works offline: no avatar from an external service."""

import pytest

from cms.factories import UserFactory


@pytest.mark.django_db
def test_the_admin_shows_the_built_in_avatar_and_never_asks_gravatar(client):
    client.force_login(UserFactory(editor=True))

    html = client.get("/admin/").content.decode()

    assert "gravatar" not in html.lower()
    assert "wagtailadmin/images/default-user-avatar" in html


@pytest.mark.django_db
def test_a_deployment_can_choose_an_avatar_service(client, settings):
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = "https://avatars.example.org/avatar"
    client.force_login(UserFactory(editor=True))

    assert "https://avatars.example.org/avatar/" in client.get("/admin/").content.decode()
