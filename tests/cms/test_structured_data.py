"""What a page tells machines: schema.org JSON-LD per publication type, its PDF
as an ``encoding`` with accessibility metadata, breadcrumbs and Open Graph."""

import datetime
import json

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from cms.factories import OrganisationFactory, TopicFactory
from cms.structured_data import json_ld_script
from dossiers.factories import DossierPageFactory
from factsheets.factories import FactSheetPageFactory
from goodpractice.factories import GoodPracticePageFactory
from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from pdfexport.models import PdfUaStatus, PublicationPDF
from tests.publishing import publish


def _get(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def _json_ld(soup: BeautifulSoup) -> dict[str, dict]:
    """The page's JSON-LD documents by ``@type``; each must parse."""
    documents = [json.loads(script.string) for script in soup.select('head script[type="application/ld+json"]')]
    return {document["@type"]: document for document in documents}


def _publication(soup: BeautifulSoup) -> dict:
    documents = {kind: data for kind, data in _json_ld(soup).items() if kind != "BreadcrumbList"}
    assert len(documents) == 1, list(documents)
    return next(iter(documents.values()))


def _og(soup: BeautifulSoup) -> dict[str, str]:
    return {meta["property"]: meta["content"] for meta in soup.select("head meta[property]")}


# --- a fact sheet with its PDF ----------------------------------------------------------


@pytest.fixture
def fact_sheet_with_pdf(make_published_fact_sheet):
    publisher = OrganisationFactory(name="IQ Fachstelle Beratung", website="https://beratung.example.org/")
    topic = TopicFactory(name="Anerkennung", slug="anerkennung")
    page = make_published_fact_sheet(
        title="IQ Beratung 2023 in Zahlen",
        teaser="Beratungen und Referenzberufe auf einen Blick.",
        publication_date=datetime.date(2024, 3, 1),
    )
    page.publishers.add(publisher)
    page.topics.add(topic)
    page.save()  # parental many-to-many: stored on save
    return page


@pytest.mark.django_db
def test_fact_sheet_is_a_report_with_its_description_and_classification(client, legal_pages, fact_sheet_with_pdf):
    page = fact_sheet_with_pdf

    data = _publication(_get(client, page.url))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Report"
    assert data["name"] == "IQ Beratung 2023 in Zahlen"
    assert data["url"] == f"http://testserver{page.url}"
    assert data["description"] == "Beratungen und Referenzberufe auf einen Blick."
    assert data["datePublished"] == "2024-03-01"
    assert data["inLanguage"] == "de"
    assert data["publisher"] == [
        {"@type": "Organization", "name": "IQ Fachstelle Beratung", "url": "https://beratung.example.org/"}
    ]
    assert data["about"] == [{"@type": "Thing", "name": "Anerkennung"}]


@pytest.mark.django_db
def test_pdf_is_the_encoding_with_size_and_accessibility_metadata(client, legal_pages, fact_sheet_with_pdf):
    page = fact_sheet_with_pdf
    pdf = PublicationPDF.objects.get(revision_id=page.live_revision_id)

    encoding = _publication(_get(client, page.url))["encoding"]

    assert encoding["@type"] == "MediaObject"
    assert encoding["encodingFormat"] == "application/pdf"
    assert encoding["contentUrl"] == f"http://testserver{page.url}pdf/"
    assert encoding["contentSize"] == f"{pdf.byte_size / 1000:.1f} kB"
    assert encoding["sha256"] == pdf.sha256
    assert set(encoding["accessibilityFeature"]) >= {
        "taggedPDF",
        "structuralNavigation",
        "alternativeText",
        "readingOrder",
    }
    assert encoding["accessMode"] == ["textual", "visual"]
    assert encoding["accessModeSufficient"][0]["itemListElement"] == ["textual"]
    assert encoding["accessibilityHazard"] == "none"
    assert encoding["conformsTo"]["name"] == "PDF/UA-1"
    assert encoding["conformsTo"]["alternateName"] == "ISO 14289-1"
    # The address in the JSON-LD is the download readers get.
    assert client.get(f"{page.url}pdf/").status_code == 200


@pytest.mark.django_db
def test_untagged_pdf_claims_no_pdf_ua_conformance(client, legal_pages, fact_sheet_with_pdf):
    page = fact_sheet_with_pdf
    # An untagged fallback never passes the validator.
    PublicationPDF.objects.filter(revision_id=page.live_revision_id).update(
        tagged=False, pdfua_status=PdfUaStatus.FAILED
    )

    encoding = _publication(_get(client, page.url))["encoding"]

    assert "conformsTo" not in encoding
    assert "taggedPDF" not in encoding["accessibilityFeature"]
    assert [item["itemListElement"] for item in encoding["accessModeSufficient"]] == [["textual", "visual"]]


@pytest.mark.django_db
def test_a_tagged_pdf_the_validator_failed_claims_no_pdf_ua_conformance(client, legal_pages, fact_sheet_with_pdf):
    # Tagged is what WeasyPrint was asked for; conformance is what the validator found.
    page = fact_sheet_with_pdf
    PublicationPDF.objects.filter(revision_id=page.live_revision_id).update(pdfua_status=PdfUaStatus.FAILED)

    encoding = _publication(_get(client, page.url))["encoding"]

    assert "conformsTo" not in encoding
    assert "taggedPDF" in encoding["accessibilityFeature"]
    assert "PDF/UA-1" not in encoding["accessibilitySummary"]


@pytest.mark.django_db
def test_no_encoding_before_a_pdf_exists(client, legal_pages, fact_sheet_index, django_capture_on_commit_callbacks):
    page = publish(
        FactSheetPageFactory(parent=fact_sheet_index, live=False),
        capture=django_capture_on_commit_callbacks,
        execute=False,  # the worker has not rendered yet
    )
    assert not PublicationPDF.objects.filter(page_id=page.pk).exists()

    data = _publication(_get(client, page.url))

    assert data["@type"] == "Report"
    assert "encoding" not in data


# --- the schema.org type of each publication type ---------------------------------------


@pytest.mark.django_db
def test_each_publication_type_declares_its_schema_org_type(
    client, legal_pages, magazine_archive, dossier_index, good_practice_index
):
    issue = MagazineIssuePageFactory(parent=magazine_archive)
    article = MagazineArticlePageFactory(parent=issue)
    dossier = DossierPageFactory(parent=dossier_index)
    sheet = GoodPracticePageFactory(parent=good_practice_index)

    types = {page.title: _publication(_get(client, page.url))["@type"] for page in (issue, article, dossier, sheet)}

    assert types == {
        issue.title: "PublicationIssue",
        article.title: "Article",
        dossier.title: "Report",
        sheet.title: "Report",
    }


@pytest.mark.django_db
def test_article_is_part_of_its_issue(client, legal_pages, magazine_archive):
    issue = MagazineIssuePageFactory(parent=magazine_archive, issue_number=2, year=2025)
    article = MagazineArticlePageFactory(parent=issue, lead="Was sich für Ratsuchende ändert.")

    data = _publication(_get(client, article.url))

    assert data["description"] == "Was sich für Ratsuchende ändert."
    assert data["isPartOf"] == {
        "@type": "PublicationIssue",
        "name": "IQ konkret 2/2025",
        "url": f"http://testserver{issue.url}",
    }


@pytest.mark.django_db
def test_legal_page_has_breadcrumbs_but_no_publication_json_ld(client, legal_pages):
    documents = _json_ld(_get(client, legal_pages["imprint"].url))

    assert list(documents) == ["BreadcrumbList"]


@pytest.mark.django_db
def test_breadcrumb_list_names_every_step_with_absolute_addresses(client, legal_pages, published_fact_sheet):
    page = published_fact_sheet

    crumbs = _json_ld(_get(client, page.url))["BreadcrumbList"]["itemListElement"]

    assert [(item["position"], item["name"], item["item"]) for item in crumbs] == [
        (1, "Startseite", "http://testserver/"),
        (2, "IQ Fact Sheets", "http://testserver/fact-sheets/"),
        (3, page.title, f"http://testserver{page.url}"),
    ]


# --- escaping ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_title_cannot_break_out_of_the_json_ld_script(client, legal_pages, make_published_fact_sheet):
    title = 'Zahlen </script><script>alert("x")</script> & Fakten'
    page = make_published_fact_sheet(title=title)

    response = client.get(page.url)
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")

    assert _publication(soup)["name"] == title
    assert 'alert("x")' not in "".join(script.get_text() for script in soup.select("script:not([type])"))
    assert "<script>alert" not in html


def test_json_ld_script_escapes_markup_and_line_separators():
    script = str(json_ld_script({"name": "</script>&\u2028"}))

    assert script == '<script type="application/ld+json">{"name":"\\u003C/script\\u003E\\u0026\\u2028"}</script>'
    assert json.loads(script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")) == {
        "name": "</script>&\u2028"
    }


# --- Open Graph -------------------------------------------------------------------------


@pytest.mark.django_db
def test_open_graph_of_a_publication(client, legal_pages, make_published_fact_sheet):
    cover = wagtail_factories.ImageFactory(title="Titelbild")
    page = make_published_fact_sheet(
        title="IQ Beratung in Zahlen",
        teaser="Der Teaser.",
        cover_image=cover,
        cover_alt="Eine Beraterin am Laptop.",
    )

    soup = _get(client, page.url)
    og = _og(soup)

    assert og["og:title"] == "IQ Beratung in Zahlen"
    assert og["og:description"] == "Der Teaser."
    assert og["og:type"] == "article"
    assert og["og:locale"] == "de_DE"
    assert og["og:url"] == soup.select_one('link[rel="canonical"]')["href"] == f"http://testserver{page.url}"
    assert og["og:image"].startswith("http://testserver/media/images/")
    assert og["og:image:alt"] == "Eine Beraterin am Laptop."
    assert _publication(soup)["image"] == og["og:image"]


@pytest.mark.django_db
def test_search_description_wins_over_the_teaser(client, legal_pages, make_published_fact_sheet):
    page = make_published_fact_sheet(teaser="Der Teaser.", search_description="Für Suchmaschinen.")

    soup = _get(client, page.url)

    assert _og(soup)["og:description"] == "Für Suchmaschinen."
    assert _publication(soup)["description"] == "Für Suchmaschinen."


@pytest.mark.django_db
def test_open_graph_of_a_page_without_cover_or_publication(client, legal_pages):
    og = _og(_get(client, "/"))

    assert og["og:type"] == "website"
    assert og["og:url"] == "http://testserver/"
    assert og["og:locale"] == "de_DE"
    assert "og:image" not in og
