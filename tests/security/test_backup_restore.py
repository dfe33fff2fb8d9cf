"""Backups that really restore, and stored files that match their rows.

The drill restores into a new database (a new SQLite file, or a PostgreSQL
database created here) and empty storage folders, in a subprocess whose
DATABASE_URL, MEDIA_ROOT and IQ_PRIVATE_MEDIA_ROOT point at them, as an
operator would on a new machine (docs/operations.md). Backups run on
committed data (pg_dump sees nothing else), hence transactional tests.
"""

import io
import json
import os
import sqlite3
import tarfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.images.models import Image

import psycopg
import pytest
import wagtail_factories

from pdfexport.models import PublicationPDF
from tests.publishing import publish
from tests.security.processes import manage
from tests.security.site_state import site_state

COMMITTED = pytest.mark.django_db(transaction=True)


@dataclass
class RestoreTarget:
    env: dict[str, str]
    folder: Path
    tables: Callable[[], list[str]]

    def files(self) -> list[str]:
        return sorted(str(path.relative_to(self.folder)) for path in self.folder.rglob("*") if path.is_file())


def _pg_connect(dbname: str) -> psycopg.Connection:
    source = connection.settings_dict
    return psycopg.connect(
        dbname=dbname,
        host=source["HOST"] or None,
        port=source["PORT"] or None,
        user=source["USER"] or None,
        password=source["PASSWORD"] or None,
        autocommit=True,
    )


def _pg_tables(dbname: str) -> list[str]:
    with _pg_connect(dbname) as pg:
        rows = pg.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        return [row[0] for row in rows]


def _sqlite_tables(path: Path) -> list[str]:
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


@pytest.fixture
def restore_target(tmp_path):
    """An empty database and empty storage folders for the restore subprocess."""
    folder = tmp_path / "restored"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "MEDIA_ROOT": str(folder / "media"),
        "IQ_PRIVATE_MEDIA_ROOT": str(folder / "private"),
    }
    if connection.vendor == "sqlite":
        database = tmp_path / "restored.sqlite3"
        folder.mkdir()
        target = RestoreTarget(
            env={**env, "DATABASE_URL": f"sqlite:///{database}"},
            folder=folder,
            tables=lambda: _sqlite_tables(database),
        )
        _refuse_storage_outside(target)
        yield target
        return
    name = f"iq_restore_{uuid.uuid4().hex[:12]}"
    source = connection.settings_dict
    credentials = quote(source["USER"] or "postgres") + (f":{quote(source['PASSWORD'])}" if source["PASSWORD"] else "")
    url = f"postgres://{credentials}@{source['HOST'] or '127.0.0.1'}:{source['PORT'] or 5432}/{name}"
    with _pg_connect("postgres") as pg:
        pg.execute(f'CREATE DATABASE "{name}"')
    try:
        target = RestoreTarget(env={**env, "DATABASE_URL": url}, folder=folder, tables=lambda: _pg_tables(name))
        _refuse_storage_outside(target)
        yield target
    finally:
        with _pg_connect("postgres") as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _refuse_storage_outside(target: RestoreTarget) -> None:
    """A storage this test does not know the variable of would be restored into
    the developer's own folder: stop before that happens."""
    listing = manage(
        "shell",
        "-v",
        "0",
        "-c",
        "from cms.backup.storages import storage_roots; print('\\n'.join(str(r.location) for r in storage_roots()))",
        env=target.env,
    )
    assert listing.returncode == 0, listing.stderr
    outside = [line for line in listing.stdout.split() if not Path(line).is_relative_to(target.folder)]
    assert outside == [], "set the environment variable of this storage in restore_target"


def _backup(directory: Path) -> dict:
    out, err = io.StringIO(), io.StringIO()
    call_command("backup", str(directory), stdout=out, stderr=err)
    assert "Speicher default" in err.getvalue(), "a progress bar per storage"
    return json.loads((directory / "manifest.json").read_text())


@pytest.fixture
def content(make_published_fact_sheet, photo, django_capture_on_commit_callbacks):
    """Fact sheets with rendered PDFs (one republished: two PDFs of one page),
    an image with a rendition and a document: rows in every storage."""
    first = make_published_fact_sheet(title="Beratung in Zahlen")
    make_published_fact_sheet(title="Anerkennung in Zahlen")
    publish(first, capture=django_capture_on_commit_callbacks, teaser="Neue Zahlen für 2024.")
    photo.get_rendition("fill-80x60")
    wagtail_factories.DocumentFactory(title="Jahresbericht")


