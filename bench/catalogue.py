"""Response times of the publication catalogue on 10,000 publications on
PostgreSQL, against the home page measured in the same run.

    .venv/bin/python bench/catalogue.py [--count 10000] [--runs 50] [--warmup 1] [--explain]

Uses DATABASE_URL, by default postgres://postgres@127.0.0.1:5432/iq_bench: creates
the database when it is missing, migrates, seeds the demo when the site is
missing (``seed_demo``, PDFs included) and tops the live publications up to
``--count`` (``bench/catalogue_data.py``).

Measures in-process with Django's test client, so the figures are the app's and
the database's time without a server or network in between, with DEBUG and the
page cache off (every request builds its answer: a reader's new search is a
cache miss) and persistent database connections (``DATABASE_CONN_MAX_AGE``,
default here 60). Three scenarios, each over ``--runs`` different realistic
requests, interleaved request by request with the reference (the home page), so
a busy moment on the machine hits all alike:

1. two facets plus a search term (``?q=Pflege&thema=anerkennung&jahr=2024``),
2. a search term alone,
3. no filter (the listing, varying page and order).

Prints p50/p95/max in ms, the SQL queries per request (counted in the warm-up),
each p50 and p95 as a multiple of the home page's p50, and whether p95 is within
the goal (150 ms); when it is not, or with ``--explain``, the EXPLAIN ANALYZE of
the slowest SQL statement seen.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/iq_bench"
os.environ.setdefault("DATABASE_URL", BENCH_DATABASE_URL)
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "60")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ["DJANGO_DEBUG"] = "false"
os.environ["IQ_PAGE_CACHE_ENABLED"] = "false"
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost")

import django  # noqa: E402

import dj_database_url  # noqa: E402
import psycopg  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from catalogue_data import publications_ensure, statistics_refresh  # noqa: E402

from cms.catalogue.query import CatalogueQuery  # noqa: E402
from cms.models import CataloguePage  # noqa: E402
from cms.models.catalogue_entry import CatalogueEntry, CatalogueFacetValue  # noqa: E402

GOAL_MS = 150.0
# Common and rare words of the programme, one- and two-word, German and English.
SEARCH_TERMS = (
    "Anerkennung", "Pflege", "Brückenqualifizierung", "Ingenieurinnen", "Faire Integration", "Jobcenter",
    "Leipzig", "Diskriminierung", "Sprachförderung", "Mentoring", "Approbation", "Fachkräfteeinwanderung",
    "Kompetenzfeststellung", "Saisonarbeit", "Erzieherinnen", "Kommunen", "Ukraine", "Handwerk", "Fachsprache",
    "Beratung Geflüchtete", "recognition", "nurses", "Lehrkräfte Gleichwertigkeit", "Kammer Prüfung",
    "Arbeitsagentur", "Anerkennungsverfahren", "Frauenanteil", "Referenzberuf", "Pflegefachkräfte Sachsen",
    "Teilanerkennung", "Integrationsmanagement", "Videochat", "Berufskraftfahrer", "Arbeitsrecht", "Kiel",
)  # fmt: skip
FILTER_FACETS = ("typ", "thema", "jahr", "netzwerk", "hsp", "herausgeber", "sprache")


def _database_ensure(url: str) -> None:
    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        raise SystemExit(f"The catalogue benchmark runs on PostgreSQL; DATABASE_URL is {url}.")
    server = {key.lower(): config[key] for key in ("HOST", "PORT", "USER", "PASSWORD") if config.get(key)}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]).fetchone() is None:
            admin.execute(f'CREATE DATABASE "{config["NAME"]}"')
            print(f"database {config['NAME']} created")


def _site_ensure(count: int) -> str:
    call_command("migrate", interactive=False, verbosity=0)
    if not CataloguePage.objects.live().exists():
        call_command("seed_demo")
    publications_ensure(count=count)
    # Measured with the statistics production's autovacuum keeps, however the data came about.
    statistics_refresh()
    return CataloguePage.objects.live().get().url


def _facet_values() -> dict[str, list[str]]:
    """The values readers find in each facet, the most frequent first."""
    rows = (
        CatalogueFacetValue.objects.values_list("facet", "value")
        .annotate(entries=Count("entry"))
        .order_by("facet", "-entries")
    )
    values: dict[str, list[str]] = {}
    for facet, value, _ in rows:
        values.setdefault(facet, []).append(value)
    return values


def _url(base: str, params: list[tuple[str, str]]) -> str:
    query = QueryDict(mutable=True)
    for key, value in params:
        query.appendlist(key, value)
    # The canonical form, so the catalogue answers 200 rather than redirecting to it.
    querystring = CatalogueQuery.from_params(query).querystring()
    return f"{base}?{querystring}" if querystring else base


def _scenarios(base: str, *, runs: int, rng: random.Random) -> dict[str, list[str]]:
    values = _facet_values()
    facets = [facet for facet in FILTER_FACETS if values.get(facet)]
    two_facets, search, listing = [], [], []
    for index in range(runs):
        first, second = rng.sample(facets, 2)
        # Mostly popular values, as readers click them; now and then a rare one.
        picked = [(facet, rng.choice(values[facet][: max(3, len(values[facet]) // 2)])) for facet in (first, second)]
        two_facets.append(_url(base, [("q", rng.choice(SEARCH_TERMS)), *picked]))
        search.append(_url(base, [("q", SEARCH_TERMS[index % len(SEARCH_TERMS)])]))
        listing.append(_url(base, [("seite", str(rng.randint(1, 25))), ("sortierung", rng.choice(("", "titel")))]))
    return {"two facets + search": two_facets, "search alone": search, "no filter": listing}


def _get(client: Client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return elapsed


def _warm_up(client: Client, scenarios: dict[str, list[str]], *, rounds: int) -> tuple[dict, tuple]:
    """Every request once per round; the first round counts its SQL queries and
    keeps the slowest statement."""
    queries: dict[str, list[int]] = {}
    slowest = (0.0, "", "")
    for round_number in range(rounds):
        for name, urls in scenarios.items():
            for url in urls:
                if round_number:
                    _get(client, url)
                    continue
                with CaptureQueriesContext(connection) as captured:
                    _get(client, url)
                queries.setdefault(name, []).append(len(captured))
                for statement in captured.captured_queries:
                    if float(statement["time"]) > slowest[0] and name != "reference":
                        slowest = (float(statement["time"]), statement["sql"], url)
    return queries, slowest


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _explain(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="live publications to measure on")
    parser.add_argument("--runs", type=int, default=50, help="timed requests per scenario, each a different one")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds over every request first")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--explain", action="store_true", help="print the slowest statement's plan in any case")
    args = parser.parse_args()

    _database_ensure(os.environ["DATABASE_URL"])
    base = _site_ensure(args.count)
    scenarios = _scenarios(base, runs=args.runs, rng=random.Random(args.seed))  # noqa: S311 - a reproducible sample
    scenarios["reference"] = ["/"] * args.runs
    client = Client()
    queries, slowest = _warm_up(client, scenarios, rounds=max(args.warmup, 1))
    times: dict[str, list[float]] = {name: [] for name in scenarios}
    for index in range(args.runs):
        for name, urls in scenarios.items():
            times[name].append(_get(client, urls[index]))

    reference_p50 = statistics.median(times["reference"])
    entries = CatalogueEntry.objects.count()
    server = connection.cursor().connection.info.server_version
    print(f"catalogue {base}: {entries} entries, {CatalogueFacetValue.objects.count()} facet values, "
          f"PostgreSQL {server // 10000}.{server % 10000}")  # fmt: skip
    print(f"in-process test client, page cache off, {args.runs} requests per scenario, {args.warmup} warm-up round(s)")
    print(f"{'scenario':22} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'SQL/req':>8} {'p50 ×ref':>9} {'p95 ×ref':>9}")
    missed = []
    for name, values in times.items():
        p50, p95 = statistics.median(values), _percentile(values, 0.95)
        counts = queries[name]
        sql = f"{min(counts)}" if min(counts) == max(counts) else f"{min(counts)}–{max(counts)}"
        print(f"{name:22} {p50:8.1f} {p95:8.1f} {max(values):8.1f} {sql:>8} "
              f"{p50 / reference_p50:9.2f} {p95 / reference_p50:9.2f}")  # fmt: skip
        if name != "reference" and p95 > GOAL_MS:
            missed.append(name)
    print("reference: the home page (/), same client, same run")
    if missed:
        print(f"goal p95 <= {GOAL_MS:.0f} ms: MISSED by {', '.join(missed)}")
    else:
        print(f"goal p95 <= {GOAL_MS:.0f} ms: met by every scenario")
    if missed or args.explain:
        seconds, sql, url = slowest
        print(f"\nslowest SQL statement ({seconds * 1000:.1f} ms in the warm-up, for {url}):\n{sql}\n")
        print(_explain(sql))
    return 0


if __name__ == "__main__":
    sys.exit(main())
