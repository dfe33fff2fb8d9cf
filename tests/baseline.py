"""What the migrations create and every test expects: a locale, the root
page, the root collection, a default site, the role groups and the default
review workflows.

Transactional tests (``transaction=True``, ``live_server``) end with a flush
that empties every table. Django recreates content types and permissions
afterwards, but not migration data; pytest-django's serialized rollback does
not restore it reliably together with ``live_server``. So transactional tests
put the baseline back before they start and after their flush (tests/conftest.py):
spread over pytest-xdist workers, ordinary tests can follow them.
"""

import importlib

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from goodpractice.selection.stage import board_stage_ensure
from workflows.defaults import workflows_ensure
from workflows.roles import roles_ensure


def wagtail_baseline_ensure() -> None:
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    # The English locale beside it, as cms.0011 creates it.
    importlib.import_module("cms.migrations.0011_locales_de_en").locales_ensure(apps, None)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                content_type=ContentType.objects.get_for_model(Page),
                locale=locale,
                url_path="/",
            )
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(hostname="localhost", port=80, root_page=root, is_default_site=True)
    roles_ensure()
    workflows_ensure()
    # goodpractice.0007 turns the default board stage into the ballot; workflows_ensure creates a plain one.
    board_stage_ensure()
    # The migration's own function, so the baseline cannot drift from what it creates.
    importlib.import_module("goodpractice.migrations.0002_target_groups").create_target_groups(apps, None)