@COMMITTED
def test_restore_drill_brings_back_every_page_revision_and_pdf_byte_for_byte(content, client, tmp_path, restore_target):
    source = site_state(client=client)
    assert source["counts"]["publication_pdfs"] == 3
    assert all(pdf["recorded"] == pdf["file"] for pdf in source["stored"].values())
    assert [served["status"] for served in source["served"].values()] == [200, 200]
    manifest = _backup(tmp_path / "backup")
    assert manifest["counts"] == source["counts"]
    assert {"wagtailcore", "pdfexport", "cms", "factsheets"} <= set(manifest["migrations"])
    # Each storage under its alias: the public images, and the private documents and PDFs.
    assert [storage["alias"] for storage in manifest["storages"]] == ["default", "private"]

    restored = manage("restore", str(tmp_path / "backup"), env=restore_target.env)
    assert restored.returncode == 0, restored.stderr
    assert "Migrationen: aktuell." in restored.stdout

    probe = manage(
        "shell", "-v", "0", "-c", "from tests.security.site_state import main; main()", env=restore_target.env
    )
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout) == source

    reconciled = manage("reconcile_files", env=restore_target.env)
    assert reconciled.returncode == 0, reconciled.stdout + reconciled.stderr
    assert "0 verwaist, 0 fehlen" in reconciled.stdout


@COMMITTED
def test_a_corrupted_archive_is_refused_and_nothing_is_half_restored(published_fact_sheet, tmp_path, restore_target):
    manifest = _backup(tmp_path / "backup")
    pdf_name = PublicationPDF.objects.get().file.name
    archive = next(
        tmp_path / "backup" / storage["archive"]
        for storage in manifest["storages"]
        if any(entry["path"] == pdf_name for entry in storage["files"])
    )
    with tarfile.open(archive) as tar:
        member = tar.getmember(pdf_name)
    with archive.open("r+b") as handle:
        handle.seek(member.offset_data + member.size // 2)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0xFF]))

    restored = manage("restore", str(tmp_path / "backup"), env=restore_target.env)

    assert restored.returncode != 0
    assert "Die Sicherung ist beschädigt" in restored.stderr
    assert f"die Prüfsumme von private/{pdf_name} stimmt nicht" in restored.stderr
    assert "Es wurde nichts wiederhergestellt." in restored.stderr
    assert restore_target.tables() == []
    assert restore_target.files() == []


@COMMITTED
def test_restore_refuses_a_database_with_tables_so_a_running_site_is_not_overwritten(home_page, tmp_path):
    _backup(tmp_path / "backup")
    with pytest.raises(CommandError, match="Die Zieldatenbank ist nicht leer"):
        call_command("restore", str(tmp_path / "backup"), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.django_db
def test_reconcile_finds_orphans_and_missing_files_and_deletes_only_old_orphans(published_fact_sheet, photo):
    rendition = photo.get_rendition("fill-80x60")
    private = Path(settings.IQ_PRIVATE_MEDIA_ROOT)
    forgotten = private / "documents" / "vergessen.pdf"
    forgotten.parent.mkdir(parents=True, exist_ok=True)
    forgotten.write_bytes(b"%PDF-1.7 niemand verweist darauf")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(forgotten, (two_hours_ago, two_hours_ago))
    # A render's file before its row exists: an orphan for now, but too young to delete.
    rendering = private / "publications" / "pdf" / ".tmp-laufend.pdf"
    rendering.write_bytes(b"%PDF-1.7 wird gerade gerendert")
    Path(photo.file.path).unlink()
    pdf = PublicationPDF.objects.get()

    report, bar = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match=r"1 Datei\(en\) fehlen"):
        call_command("reconcile_files", stdout=report, stderr=bar)
    listed = report.getvalue()
    assert "Verwaist: private/documents/vergessen.pdf" in listed
    assert "Verwaist: private/publications/pdf/.tmp-laufend.pdf" in listed
    assert f"Fehlt: default/{photo.file.name} ← wagtailimages.Image.file #{photo.pk}" in listed
    # Renditions are rows: their files are referenced, never orphans.
    assert rendition.file.name not in listed
    assert pdf.file.name not in listed
    assert "2 verwaist, 1 fehlen" in listed
    assert "100%" in bar.getvalue()

    deleting = io.StringIO()
    with pytest.raises(CommandError):
        call_command("reconcile_files", "--delete", stdout=deleting, stderr=io.StringIO())
    assert "1 verwaiste Datei(en) gelöscht, 1 behalten" in deleting.getvalue()
    assert not forgotten.exists()
    assert rendering.exists()
    assert Path(rendition.file.path).exists()
    with pdf.file.open("rb") as stored:
        assert stored.read(4) == b"%PDF"
    assert Image.objects.filter(pk=photo.pk).exists(), "rows are never deleted"
