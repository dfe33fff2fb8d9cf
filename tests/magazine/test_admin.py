"""Editors build an issue and its articles in the admin; the admin refuses a
second issue with the same year and number, in words an editor understands."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from cms.factories import OrganisationFactory, PersonFactory
from magazine.factories import MagazineIssuePageFactory
from magazine.models import ArticleType, MagazineArticlePage, MagazineIssuePage
from tests.i18n.translations import english
from tests.publishing import publish

DUPLICATE_MESSAGE = "Die Ausgabe 1/2024 gibt es schon"


def _issue_form(*, number: int = 1, year: int = 2024, slug: str = "", editors=()) -> dict:
    data = nested_form_data(
        {
            "title": f"IQ konkret {number}/{year}",
            "slug": slug,
            "issue_number": str(number),
            "year": str(year),
            "focus_title": "Anerkennung digital: Wege durch das Verfahren",
            "teaser": "Online-Anträge, Videoberatung, digitale Dokumentenprüfung.",
            "language": "de",
            "editorial_title": "Mehr Tempo, gleiche Sorgfalt",
            "editorial": rich_text("<p>Liebe Leserinnen und Leser, die Anerkennung wird digital.</p>"),
            "photo_credits": streamfield([("credit", {"credit": "Titel: Foto Demo", "pages": "1"})]),
            "print_run": "3000",
            "print_month": "Juni 2024",
        }
    )
    data["editors"] = [person.pk for person in editors]
    return data


def _add_issue(client, archive, data):
    url = reverse("wagtailadmin_pages:add", args=("magazine", "magazineissuepage", archive.pk))
    return client.post(url, data)


@pytest.mark.django_db
def test_editor_creates_an_issue_at_year_number_address_and_an_article_in_it(client, editor, magazine_archive):
    editors = [PersonFactory(last_name="Wagner"), PersonFactory(last_name="Krüger")]
    client.force_login(editor)

    # The admin fills the slug from the title; the issue still gets its year-number address.
    response = _add_issue(client, magazine_archive, _issue_form(slug="iq-konkret-12024", editors=editors))

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    issue = MagazineIssuePage.objects.get()
    assert (issue.year, issue.issue_number, issue.slug, issue.live) == (2024, 1, "2024-1", False)
    assert set(issue.editors.all()) == set(editors)
    assert issue.photo_credits[0].value["pages"] == "1"

    author = PersonFactory(first_name="Iris", last_name="Wagner", initials="iw")
    organisation = OrganisationFactory(name="Bildungswerk Küste gGmbH")
    article_data = nested_form_data(
        {
            "title": "Vom Papierordner zum Online-Antrag",
            "slug": "vom-papierordner-zum-online-antrag",
            "article_type": ArticleType.BACKGROUND,
            "lead": "Was ist gewonnen, wenn der Antrag nicht mehr per Post reist?",
            "body": streamfield(
                [
                    ("heading", {"text": "Ein Antrag, viele Stellen", "level": "h2"}),
                    ("paragraph", rich_text("<p>Die Anerkennung ist Sache vieler Stellen.</p>")),
                    (
                        "project_portrait",
                        {
                            "project_name": "Videoberatung Westküste",
                            "organisation": str(organisation.pk),
                            "network": "",
                            "action_area": "",
                            "text": rich_text("<p>Beratung per Video in sechs Gemeinden.</p>"),
                            "contact": str(author.pk),
                        },
                    ),
                ]
            ),
        }
    )
    article_data["authors"] = [author.pk]
    url = reverse("wagtailadmin_pages:add", args=("magazine", "magazinearticlepage", issue.pk))
    response = client.post(url, article_data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    article = MagazineArticlePage.objects.child_of(issue).get()
    assert article.article_type == ArticleType.BACKGROUND
    assert [block.block_type for block in article.body] == ["heading", "paragraph", "project_portrait"]
    assert article.body[2].value["organisation"] == organisation
    assert article.author_credits() == "Iris Wagner (iw)"
    assert not article.live


@pytest.mark.django_db
def test_a_second_issue_with_the_same_year_and_number_is_refused_and_nothing_saved(client, editor, magazine_archive):
    MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024, title="IQ konkret 1/2024")
    pages_before = Page.objects.count()
    client.force_login(editor)

    response = _add_issue(client, magazine_archive, _issue_form(slug="neue-ausgabe"))

    assert response.status_code == 200
    form = response.context["form"]
    assert DUPLICATE_MESSAGE in " ".join(form.errors["issue_number"])
    assert DUPLICATE_MESSAGE in response.content.decode()
    # One message, not the generic constraint text as well.
    assert not form.non_field_errors()
    assert Page.objects.count() == pages_before
    assert MagazineIssuePage.objects.count() == 1


@pytest.mark.django_db
def test_renumbering_an_issue_onto_an_existing_one_is_refused(client, editor, magazine_archive):
    MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024)
    second = MagazineIssuePageFactory(parent=magazine_archive, issue_number=2, year=2024, slug="2024-2")
    client.force_login(editor)

    response = client.post(reverse("wagtailadmin_pages:edit", args=(second.pk,)), _issue_form(number=1, slug="2024-2"))

    assert response.status_code == 200
    assert DUPLICATE_MESSAGE in " ".join(response.context["form"].errors["issue_number"])
    second.refresh_from_db()
    assert second.issue_number == 2
    assert second.revisions.count() == 0


@pytest.mark.django_db
def test_the_database_refuses_a_duplicate_issue_even_past_the_form(magazine_archive):
    MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024)
    second = MagazineIssuePageFactory(parent=magazine_archive, issue_number=2, year=2024)

    with pytest.raises(IntegrityError), transaction.atomic():
        MagazineIssuePage.objects.filter(pk=second.pk).update(issue_number=1)


@pytest.mark.django_db
def test_an_issue_translates_into_english_with_its_year_and_number(
    magazine_archive, django_capture_on_commit_callbacks
):
    german = MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024)

    translation = german.copy_for_translation(english(), copy_parents=True).specific

    assert translation.get_parent().pk == magazine_archive.get_translation(english()).pk
    assert (translation.locale, translation.year, translation.issue_number) == (english(), 2024, 1)
    assert translation.issue_locale == english()
    translation.full_clean()  # the English edition is no duplicate of its German issue
    translation = publish(translation, capture=django_capture_on_commit_callbacks, execute=False)
    assert (translation.live, translation.issue_locale) == (True, english())


@pytest.mark.django_db
def test_a_second_german_issue_beside_an_english_edition_is_still_refused(client, editor, magazine_archive):
    german = MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024, title="IQ konkret 1/2024")
    german.copy_for_translation(english(), copy_parents=True)
    client.force_login(editor)

    response = _add_issue(client, magazine_archive, _issue_form(slug="neue-ausgabe"))

    assert response.status_code == 200
    assert DUPLICATE_MESSAGE in " ".join(response.context["form"].errors["issue_number"])
    assert MagazineIssuePage.objects.filter(locale__language_code="de").count() == 1


@pytest.mark.django_db
def test_a_second_english_issue_of_the_same_year_and_number_is_refused(magazine_archive):
    german = MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024)
    english_archive = german.copy_for_translation(english(), copy_parents=True).get_parent()
    second = MagazineIssuePageFactory.build(issue_number=1, year=2024, title="Another issue 1/2024", slug="another")

    # A live page is validated in full before it is saved.
    with pytest.raises(ValidationError) as refused:
        english_archive.add_child(instance=second)

    assert "Die Ausgabe 1/2024 gibt es schon" in " ".join(refused.value.message_dict["issue_number"])


@pytest.mark.django_db
def test_an_article_cannot_take_the_slug_of_the_issue_pdf(client, editor, magazine_archive):
    issue = MagazineIssuePageFactory(parent=magazine_archive)
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "PDF",
            "slug": "pdf",
            "article_type": ArticleType.NEWS,
            "lead": "Kurz notiert.",
            "body": streamfield([("paragraph", rich_text("<p>Text</p>"))]),
        }
    )

    response = client.post(reverse("wagtailadmin_pages:add", args=("magazine", "magazinearticlepage", issue.pk)), data)

    assert response.status_code == 200
    assert "reserviert" in " ".join(response.context["form"].errors["slug"])
    assert not MagazineArticlePage.objects.exists()


@pytest.mark.django_db
def test_copying_an_issue_is_refused_with_a_message_instead_of_a_server_error(client, approver, magazine_archive):
    issue = MagazineIssuePageFactory(parent=magazine_archive, issue_number=1, year=2024)
    pages_before = Page.objects.count()
    client.force_login(approver)

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=(issue.pk,)),
        {"new_title": "IQ konkret 1/2024 (Kopie)", "new_slug": "kopie", "new_parent_page": magazine_archive.pk},
        follow=True,
    )

    assert response.status_code == 200
    assert "lässt sich nicht kopieren" in response.content.decode()
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_editor_previews_a_new_article_in_its_issue(client, editor, magazine_archive, legal_pages):
    issue = MagazineIssuePageFactory(parent=magazine_archive, issue_number=2, year=2024)
    client.force_login(editor)
    for model, parent in (("magazineissuepage", magazine_archive), ("magazinearticlepage", issue)):
        assert client.get(reverse("wagtailadmin_pages:add", args=("magazine", model, parent.pk))).status_code == 200
    data = nested_form_data(
        {
            "title": "Beratung bleibt Beziehungsarbeit",
            "slug": "beratung",
            "article_type": ArticleType.INTERVIEW,
            "lead": "Ein Gespräch über Vertrauen am Bildschirm.",
            "body": streamfield([("paragraph", rich_text("<p>Frau Arslan, wie beraten Sie?</p>"))]),
        }
    )
    url = reverse("wagtailadmin_pages:preview_on_add", args=("magazine", "magazinearticlepage", issue.pk))

    assert client.post(url, data).json()["is_valid"]
    html = client.get(url).content.decode()

    assert "Beratung bleibt Beziehungsarbeit" in html
    assert "Ausgabe 2/2024" in html, "the breadcrumb knows the issue before the article is saved"
    assert not MagazineArticlePage.objects.exists()
