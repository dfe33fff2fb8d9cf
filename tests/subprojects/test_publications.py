"""A subproject's page: its data, the publications that name it, and their links back."""

import pytest

from cms.factories import OrganisationFactory
from goodpractice.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from magazine.factories import (
    MagazineArchivePageFactory,
    MagazineArticlePageFactory,
    MagazineIssuePageFactory,
    project_portrait,
)

URL = "/teilprojekte/anerkennungslotsen/"


@pytest.fixture
def subproject(make_subproject, reference):
    return make_subproject(
        "Anerkennungslotsen",
        description="Beratung im Jobcenter.",
        contact=reference.consenting,
        target_groups=[reference.seekers],
    )


@pytest.fixture
def sheet(home_page, subproject, reference):
    index = GoodPracticeIndexPageFactory(parent=home_page)
    return GoodPracticePageFactory(
        parent=index, title="Anerkennungslotsen im Jobcenter", subproject=subproject, target_groups=[reference.seekers]
    )


@pytest.fixture
def article(home_page, subproject):
    issue = MagazineIssuePageFactory(parent=MagazineArchivePageFactory(parent=home_page), title="IQ konkret 2/2024")
    portrait = project_portrait(
        name="Anerkennungslotsen", organisation=OrganisationFactory(), text="Beratung vor Ort.", subproject=subproject
    )
    return MagazineArticlePageFactory(parent=issue, title="Beratung, wo sie gebraucht wird", body=[portrait])


def test_the_page_shows_the_data_of_the_subproject(client, directory, subproject, reference):
    response = client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Anerkennungslotsen", "Integrationsforum Rhein-Main e.V.", "IQ Netzwerk Hessen", "HSP 1: Beratung",
                 "Ratsuchende", "2023–2025", "laufend", "Jonas Weber", "jonas.weber@example.org"):  # fmt: skip
        assert text in html
    assert "Über dieses Teilprojekt ist noch keine Publikation erschienen." in html


def test_a_contact_without_consent_is_not_shown(client, directory, subproject, reference):
    subproject.contact = reference.withholding
    subproject.save()

    html = client.get(URL).content.decode()

    assert "Zurückhaltend" not in html and "petra@example.org" not in html
    assert "kontakt@ifrm.example.org" in html


def test_the_page_lists_the_sheet_and_the_portrait_and_both_link_back(client, directory, sheet, article):
    html = client.get(URL).content.decode()

    assert f'href="{sheet.url}">Anerkennungslotsen im Jobcenter</a>' in html
    assert f'href="{article.url}">Beratung, wo sie gebraucht wird</a> (in IQ konkret 2/2024)' in html
    assert "IQ Good Practice" in html and "IQ konkret" in html
    back = 'href="http://testserver/teilprojekte/anerkennungslotsen/">Anerkennungslotsen im Teilprojektverzeichnis</a>'
    assert back in client.get(sheet.url).content.decode()
    assert back in client.get(article.url).content.decode()


def test_a_publication_that_is_not_live_is_not_listed(client, directory, sheet, article):
    sheet.unpublish()
    article.unpublish()

    html = client.get(URL).content.decode()

    assert "Anerkennungslotsen im Jobcenter" not in html
    assert "Beratung, wo sie gebraucht wird" not in html


@pytest.mark.parametrize("count", [1, 6])
def test_the_page_costs_the_same_queries_however_many_publications_name_it(
    client, directory, subproject, reference, home_page, django_assert_max_num_queries, count
):
    index = GoodPracticeIndexPageFactory(parent=home_page)
    issue = MagazineIssuePageFactory(parent=MagazineArchivePageFactory(parent=home_page))
    for n in range(count):
        GoodPracticePageFactory(parent=index, subproject=subproject, target_groups=[reference.seekers])
        portrait = project_portrait(name=f"P {n}", organisation=reference.carrier, text="Kurz.", subproject=subproject)
        MagazineArticlePageFactory(parent=issue, body=[portrait])
    client.get(URL)

    # 23 since the English editions: the header asks for the page's language editions (cms/i18n/editions.py).
    with django_assert_max_num_queries(23):
        response = client.get(URL)

    assert response.content.decode().count('<li><span class="result__type">') == 2 * count


def test_an_unknown_subproject_gets_a_german_not_found_page(client, directory):
    response = client.get("/teilprojekte/gibt-es-nicht/")

    assert response.status_code == 404
    assert "Dieses Teilprojekt gibt es hier nicht" in response.content.decode()
