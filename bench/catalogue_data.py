"""Generate realistic publications for the catalogue benchmark, directly as live pages.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/iq_bench \\
        .venv/bin/python bench/catalogue_data.py [--count 10000] [--reset]

Needs the demo's site, listing pages and reference data (``manage.py seed_demo``
on the same database; ``bench/catalogue.py`` runs it when they are missing).
Tops the live publications up to ``--count`` across the four types: fact
sheets, good-practice sheets, themed dossiers and IQ konkret issues with three
to five articles each, 2015–2026, about one in seven in English. Every page
gets a slug starting with ``bench-``; ``--reset`` deletes those pages (and with
them their catalogue entries) and nothing else.

The pages are written in bulk, without revisions, PDFs or Wagtail's page search
index: tree paths are computed as treebeard's ``add_child`` would and the
parent's ``numchild`` raised once per batch, and ``Page.find_problems()`` must
come back empty. Then the catalogue entries are built the one way they are
built in production (``catalogue_rebuild``, which ends with the search
backend's ``add_bulk``), and the generated entries get plausible PDF sizes and
page counts written into their ``pdf_*`` fields, since no PDF is rendered. The
next refresh of such an entry (publishing it, say) empties them again. Last,
``VACUUM ANALYZE``, so the planner knows the new tables' sizes.
"""

import argparse
import datetime
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import DEFAULT_DB_ALIAS, connection, transaction  # noqa: E402
from django.db.models import F  # noqa: E402

from wagtail.models import Page  # noqa: E402

from catalogue_vocabulary import (  # noqa: E402
    Wording,
    dossier_title,
    fact_sheet_title,
    project_title,
    wording,
)
from tqdm import tqdm  # noqa: E402

from cms.catalogue.indexing import catalogue_rebuild  # noqa: E402
from cms.choices import Bundesland  # noqa: E402
from cms.models import (  # noqa: E402
    ActionArea,
    Fachstelle,
    FundingNotice,
    FundingPeriod,
    Organisation,
    Person,
    RegionalNetwork,
    Topic,
)
from cms.models.catalogue_entry import CatalogueEntry  # noqa: E402
from cms.selectors import publication_page_models  # noqa: E402
from cms.stream_data import heading, paragraph, rich_text  # noqa: E402
from dossiers.models import DossierIndexPage, DossierPage  # noqa: E402
from dossiers.stream_data import chapter  # noqa: E402
from factsheets.models import FactSheetIndexPage, FactSheetPage  # noqa: E402
from goodpractice.models import Criterion, GoodPracticeIndexPage, GoodPracticePage, ProductType, TargetGroup  # noqa: E402
from magazine.models import ArticleType, MagazineArchivePage, MagazineArticlePage, MagazineIssuePage  # noqa: E402

SLUG_PREFIX = "bench-"
YEARS = range(2015, 2027)
ENGLISH_SHARE = 0.15
# Issues are bounded by year and number (12 a year); fact sheets take what the others leave.
ISSUE_SHARE = 0.012
SHARES = ((GoodPracticePage, 0.35), (DossierPage, 0.25))
BATCH = 500
# (pages, bytes) ranges of a rendered PDF per type, from the demo's PDFs scaled to real lengths.
PDF_SHAPES = {
    FactSheetPage: ((2, 4), (45_000, 400_000)),
    GoodPracticePage: ((2, 4), (50_000, 350_000)),
    DossierPage: ((12, 80), (150_000, 2_500_000)),
    MagazineIssuePage: ((24, 52), (600_000, 9_000_000)),
}


class Reference:
    """The demo's reference data and listing pages the generated pages point to."""

    def __init__(self) -> None:
        self.topics = {topic.slug: topic for topic in Topic.objects.all()}
        self.organisations = list(Organisation.objects.order_by("pk"))
        self.fachstellen = list(Fachstelle.objects.order_by("pk"))
        self.networks = list(RegionalNetwork.objects.order_by("pk"))
        self.action_areas = list(ActionArea.objects.order_by("number"))
        self.people = list(Person.objects.order_by("pk"))
        self.target_groups = list(TargetGroup.objects.order_by("pk"))
        self.notice = FundingNotice.objects.order_by("pk").first()
        self.periods = list(FundingPeriod.objects.order_by("start"))
        self.parents = {
            FactSheetPage: FactSheetIndexPage.objects.first(),
            GoodPracticePage: GoodPracticeIndexPage.objects.first(),
            DossierPage: DossierIndexPage.objects.first(),
            MagazineIssuePage: MagazineArchivePage.objects.first(),
        }
        missing = [model.__name__ for model, parent in self.parents.items() if parent is None]
        if missing or not (self.topics and self.organisations and self.notice and self.people):
            raise SystemExit("The demo's site and reference data are missing: run `manage.py seed_demo` first.")
        self.covers = {model: model.objects.exclude(cover_image=None).first() for model in self.parents}

    def period(self, year: int) -> FundingPeriod | None:
        return next((period for period in self.periods if period.start.year <= year <= period.end.year), None)


