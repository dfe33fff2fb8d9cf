"""The demo seeded once per test module, for tests that read what ``seed_demo``
builds: its pages, logins and the PDFs it renders.

A full seed takes about two minutes, so a module seeds once and each of its
tests runs in a savepoint inside it; the whole is rolled back when the module
ends. ``tests/conftest.py`` registers these fixtures for every module and points
the media roots of each test that uses ``seeded`` at the demo's folders, where
its images and PDFs are. The seed is module-scoped, so a module must stay in one
worker to seed once: ``--dist loadfile`` keeps it there; for ``--dist
loadgroup``, mark the module with ``pytest.mark.xdist_group``.
"""

import io
from pathlib import Path

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

import pytest


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def demo_private(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("demo-private")


def seed() -> str:
    """Run ``seed_demo`` and return what it printed."""
    stdout = io.StringIO()
    call_command("seed_demo", stdout=stdout, stderr=io.StringIO())
    return stdout.getvalue()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, demo_media, demo_private) -> str:
    """What the module's one seed printed. A module-scoped fixture that reads the
    demo depends on this one and unblocks the database itself."""
    with (
        # The seed renders PDFs before any test's settings apply.
        override_settings(MEDIA_ROOT=demo_media, IQ_PRIVATE_MEDIA_ROOT=demo_private),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield seed()
        transaction.set_rollback(True)
