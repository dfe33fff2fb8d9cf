"""The site shell as a reader meets it: German, skip link, landmarks, legal footer."""

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images.models import Image
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from factsheets.models import FactSheetPage


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_home_page_is_german_with_skip_link_landmarks_and_legal_links(client, legal_pages, fact_sheet_index):
    soup = _soup(client.get("/"))
    assert soup.html["lang"] == "de"
    skip = soup.find("a", class_="skip-link")
    assert skip["href"] == "#main" and soup.find("main", id="main")
    assert soup.find("header") and soup.find("footer")
    footer_links = {a.get_text(strip=True): a["href"] for a in soup.select("footer nav a")}
    assert footer_links == {
        "Impressum": legal_pages["imprint"].url,
        "Datenschutz": legal_pages["privacy"].url,
        "Barrierefreiheit": legal_pages["accessibility"].url,
    }
    assert soup.select_one('nav[aria-label="Hauptnavigation"]') is None or soup.select("nav a")


@pytest.mark.django_db
def test_every_legal_page_renders_its_duties(client, legal_pages):
    statement = _soup(client.get(legal_pages["accessibility"].url)).get_text()
    assert "barrierefreiheit@example.org" in statement
    assert "Schlichtungsstelle" in statement
    assert "teilweise vereinbar" in statement
    imprint = _soup(client.get(legal_pages["imprint"].url)).get_text()
    assert "Verantwortlich i. S. d. § 18 Abs. 2 MStV" in imprint
    assert _soup(client.get(legal_pages["privacy"].url)).find("h1").get_text() == "Datenschutz"


@pytest.mark.django_db
def test_home_lists_new_publications_in_few_queries(client, make_published_fact_sheet, django_assert_max_num_queries):
    for number in range(3):
        make_published_fact_sheet(title=f"Fact Sheet {number}", publication_date=datetime.date(2024, 1 + number, 1))
    with django_assert_max_num_queries(20):
        soup = _soup(client.get("/"))
    titles = [h.get_text(strip=True) for h in soup.select(".card__title")]
    assert titles == ["Fact Sheet 2", "Fact Sheet 1", "Fact Sheet 0"]


@pytest.mark.django_db
def test_fact_sheet_page_shows_figures_with_source_and_stand(client, published_fact_sheet):
    page = published_fact_sheet
    soup = _soup(client.get(page.url))
    assert soup.find("h1").get_text() == page.title
    figure = soup.select_one(".key-figure")
    assert figure.select_one(".key-figure__value").get_text(" ", strip=True) == "61.400 Beratungen"
    assert "Quelle: IQ Monitoring, Stand: 31.12.2023" in figure.get_text()
    link = soup.select_one(".pdf-download a")
    assert link["href"] == page.url + "pdf/"
    assert "Seite" in link.get_text()


@pytest.mark.django_db
def test_cover_image_without_alt_text_is_refused_and_nothing_is_saved(client, editor, fact_sheet_index):
    """Bad input: the editor sees what is wrong, and no page is created."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#00508c").save(buffer, "JPEG")
    image = Image.objects.create(title="titelbild", file=SimpleUploadedFile("titelbild.jpg", buffer.getvalue()))
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Ohne Alternativtext",
            "slug": "ohne-alt",
            "teaser": "Teaser",
            "language": "de",
            "cover_image": image.pk,
            "cover_alt": "titelbild.jpg",
            "key_figures": streamfield(
                [("key_figure", {"value": "1", "unit": "", "label": "x", "source": "IQ", "as_of": "2024-01-01"})]
            ),
            "body": streamfield([]),
            "methodology_note": rich_text(""),
            "sources": rich_text(""),
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("factsheets", "factsheetpage", fact_sheet_index.pk))
    response = client.post(url, data)
    assert response.status_code == 200
    assert "nicht der Dateiname" in response.content.decode()
    assert not FactSheetPage.objects.filter(slug="ohne-alt").exists()


@pytest.mark.django_db
def test_public_site_stays_german_whatever_the_browser_asks_for(client, published_fact_sheet):
    """Regression: an English browser got "31. March 2026" and "6,800" on German pages."""
    page = published_fact_sheet
    soup = _soup(client.get(page.url, headers={"accept-language": "en-US,en;q=0.9"}))
    assert soup.select_one(".key-figure__value").get_text(" ", strip=True) == "61.400 Beratungen"
    assert "1. März 2024" in soup.select_one(".meta-list").get_text()


@pytest.mark.django_db
def test_landmarks_on_a_publication_page_have_distinct_names(client, legal_pages, published_fact_sheet):
    """Regression: the footer's and the publication's funding notice were both
    "Förderhinweis", two landmarks a screen reader could not tell apart."""
    page = published_fact_sheet
    soup = _soup(client.get(page.url))
    names = [element["aria-label"] for element in soup.select("section[aria-label], nav[aria-label]")]
    assert "Förderhinweis" in names and "Förderhinweis dieser Publikation" in names
    assert len(names) == len(set(names)), names