def publications_ensure(*, count: int, seed: int = 11) -> int:
    """Top the live publications up to ``count``; returns how many pages were added."""
    have = Page.objects.type(*publication_page_models()).live().count()
    missing = count - have
    if missing <= 0:
        print(f"{have} live publications, {count} wanted: nothing to generate.")
        return 0
    reference = Reference()
    rng = random.Random(seed + have)  # noqa: S311 - reproducible sample data, no secret
    slugs = _slug_source()
    free_issues = _free_issue_numbers()
    issues = min(len(free_issues), round(missing * ISSUE_SHARE))
    plan = [(model, round((missing - issues) * share)) for model, share in SHARES] + [(MagazineIssuePage, issues)]
    plan.insert(0, (FactSheetPage, missing - sum(number for _, number in plan)))
    print(f"{have} live publications; generating " + ", ".join(f"{n} {m._meta.verbose_name_plural}" for m, n in plan))
    with tqdm(total=missing, desc="Seiten", unit="Seite") as bar, transaction.atomic():
        for model, number in plan:
            parent = reference.parents[model]
            for size in _batches(number):
                pages = [
                    _publication(model, rng=rng, reference=reference, slug=next(slugs), free_issues=free_issues)
                    for _ in range(size)
                ]
                _children_insert(parent=parent, children=[page for page, _, _ in pages])
                _relations_insert(model, [(page.pk, relations) for page, relations, _ in pages])
                for page, _, articles in pages:
                    if articles:
                        _children_insert(parent=page, children=articles)
                bar.update(size)
        # Inside the transaction: a broken tree is rolled back, not left behind.
        if any(problems := Page.find_problems()):
            raise SystemExit(f"The page tree is broken (treebeard find_problems): {problems}")
    _catalogue_build()
    statistics_refresh()
    return missing


