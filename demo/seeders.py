"""The demo's seeders in the order ``seed_demo`` runs them.

Each takes ``context`` and is idempotent. The order is what they need of each
other: the site and reference data first, then the publications, which
publish directly; the users after them; last the work left in review, which
needs the reviewers (and the selection needs the board stage that seeding the
users may have reset). The English editions come last: they translate
German pages, the good practice sheets among them.
"""

from collections.abc import Callable

from .accessible_language import seed_accessible_language
from .catalogue import seed_catalogue
from .dossiers.seed import seed_dossiers
from .english.seed import seed_english
from .factsheets.seed import seed_fact_sheet_in_review, seed_fact_sheets
from .goodpractice.seed import seed_good_practice, seed_good_practice_before_the_board, seed_good_practice_selection
from .magazine.seed import seed_magazine
from .site import seed_site
from .subprojects import seed_subprojects
from .users import seed_users

# Called as ``seeder(context=…)``; the parameter is keyword-only.
Seeder = Callable[..., None]

SEEDERS: list[Seeder] = [
    seed_site,
    seed_accessible_language,
    seed_fact_sheets,
    seed_magazine,
    seed_dossiers,
    seed_good_practice,
    seed_catalogue,
    seed_users,
    seed_good_practice_selection,
    seed_fact_sheet_in_review,
    seed_good_practice_before_the_board,
    seed_subprojects,  # links the sheets, which exist only after the selection
    seed_english,  # translates the German pages, some of which only the selection publishes
]
