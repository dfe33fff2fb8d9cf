"""Subprojects in the admin: the menu, the list with filters and search, the import button."""

import pytest

from cms.factories import UserFactory
from cms.models.subproject import SubprojectStatus

LIST_URL = "/admin/snippets/cms/subproject/"


@pytest.fixture
def administration(client, db):
    client.force_login(UserFactory(administration=True))
    return client


def test_administration_lists_the_subprojects_with_an_import_button(administration, make_subproject):
    make_subproject("Anerkennungslotsen")
    make_subproject("Sprachcafé Technik")

    response = administration.get(LIST_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Anerkennungslotsen" in html and "Sprachcafé Technik" in html
    assert "Teilprojekte importieren" in html
    assert 'href="/admin/snippets/cms/subproject/import/"' in html


def test_the_menu_has_an_item_teilprojekte(administration, make_subproject):
    html = administration.get("/admin/").content.decode()

    assert "Teilprojekte" in html
    assert LIST_URL in html


def test_the_list_filters_by_status_and_searches_by_name(administration, make_subproject):
    make_subproject("Anerkennungslotsen", status=SubprojectStatus.FINISHED)
    make_subproject("Sprachcafé Technik")

    finished = administration.get(LIST_URL, {"status": "abgeschlossen"}).content.decode()
    searched = administration.get(LIST_URL, {"q": "Sprachcaf"}).content.decode()

    assert "Anerkennungslotsen" in finished and "Sprachcafé Technik" not in finished
    assert "Sprachcafé Technik" in searched and "Anerkennungslotsen" not in searched


def test_the_edit_form_is_german(administration, make_subproject):
    subproject = make_subproject("Anerkennungslotsen")

    html = administration.get(f"{LIST_URL}edit/{subproject.pk}/").content.decode()

    for label in ("Träger", "Handlungsschwerpunkt", "Zielgruppen", "Förderperiode", "Ansprechperson"):
        assert label in html


def test_reviewers_see_the_list_but_no_import_button(client, make_subproject):
    make_subproject("Anerkennungslotsen")
    client.force_login(UserFactory(fachreview=True))

    response = client.get(LIST_URL)

    assert response.status_code == 200
    assert "Anerkennungslotsen" in response.content.decode()
    assert "Teilprojekte importieren" not in response.content.decode()