def statistics_refresh() -> None:
    """VACUUM ANALYZE on PostgreSQL: after a bulk load the planner would otherwise
    plan with empty statistics (and autovacuum may be off or not have run yet)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def publications_reset() -> int:
    """Delete every generated page (and its subtree and catalogue entry)."""
    generated = Page.objects.filter(slug__startswith=SLUG_PREFIX)
    paths = set(generated.values_list("path", flat=True))
    # Subtree roots only: deleting an issue deletes its articles.
    roots = [pk for pk, path in generated.values_list("pk", "path") if path[: -Page.steplen] not in paths]
    with transaction.atomic():
        # Wagtail sends page_unpublished before deleting a live page, and the catalogue would
        # rebuild the entry it is about to lose; not live, the entries simply go with the pages.
        generated.update(live=False)
        for start in tqdm(range(0, len(roots), BATCH), desc="Löschen", unit="Stapel"):
            Page.objects.filter(pk__in=roots[start : start + BATCH]).delete()
    print(f"{len(paths)} generated pages deleted.")
    return len(paths)


def _catalogue_build() -> None:
    total = catalogue_rebuild(each=lambda pages: tqdm(pages, desc="Katalog", unit="Eintrag"))
    entries = list(
        CatalogueEntry.objects.filter(page__slug__startswith=SLUG_PREFIX).select_related("page__content_type")
    )
    for entry in entries:
        rng = random.Random(entry.pk)  # noqa: S311 - reproducible sample data, no secret
        (pages_min, pages_max), (bytes_min, bytes_max) = PDF_SHAPES[entry.page.content_type.model_class()]
        entry.pdf_page_count = rng.randint(pages_min, pages_max)
        entry.pdf_byte_size = rng.randint(bytes_min, bytes_max)
        entry.pdf_tagged = True
    CatalogueEntry.objects.bulk_update(entries, ["pdf_page_count", "pdf_byte_size", "pdf_tagged"], batch_size=BATCH)
    print(f"Katalog: {total} Einträge, davon {len(entries)} erzeugt (PDF-Angaben erfunden, keine PDFs gerendert).")


# Building one publication ------------------------------------------------------


def _publication(model, *, rng: random.Random, reference: Reference, slug: str, free_issues: list):
    if model is MagazineIssuePage:
        year, number = free_issues.pop(rng.randrange(len(free_issues)))
        date = datetime.date(year, number, rng.randint(1, 28))
    else:
        year = rng.choice(YEARS)
        date = _date_in(rng, year)
    words = wording(rng, year=year, english_share=ENGLISH_SHARE)
    builder = {
        FactSheetPage: _fact_sheet,
        GoodPracticePage: _good_practice,
        DossierPage: _dossier,
        MagazineIssuePage: _issue,
    }[model]
    fields, relations, articles = builder(rng=rng, words=words, reference=reference, date=date)
    topics = {words.topic, rng.choice(list(reference.topics))}
    relations = {
        "topics": [reference.topics[slug].pk for slug in topics if slug in reference.topics],
        "publishers": [rng.choice(reference.organisations).pk],
        **relations,
    }
    cover = reference.covers.get(model)
    page = model(
        slug=slug,
        live=True,
        has_unpublished_changes=False,
        first_published_at=datetime.datetime.combine(date, datetime.time(9), tzinfo=datetime.UTC),
        last_published_at=datetime.datetime.combine(date, datetime.time(9), tzinfo=datetime.UTC),
        publication_date=date,
        data_as_of=date - datetime.timedelta(days=rng.randint(30, 120)),
        language=words.language,
        funding_notice=reference.notice,
        funding_period=reference.period(year),
        cover_image=cover.cover_image if cover else None,
        cover_alt=cover.cover_alt if cover else "",
        **fields,
    )
    page.draft_title = page.title
    return page, relations, articles


def _date_in(rng: random.Random, year: int) -> datetime.date:
    last = min(datetime.date(year, 12, 31), datetime.date.today())
    first = datetime.date(year, 1, 1)
    return first + datetime.timedelta(days=rng.randint(0, max((last - first).days, 0)))


def _teaser(rng: random.Random, words: Wording) -> str:
    return " ".join(words.sentences(rng, count=2))[:300]


def _fact_sheet(*, rng, words: Wording, reference: Reference, date):
    figure = {
        "value": str(rng.randint(300, 90000)),
        "unit": "Beratungen" if words.language == "de" else "counselling sessions",
        "label": f"{words.subject} {words.year}",
        "source": "IQ Monitoring",
        "as_of": f"{words.year}-12-31",
    }
    fields = {
        "title": fact_sheet_title(rng, words),
        "teaser": _teaser(rng, words),
        "key_figures": [{"type": "key_figure", "value": figure}],
        "body": [paragraph(*words.sentences(rng, count=rng.randint(3, 6)))],
        "methodology_note": "<p>Auswertung des IQ Monitorings; Mehrfachnennungen möglich.</p>",
    }
    return fields, {}, []


def _good_practice(*, rng, words: Wording, reference: Reference, date):
    network = rng.choice(reference.networks) if reference.networks and rng.random() < 0.8 else None
    title = project_title(rng)
    fields = {
        "title": title,
        "subtitle": f"{words.subject} in {words.city}",
        "teaser": _teaser(rng, words),
        "project_name": f"{title} – {words.city}",
        "carrier": rng.choice(reference.organisations),
        "network": network,
        "bundesland": network.bundesland if network else rng.choice(Bundesland.values),
        "action_area": rng.choice(reference.action_areas) if reference.action_areas else None,
        "product_type": rng.choice(ProductType.values),
        "challenge": [paragraph(*words.sentences(rng, count=2))],
        "approach": [paragraph(*words.sentences(rng, count=3))],
        "results": [paragraph(*words.sentences(rng, count=2))],
        "transfer": [paragraph(*words.sentences(rng, count=1))],
        "nominated_by": network.name if network else "IQ Fachstelle",
        "nominated_at": date - datetime.timedelta(days=rng.randint(20, 90)),
        "nominated_for": list(Criterion.values),
    }
    groups = rng.sample(reference.target_groups, min(2, len(reference.target_groups)))
    return fields, {"target_groups": [group.pk for group in groups]}, []


def _dossier(*, rng, words: Wording, reference: Reference, date):
    chapters = [
        chapter(heading_text, rich_text("".join(f"<p>{s}</p>" for s in words.sentences(rng, count=4))))
        for heading_text in ("Einleitung", "Ausgangslage", "Empfehlungen")[: rng.randint(2, 3)]
    ]
    fields = {
        "title": dossier_title(rng, words),
        "teaser": _teaser(rng, words),
        "abstract": f"<p>{' '.join(words.sentences(rng, count=3))}</p>",
        "fachstelle": rng.choice(reference.fachstellen) if reference.fachstellen else None,
        "edition": "1.0",
        "chapters": chapters,
    }
    return fields, {"authors": [person.pk for person in rng.sample(reference.people, 2)]}, []


def _issue(*, rng, words: Wording, reference: Reference, date):
    number, year = date.month, date.year
    fields = {
        "title": f"IQ konkret {number}/{year}",
        "issue_number": number,
        "year": year,
        "focus_title": words.subject,
        "teaser": _teaser(rng, words),
        "editorial_title": "Liebe Leserinnen und Leser",
        "editorial": f"<p>{' '.join(words.sentences(rng, count=3))}</p>",
        "print_run": rng.choice((2500, 3000, 4000)),
    }
    articles = [
        MagazineArticlePage(
            title=f"{words.profession}: {project_title(rng)}",
            slug=f"{SLUG_PREFIX}artikel-{index}",
            live=True,
            has_unpublished_changes=False,
            first_published_at=datetime.datetime.combine(date, datetime.time(9), tzinfo=datetime.UTC),
            last_published_at=datetime.datetime.combine(date, datetime.time(9), tzinfo=datetime.UTC),
            article_type=rng.choice(ArticleType.values),
            lead=" ".join(words.sentences(rng, count=2)),
            body=[heading(words.subject), paragraph(*words.sentences(rng, count=rng.randint(4, 8)))],
        )
        for index in range(1, rng.randint(3, 5) + 1)
    ]
    for article in articles:
        article.draft_title = article.title
    return fields, {}, articles


# Writing pages in bulk ---------------------------------------------------------


def _children_insert(*, parent: Page, children: list[Page]) -> None:
    """Append ``children`` below ``parent`` as treebeard's ``add_child`` would, in
    two multi-row INSERTs per type (the page table, then the type's own table)."""
    parent = Page.objects.get(pk=parent.pk)  # path and numchild as they are now
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    depth = parent.depth + 1
    for offset, child in enumerate(children, start=step + 1):
        child.path = Page._get_path(parent.path, depth, offset)
        child.depth = depth
        child.numchild = 0
        child.url_path = f"{parent.url_path}{child.slug}/"
        child.locale_id = parent.locale_id
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    bases = [Page(**{field.attname: getattr(child, field.attname) for field in base_fields}) for child in children]
    Page.objects.bulk_create(bases)
    by_model: dict[type, list[Page]] = {}
    for child, base in zip(children, bases, strict=True):
        child.id = child.page_ptr_id = base.id
        child._state.adding = False
        by_model.setdefault(type(child), []).append(child)
    for model, pages in by_model.items():
        # Django's bulk_create refuses multi-table models; this is the INSERT it would run for the child table.
        model._base_manager._insert(pages, fields=model._meta.local_concrete_fields, using=DEFAULT_DB_ALIAS)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(children))


