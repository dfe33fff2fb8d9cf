"""German edit forms offer German reference data, not its English translations."""

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup


def _labels(soup, name) -> set[str]:
    labels = {option.get_text(strip=True) for option in soup.select(f"select[name={name}] option")}
    for box in soup.select(f"input[name={name}]"):
        labels.add(soup.select_one(f"label[for={box['id']}]").get_text(strip=True))
    return labels - {"", "---------"}


@pytest.mark.django_db
def test_german_page_form_offers_only_german_rows(client, team, translated_reference_sheets):
    german, _, _ = translated_reference_sheets
    client.force_login(team.redaktion)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[german.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    groups = _labels(soup, "target_groups")
    assert "Ratsuchende" in groups and "People seeking advice" not in groups
    assert "Anerkennung" in _labels(soup, "topics") and "Recognition" not in _labels(soup, "topics")


@pytest.mark.django_db
def test_subproject_form_offers_only_german_target_groups(client, team, translated_reference_sheets):
    client.force_login(team.admin)
    response = client.get(reverse("wagtailsnippets_cms_subproject:add"))
    assert response.status_code == 200
    labels = _labels(BeautifulSoup(response.content, "html.parser"), "target_groups")
    assert "Ratsuchende" in labels and "People seeking advice" not in labels
