"""The chrome of every reader's page: the search box in the header, the links to
Leichte Sprache and Gebärdensprache, breadcrumbs, and the two § 4 BITV pages."""

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Revision

import pytest
from bs4 import BeautifulSoup

from cms.factories import TopicFactory, UserFactory
from cms.models import EasyLanguagePage, SignLanguagePage
from cms.templatetags import reader_chrome_tags
from demo.accessible_language import seed_accessible_language
from demo.context import DemoContext
from tests.publishing import publish
from tests.workflows.form_state import page_form_data

MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def _publish_child(parent, page, capture):
    parent.add_child(instance=page)
    return publish(page, capture=capture)


@pytest.fixture
def easy_language_page(home_page, django_capture_on_commit_callbacks):
    page = EasyLanguagePage(
        title="Informationen in Leichter Sprache",
        slug="leichte-sprache",
        body=[
            {"type": "heading", "value": {"text": "Was ist auf dieser Seite?", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Hier sind Texte vom Förder-Programm IQ.</p>"},
        ],
    )
    return _publish_child(home_page, page, django_capture_on_commit_callbacks)


@pytest.fixture
def sign_language_page(home_page, django_capture_on_commit_callbacks):
    page = SignLanguagePage(
        title="Informationen in Deutscher Gebärdensprache",
        slug="gebaerdensprache",
        intro="<p>Das Video erklärt die Website.</p>",
        transcript="Herzlich willkommen.\n\nHier finden Sie Publikationen.",
    )
    return _publish_child(home_page, page, django_capture_on_commit_callbacks)


@pytest.fixture
def chrome_pages(legal_pages, fact_sheet_index, published_fact_sheet, easy_language_page, sign_language_page):
    """One page of every kind a reader meets: home, listing, publication, legal page."""
    return {
        "home": "/",
        "listing": fact_sheet_index.url,
        "publication": published_fact_sheet.url,
        "legal": legal_pages["imprint"].url,
    }


# --- the search box ------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["home", "listing", "publication", "legal"])
def test_every_page_has_a_labelled_search_box_in_its_header(client, chrome_pages, kind):
    soup = _soup(client.get(chrome_pages[kind]))

    form = soup.select_one('header form[role="search"]')
    assert form is not None, kind
    assert (form["action"], form["method"]) == ("/suche/", "get")
    field = form.select_one('input[type="search"]')
    assert field["name"] == "q"
    label = form.find("label", attrs={"for": field["id"]})
    assert label.get_text(strip=True) == "Publikationen durchsuchen"
    button = form.find("button")
    assert (button["type"], button.get_text(strip=True)) == ("submit", "Suchen")


@pytest.mark.django_db
def test_search_box_echoes_the_query_escaped(client, chrome_pages):
    soup = _soup(client.get("/", {"q": '"><script>alert(1)</script>'}))

    field = soup.select_one('header input[name="q"]')
    assert field["value"] == '"><script>alert(1)</script>'
    assert not soup.select("header script")


# --- Leichte Sprache and Gebärdensprache in the header -----------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["home", "listing", "publication", "legal"])
def test_every_header_links_leichte_sprache_and_gebaerdensprache(
    client, chrome_pages, easy_language_page, sign_language_page, kind
):
    soup = _soup(client.get(chrome_pages[kind]))

    links = {a.get_text(strip=True): a["href"] for a in soup.select("header .accessible-language-links a")}
    assert links == {"Leichte Sprache": easy_language_page.url, "Gebärdensprache": sign_language_page.url}


@pytest.mark.django_db
def test_header_marks_the_current_accessible_language_page(client, chrome_pages, easy_language_page):
    soup = _soup(client.get(easy_language_page.url))

    current = soup.select("header .accessible-language-links a[aria-current='page']")
    assert [a.get_text(strip=True) for a in current] == ["Leichte Sprache"]


@pytest.mark.django_db
def test_header_shows_no_link_to_an_unpublished_page(client, legal_pages, easy_language_page, sign_language_page):
    sign_language_page.unpublish()

    soup = _soup(client.get("/"))

    assert [a.get_text(strip=True) for a in soup.select("header .accessible-language-links a")] == ["Leichte Sprache"]


# --- breadcrumbs -------------------------------------------------------------------------


@pytest.mark.django_db
def test_publication_page_has_breadcrumbs_from_home_to_itself(client, chrome_pages, published_fact_sheet):
    soup = _soup(client.get(published_fact_sheet.url))

    nav = soup.select_one('nav[aria-label="Brotkrumen"]')
    items = nav.select("ol > li")
    assert [li.get_text(strip=True) for li in items] == ["Startseite", "IQ Fact Sheets", published_fact_sheet.title]
    assert [li.a["href"] for li in items] == ["/", "/fact-sheets/", published_fact_sheet.url]
    assert items[-1].a["aria-current"] == "page"
    assert all(li.a.get("aria-current") is None for li in items[:-1])
    # Before <main>, so the skip link jumps past them.
    assert nav.find_next("main") is not None


@pytest.mark.django_db
def test_home_page_has_no_breadcrumbs(client, chrome_pages):
    soup = _soup(client.get("/"))

    assert soup.select_one('nav[aria-label="Brotkrumen"]') is None


@pytest.mark.django_db
def test_landmark_names_stay_distinct_with_the_chrome(client, chrome_pages, published_fact_sheet):
    soup = _soup(client.get(published_fact_sheet.url))

    names = [element["aria-label"] for element in soup.select("nav[aria-label], form[role=search][aria-label]")]
    assert "Brotkrumen" in names and "Leichte Sprache und Gebärdensprache" in names
    assert len(names) == len(set(names)), names


# --- queries -----------------------------------------------------------------------------


def _chrome_off(monkeypatch) -> None:
    """The chrome's reads replaced by answers that need no database."""
    monkeypatch.setattr(reader_chrome_tags, "breadcrumb_trail", lambda **kwargs: [])
    monkeypatch.setattr(
        reader_chrome_tags, "accessible_language_pages", lambda **kwargs: {"easy_language": None, "sign_language": None}
    )
    monkeypatch.setattr(reader_chrome_tags, "page_image_url", lambda **kwargs: None)
    monkeypatch.setattr(reader_chrome_tags, "publication_json_ld", lambda **kwargs: {})


def _query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_chrome_adds_a_small_constant_number_of_queries_to_a_publication_page(
    client, chrome_pages, published_fact_sheet, monkeypatch
):
    url = published_fact_sheet.url
    _query_count(client, url)  # warm Wagtail's caches (site root paths, content types)
    with_chrome = _query_count(client, url)
    with monkeypatch.context() as patch:
        _chrome_off(patch)
        without_chrome = _query_count(client, url)

    # Breadcrumbs (one), the two header links (one), publishers and topics for JSON-LD (two).
    assert 0 < with_chrome - without_chrome <= 4, (with_chrome, without_chrome)


@pytest.mark.django_db
def test_chrome_queries_do_not_grow_with_topics_or_header_links(client, chrome_pages, published_fact_sheet):
    url = published_fact_sheet.url
    _query_count(client, url)
    before = _query_count(client, url)
    published_fact_sheet.topics.add(*(TopicFactory(name=f"Thema {n}", slug=f"thema-{n}") for n in range(5)))
    published_fact_sheet.save()  # parental many-to-many: stored on save
    assert published_fact_sheet.topics.count() == 5

    assert _query_count(client, url) == before


# --- the Leichte-Sprache page ----------------------------------------------------------


@pytest.mark.django_db
def test_easy_language_page_is_german_and_marked_as_leichte_sprache(client, easy_language_page):
    soup = _soup(client.get(easy_language_page.url))

    assert soup.html["lang"] == "de"
    text = soup.select_one('[data-language-variant="leichte-sprache"]')
    assert text["lang"] == "de"
    assert text.select_one(".easy-language__marker").get_text(strip=True) == "Leichte Sprache"
    assert text.h2.get_text(strip=True) == "Was ist auf dieser Seite?"


# --- the Gebärdensprache page and its video --------------------------------------------


def _document(title: str, name: str, content: bytes) -> Document:
    return Document.objects.create(title=title, file=ContentFile(content, name=name))


@pytest.mark.django_db
def test_sign_language_page_without_video_says_so_and_shows_no_player(client, sign_language_page):
    soup = _soup(client.get(sign_language_page.url))

    assert soup.find("video") is None
    assert "noch nicht veröffentlicht" in soup.select_one(".sign-language-video__missing").get_text()
    assert "Hier finden Sie Publikationen." in soup.select_one("#transcript").get_text()


@pytest.mark.django_db
def test_sign_language_page_plays_the_uploaded_video_with_its_transcript(
    client, sign_language_page, django_capture_on_commit_callbacks
):
    video = _document("DGS-Video", "dgs.mp4", MP4_HEAD)
    publish(sign_language_page, capture=django_capture_on_commit_callbacks, video=video)

    soup = _soup(client.get(sign_language_page.url))

    player = soup.find("video")
    assert player.has_attr("controls")
    assert player["aria-describedby"] == "transcript"
    source = player.find("source")
    assert (source["src"], source["type"]) == (video.url, "video/mp4")
    assert soup.find(id="transcript").get_text(strip=True).startswith("Herzlich willkommen.")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("title", "name", "content", "message"),
    [
        ("Flyer", "flyer.pdf", b"%PDF-1.7\n", "„Flyer“ ist keine Videodatei. Bitte ein Video im Format MP4 oder WebM"),
        (
            "Umbenannt",
            "umbenannt.mp4",
            b"%PDF-1.7\n" + b"\x00" * 8,
            "„Umbenannt“ heißt zwar .mp4, ist aber kein MP4-Video",
        ),
    ],
)
def test_editor_cannot_choose_a_non_video_document_as_the_video(
    client, roles, sign_language_page, title, name, content, message
):
    admin = UserFactory(superuser=True)
    document = _document(title, name, content)
    client.force_login(admin)
    revisions_before = sign_language_page.revisions.count()

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(sign_language_page.pk,)),
        page_form_data(sign_language_page, user=admin, video=str(document.pk)),
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert sign_language_page.revisions.count() == revisions_before
    sign_language_page.refresh_from_db()
    assert sign_language_page.video_id is None