def _relations_insert(model: type[Page], pages: list[tuple[int, dict[str, list[int]]]]) -> None:
    """The many-to-many rows of a batch of ``model`` pages: one INSERT per relation."""
    for name in pages[0][1] if pages else ():
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        rows = [(page_id, target_id) for page_id, relations in pages for target_id in relations[name]]
        through.objects.bulk_create(through(**{source: page_id, target: target_id}) for page_id, target_id in rows)


def _batches(number: int):
    while number > 0:
        yield min(number, BATCH)
        number -= BATCH


def _slug_source():
    taken = set(Page.objects.filter(slug__startswith=SLUG_PREFIX).values_list("slug", flat=True))
    number = 0
    while True:
        number += 1
        if (slug := f"{SLUG_PREFIX}{number}") not in taken:
            yield slug


def _free_issue_numbers() -> list[tuple[int, int]]:
    taken = set(MagazineIssuePage.objects.values_list("year", "issue_number"))
    return [(year, number) for year in YEARS for number in range(1, 13) if (year, number) not in taken]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="live publications wanted in all")
    parser.add_argument("--reset", action="store_true", help="delete the generated pages first")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    # Deleting pages touches every page type's table: the schema must be the code's.
    call_command("migrate", interactive=False, verbosity=0)
    if args.reset:
        publications_reset()
    publications_ensure(count=args.count, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
