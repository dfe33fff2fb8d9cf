"""How readers and search engines find publications: Atom feeds, the sitemap
with the PDFs, robots.txt and canonical links."""

import xml.etree.ElementTree as ET

import pytest

from factsheets.factories import FactSheetPageFactory
from tests.publishing import publish

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _entries(response) -> list[ET.Element]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def _sheet(capture, parent, title: str):
    return publish(FactSheetPageFactory(parent=parent, live=False, title=title), capture=capture)


@pytest.fixture
def two_sheets(fact_sheet_index, dossier_index, django_capture_on_commit_callbacks):
    older = _sheet(django_capture_on_commit_callbacks, fact_sheet_index, "Beratung 2023")
    newer = _sheet(django_capture_on_commit_callbacks, fact_sheet_index, "Beratung 2024")
    return older, newer


@pytest.mark.django_db
def test_the_site_feed_lists_new_publications_newest_first_with_their_pdf(client, two_sheets):
    older, newer = two_sheets
    entries = _entries(client.get("/feed/"))

    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles == ["IQ Fact Sheet: Beratung 2024", "IQ Fact Sheet: Beratung 2023"]
    enclosure = entries[0].find(f"{ATOM}link[@rel='enclosure']")
    assert enclosure.get("href") == f"http://testserver{newer.url}pdf/"
    assert enclosure.get("type") == "application/pdf" and int(enclosure.get("length")) > 1000
    assert entries[0].findtext(f"{ATOM}summary") == newer.teaser


@pytest.mark.django_db
def test_a_type_feed_sits_below_its_listing_and_holds_only_that_type(client, two_sheets, fact_sheet_index):
    feed = client.get(f"{fact_sheet_index.url}feed/")
    assert len(_entries(feed)) == 2
    assert _entries(client.get("/themendossiers/feed/")) == []

    listing = client.get(fact_sheet_index.url).content.decode()
    assert f'type="application/atom+xml" title="Neue Publikationen: {fact_sheet_index.title} (Atom)"' in listing
    assert f'href="{fact_sheet_index.url}feed/"' in listing


@pytest.mark.django_db
def test_a_withdrawn_publication_stays_in_the_feed_marked(client, two_sheets, team):
    from cms.withdrawal.services import page_withdraw

    older, _ = two_sheets
    page_withdraw(page=older, user=team.freigabe, reason="Zahlen korrigiert")

    titles = [entry.findtext(f"{ATOM}title") for entry in _entries(client.get("/feed/"))]
    assert "Zurückgezogen: IQ Fact Sheet: Beratung 2023" in titles


@pytest.mark.django_db
def test_drafts_and_restricted_pages_are_not_in_the_feed(client, fact_sheet_index, two_sheets):
    from wagtail.models import PageViewRestriction

    FactSheetPageFactory(parent=fact_sheet_index, live=False, title="Entwurf")
    PageViewRestriction.objects.create(page=two_sheets[0], restriction_type=PageViewRestriction.LOGIN)

    titles = [entry.findtext(f"{ATOM}title") for entry in _entries(client.get("/feed/"))]
    assert titles == ["IQ Fact Sheet: Beratung 2024"]


@pytest.mark.django_db
def test_the_feed_costs_the_same_queries_for_two_and_for_twelve_entries(
    client, fact_sheet_index, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    for number in range(2):
        _sheet(django_capture_on_commit_callbacks, fact_sheet_index, f"Blatt {number}")
    with django_assert_max_num_queries(12) as few:
        client.get("/feed/")
    for number in range(10):
        _sheet(django_capture_on_commit_callbacks, fact_sheet_index, f"Weiteres Blatt {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(_entries(client.get("/feed/"))) == 12


@pytest.mark.django_db
def test_the_sitemap_lists_pages_and_their_pdfs_with_dates(client, two_sheets):
    older, newer = two_sheets
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in ET.fromstring(response.content).findall(f"{SITEMAP}url")
    }
    for sheet in (older, newer):
        assert urls[f"http://testserver{sheet.url}"]
        assert urls[f"http://testserver{sheet.url}pdf/"]
    assert "http://testserver/" in urls


@pytest.mark.django_db
def test_the_sitemap_leaves_out_restricted_pages_and_their_pdfs(client, two_sheets):
    from wagtail.models import PageViewRestriction

    older, _ = two_sheets
    PageViewRestriction.objects.create(page=older, restriction_type=PageViewRestriction.LOGIN)

    content = client.get("/sitemap.xml").content.decode()
    assert older.url not in content


@pytest.mark.django_db
def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Sitemap: http://testserver/sitemap.xml",
    ]


@pytest.mark.django_db
def test_a_publication_names_its_canonical_url_and_every_page_the_site_feed(client, two_sheets):
    _, newer = two_sheets
    html = client.get(newer.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{newer.url}">' in html
    assert '<link rel="alternate" type="application/atom+xml" title="Neue Publikationen (Atom)" href="/feed/">' in html