@pytest.mark.django_db
def test_editor_can_choose_an_mp4_video(client, roles, sign_language_page):
    admin = UserFactory(superuser=True)
    video = _document("DGS-Video", "dgs.mp4", MP4_HEAD)
    client.force_login(admin)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(sign_language_page.pk,)),
        page_form_data(sign_language_page, user=admin, video=str(video.pk)),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert SignLanguagePage.objects.get(pk=sign_language_page.pk).get_latest_revision_as_object().video_id == video.pk


# --- the accessibility statement -------------------------------------------------------


@pytest.mark.django_db
def test_accessibility_statement_links_feedback_arbitration_and_both_pages(
    client, legal_pages, easy_language_page, sign_language_page
):
    statement = legal_pages["accessibility"]
    main = _soup(client.get(statement.url)).find("main")

    links = {a["href"] for a in main.find_all("a")}
    assert f"mailto:{statement.feedback_email}" in links
    arbitration = [a for a in main.find_all("a") if a.get_text(strip=True) == "Schlichtungsstelle nach § 16 BGG"]
    assert [a["href"] for a in arbitration] == [statement.arbitration_link]
    assert {easy_language_page.url, sign_language_page.url} <= links


# --- the demo --------------------------------------------------------------------------


@pytest.mark.django_db
def test_demo_seeds_both_pages_once_and_they_render(client, legal_pages, home_page):
    lines: list[str] = []
    context = DemoContext(write=lines.append, home=home_page)
    seed_accessible_language(context=context)
    counts = (EasyLanguagePage.objects.live().count(), SignLanguagePage.objects.live().count())
    totals = (Revision.objects.count(), Image.objects.count())

    seed_accessible_language(context=context)

    assert counts == (1, 1)
    assert (Revision.objects.count(), Image.objects.count()) == totals
    assert lines[-1].endswith("2 Seiten (0 neu veröffentlicht).")
    easy = _soup(client.get(EasyLanguagePage.objects.get().url))
    assert easy.select_one(".easy-language__text img")["alt"].startswith("Zwei Menschen")
    sign = _soup(client.get(SignLanguagePage.objects.get().url))
    assert sign.find("video") is None and sign.select_one("#transcript")
