"""German URLs stay as they were; English ones live under /en/."""

from django.urls import reverse

import pytest

from tests.i18n.translations import translate_with_ancestors

ENGLISH_BROWSER = {"accept-language": "en-US,en;q=0.9"}


@pytest.mark.django_db
@pytest.mark.parametrize("headers", [{}, ENGLISH_BROWSER], ids=["no-preference", "english-browser"])
def test_german_pages_and_pdfs_answer_at_their_urls_without_redirect(client, published_fact_sheet, headers):
    page = published_fact_sheet
    assert page.url == "/fact-sheets/" + page.slug + "/"
    for url in ("/", "/fact-sheets/", page.url, page.url + "pdf/"):
        response = client.get(url, headers=headers)
        assert response.status_code == 200, url
        assert response.get("Content-Language") == "de", url
    assert 'lang="de"' in client.get(page.url, headers=headers).content.decode()


@pytest.mark.django_db
def test_unprefixed_pages_do_not_vary_on_the_browsers_language(client, published_fact_sheet):
    """A Vary: Accept-Language would keep the page cache from storing any German page."""
    response = client.get(published_fact_sheet.url, headers=ENGLISH_BROWSER)
    assert "accept-language" not in response.get("Vary", "").lower()


@pytest.mark.django_db
def test_english_translation_is_served_under_en(client, published_fact_sheet, django_capture_on_commit_callbacks):
    english = translate_with_ancestors(
        published_fact_sheet, capture=django_capture_on_commit_callbacks, title="IQ counselling in figures"
    )
    assert english.url == "/en/fact-sheets/" + published_fact_sheet.slug + "/"
    response = client.get(english.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "IQ counselling in figures" in html
    assert response.get("Content-Language") == "en"
    # What machines read of it says English too, not the German page's copied field.
    assert '<meta property="og:locale" content="en_GB">' in html
    assert '"inLanguage":"en"' in html
    assert client.get(english.url + "pdf/").status_code == 200
    # The German edition is untouched by its translation.
    assert client.get(published_fact_sheet.url).status_code == 200


@pytest.mark.django_db
def test_admin_documents_and_sitemap_stay_unprefixed(client, published_fact_sheet):
    assert reverse("wagtailadmin_home") == "/admin/"
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/en/sitemap.xml").status_code == 404
    assert client.get("/en/admin/").status_code == 404
