"""Every publication carries the funders' notice, its own or its issue's."""

import pytest

from magazine.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from tests.workflows.checks.helpers import PASSED, summary


@pytest.mark.django_db
def test_a_chosen_notice_passes(fact_sheet_revision):
    assert summary(fact_sheet_revision(), "funding_notice") == PASSED


@pytest.mark.django_db
def test_a_missing_notice_names_the_field(fact_sheet_revision):
    assert summary(fact_sheet_revision(funding_notice=None), "funding_notice") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Es ist kein Förderhinweis gewählt. (Ort: Feld „Förderhinweis“) – So beheben: Bitte im Feld "
        "„Förderhinweis“ den Förderhinweis der Förderperiode wählen (z. B. „ESF Plus 2023–2025“)."
    )


@pytest.mark.django_db
def test_an_article_takes_the_notice_of_its_issue(magazine_archive):
    issue = MagazineIssuePageFactory(parent=magazine_archive)
    article = MagazineArticlePageFactory(parent=issue, live=False)
    assert summary(article.save_revision(), "funding_notice") == PASSED


@pytest.mark.django_db
def test_an_article_of_an_issue_without_notice_points_to_the_issue(magazine_archive):
    issue = MagazineIssuePageFactory(parent=magazine_archive, title="IQ konkret 1/2024", funding_notice=None)
    article = MagazineArticlePageFactory(parent=issue, live=False)
    assert summary(article.save_revision(), "funding_notice") == (
        "Die automatische Prüfung hat 1 Fehler gefunden:\n"
        "1. Es ist kein Förderhinweis gewählt. (Ort: Übergeordnete Seite „IQ konkret 1/2024“ › Feld "
        "„Förderhinweis“) – So beheben: Diese Seite übernimmt den Förderhinweis von „IQ konkret 1/2024“: bitte "
        "dort im Feld „Förderhinweis“ einen Förderhinweis wählen und „IQ konkret 1/2024“ veröffentlichen."
    )
