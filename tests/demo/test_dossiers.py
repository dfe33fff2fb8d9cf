"""The demo dossiers: valid, published, and rich enough to show
footnotes, references and editions."""

import pytest

from demo.context import DemoContext
from demo.dossiers.seed import seed_dossiers
from demo.site import seed_site
from dossiers.models import DossierIndexPage, DossierPage


@pytest.mark.django_db
def test_demo_dossiers_are_published_with_footnotes_references_and_editions():
    output: list[str] = []
    context = DemoContext(write=output.append)
    seed_site(context=context)
    seed_dossiers(context=context)

    index = DossierIndexPage.objects.get(slug="themendossiers")
    dossiers = {(page.title, page.edition): page for page in DossierPage.objects.child_of(index).live()}
    assert set(dossiers) == {
        ("Kompetenzfeststellung ohne Zeugnis", "1.0"),
        ("Diskriminierungssensible Beratung in Jobcentern", "1.0"),
        ("Diskriminierungssensible Beratung in Jobcentern", "2.0"),
    }
    competence = dossiers["Kompetenzfeststellung ohne Zeugnis", "1.0"]
    first = dossiers["Diskriminierungssensible Beratung in Jobcentern", "1.0"]
    second = dossiers["Diskriminierungssensible Beratung in Jobcentern", "2.0"]
    assert str(competence.fachstelle) == "IQ Fachstelle Anerkennung und Qualifizierung"
    assert str(second.fachstelle) == "IQ Fachstelle Einwanderung und Integration"
    assert len(competence.outline().chapters) == 5
    assert second.supersedes_id == first.pk and first.publication_date.year == 2023
    assert first.superseding_edition() == second
    for dossier in (competence, second):
        assert len(dossier.outline().footnotes) >= 20
        assert len(dossier.references) >= 8
        assert dossier.authors.count() >= 2 and dossier.funding_notice is not None
    assert "Themendossiers: 3 (3 neu veröffentlicht)." in output

    seed_dossiers(context=context)
    assert "Themendossiers: 3 (0 neu veröffentlicht)." in output
