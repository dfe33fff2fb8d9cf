import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms.factories import FundingNoticeFactory, PersonFactory
from cms.models import Fachstelle
from cms.stream_data import rich_text
from dossiers import models
from dossiers.stream_data import chapter, footnote, reference, section


class FachstelleFactory(DjangoModelFactory):
    name = "Anerkennung und Qualifizierung"
    topic_description = "<p>Anerkennung ausländischer Abschlüsse und Brückenqualifizierung.</p>"

    class Meta:
        model = Fachstelle
        django_get_or_create = ("name",)


class DossierIndexPageFactory(wagtail_factories.PageFactory):
    title = "Themendossiers"
    slug = "themendossiers"
    show_in_menus = True
    intro = "Analysen und Leitfäden der IQ Fachstellen."

    class Meta:
        model = models.DossierIndexPage


class DossierPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kompetenzfeststellung ohne Zeugnis {n}")
    teaser = "Validierungsverfahren, Arbeitsproben und Teilqualifikationen im Vergleich."
    publication_date = datetime.date(2025, 4, 15)
    data_as_of = datetime.date(2025, 3, 31)
    funding_notice = factory.SubFactory(FundingNoticeFactory)
    fachstelle = factory.SubFactory(FachstelleFactory)
    edition = "1.0"
    abstract = "<p>Das Dossier vergleicht Validierungsverfahren, Arbeitsproben und Teilqualifikationen.</p>"
    chapters = factory.LazyFunction(
        lambda: [
            chapter(
                "Einleitung",
                rich_text("<p>Viele Menschen können mehr, als ihre Zeugnisse zeigen.[fn:einleitung]</p>"),
                section("Ausgangslage"),
                rich_text("<p>Rund ein Drittel der Ratsuchenden hat keinen formalen Abschluss.[fn:monitoring]</p>"),
            ),
            chapter("Verfahren im Vergleich", rich_text("<p>Validierung, Arbeitsprobe und Teilqualifikation.</p>")),
        ]
    )
    footnotes = factory.LazyFunction(
        lambda: [
            footnote("einleitung", "<p>Vgl. <i>IQ Fachstelle</i> 2024, S. 12.</p>"),
            footnote("monitoring", "<p>IQ Monitoring, Datenstand 31.12.2024.</p>"),
        ]
    )
    references = factory.LazyFunction(
        lambda: [
            reference(authors="Bundesinstitut für Berufsbildung", year="2024", title="Validierung im Überblick"),
            reference(
                authors="AGG", year="2006", title="Allgemeines Gleichbehandlungsgesetz", source="BGBl. I S. 1897"
            ),
        ]
    )

    class Meta:
        model = models.DossierPage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        people = extracted if extracted is not None else [PersonFactory()]
        self.authors.set(people)
        if create:
            self.save()
