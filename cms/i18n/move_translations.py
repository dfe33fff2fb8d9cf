"""Moving a German page moves its English edition with it.

Wagtail's move view moves "translations and aliases" of a page it moves, into
the translation of the destination, but only those a
``construct_translated_pages_to_cascade_actions`` hook names; wagtail-localize
names none (Wagtail's own simple_translation does). Without this a moved
German page left its English edition below the old parent's translation.
Where the destination has no English edition, Wagtail leaves the English page
where it is; the switcher finds it either way, by translation key. Old
addresses redirect (``wagtail.contrib.redirects``).
"""

from wagtail import hooks
from wagtail.models import Page


@hooks.register("construct_translated_pages_to_cascade_actions")
def translations_move_along(pages: list[Page], action: str) -> dict[Page, list[Page]] | None:
    if action != "move":
        return None
    return {page: list(page.get_translations().filter(alias_of__isnull=True)) for page in pages}
