"""``backup_restore``: a backup into an empty database and empty storages.

Nothing is half-restored: every archive is extracted into a staging folder
inside its storage and checked file by file, the dump is checked, and only
then is the database loaded (in one transaction) and the staged files moved
into place (renames within one file system).
"""

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection

from .archive import Progress, archive_extract, archive_sha256, progress_none
from .database import VENDOR_NAMES, database_load, database_tables, database_vendor
from .errors import BackupError
from .manifest import Manifest, manifest_read
from .state import content_counts, migration_state, migrations_applied, migrations_pending, migrations_unknown
from .storages import StorageRoot, storage_files, storage_roots

STAGING_PREFIX = ".iq-restore-"


@dataclass(frozen=True)
class RestoreSummary:
    manifest: Manifest
    #: Files a forced restore found in a storage and left there, per alias.
    kept: dict[str, int]
    #: Storages of settings.STORAGES the backup has no archive of.
    absent: list[str]
    #: Migrations of this code the restored database has not applied yet.
    pending: list[str]


def backup_restore(*, source: Path, force: bool = False, each: Progress = progress_none) -> RestoreSummary:
    """Restore the backup in ``source``; ``force`` restores over a database with
    tables and over files already stored (same names are replaced, others kept)."""
    manifest = manifest_read(directory=source)
    roots = _roots_for(manifest)
    _refuse_incompatible(manifest)
    existing = _refuse_occupied(roots=roots, force=force)
    dump = source / manifest.database.file
    _dump_verify(manifest=manifest, dump=dump)
    staged: dict[str, Path] = {}
    created: list[Path] = []
    try:
        for archive in manifest.storages:
            root = roots[archive.alias]
            if not root.location.exists():
                root.location.mkdir(parents=True)
                created.append(root.location)
            staged[archive.alias] = staging = root.location / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
            staging.mkdir()
            archive_extract(
                alias=archive.alias,
                archive=source / archive.archive,
                sha256=archive.sha256,
                entries=archive.files,
                staging=staging,
                each=each,
            )
        database_load(dump=dump, force=force)
        for alias, staging in staged.items():
            _move_into_place(staging=staging, root=roots[alias])
        created.clear()
    finally:
        for staging in staged.values():
            shutil.rmtree(staging, ignore_errors=True)
        for location in reversed(created):
            # Only what this restore made and left empty: never an operator's folder.
            if location.is_dir() and not any(location.iterdir()):
                location.rmdir()
    _caches_clear()
    _restored_verify(manifest)
    kept = {
        archive.alias: len(existing.get(archive.alias, set()) - {entry.path for entry in archive.files})
        for archive in manifest.storages
    }
    absent = sorted(set(roots) - {archive.alias for archive in manifest.storages})
    return RestoreSummary(
        manifest=manifest, kept={k: v for k, v in kept.items() if v}, absent=absent, pending=migrations_pending()
    )


def _roots_for(manifest: Manifest) -> dict[str, StorageRoot]:
    roots = {root.alias: root for root in storage_roots()}
    unknown = [archive.alias for archive in manifest.storages if archive.alias not in roots]
    if unknown:
        names = ", ".join(f"„{alias}“" for alias in unknown)
        raise BackupError(
            f"Die Sicherung enthält die Speicher {names}, die settings.STORAGES hier nicht kennt. "
            "Richten Sie sie ein, bevor Sie wiederherstellen."
        )
    return roots


def _refuse_incompatible(manifest: Manifest) -> None:
    vendor = database_vendor()
    if manifest.database.vendor != vendor:
        raise BackupError(
            f"Die Sicherung stammt aus {VENDOR_NAMES.get(manifest.database.vendor, manifest.database.vendor)}, "
            f"die Zieldatenbank ist {VENDOR_NAMES[vendor]}. Stellen Sie in dieselbe Datenbankart wieder her."
        )
    unknown = migrations_unknown(state=manifest.migrations)
    if unknown:
        raise BackupError(
            "Die Sicherung ist neuer als dieser Code; diese Migrationen kennt er nicht: "
            f"{', '.join(unknown)}. Spielen Sie zuerst die Version von IQ Publisher ein, aus der sie stammt."
        )


def _refuse_occupied(*, roots: dict[str, StorageRoot], force: bool) -> dict[str, set[str]]:
    tables = database_tables()
    if tables and not force:
        raise BackupError(
            f"Die Zieldatenbank ist nicht leer ({len(tables)} Tabellen, z. B. {tables[0]}). "
            "Wiederhergestellt wird nur in eine leere Datenbank; --force überschreibt sie."
        )
    existing = {alias: set(names) for alias, root in roots.items() if (names := storage_files(root))}
    if existing and not force:
        alias, names = next(iter(existing.items()))
        raise BackupError(
            f"Der Speicher „{alias}“ ({roots[alias].location}) ist nicht leer ({len(names)} Dateien). "
            "Wiederhergestellt wird nur in leere Speicher; --force legt die Dateien der Sicherung dazu."
        )
    return existing


def _dump_verify(*, manifest: Manifest, dump: Path) -> None:
    if not dump.is_file():
        raise BackupError(f"Die Datenbanksicherung {dump} fehlt. Es wurde nichts wiederhergestellt.")
    sha256, size = archive_sha256(dump)
    if (sha256, size) != (manifest.database.sha256, manifest.database.size):
        raise BackupError(
            f"Die Sicherung ist beschädigt: die Prüfsumme von {dump.name} stimmt nicht. "
            "Es wurde nichts wiederhergestellt."
        )


def _move_into_place(*, staging: Path, root: StorageRoot) -> None:
    for directory, _, files in os.walk(staging):
        for name in files:
            staged = Path(directory) / name
            target = root.location / staged.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Atomic per file: the staging folder is on the storage's own file system.
            os.replace(staged, target)


def _caches_clear() -> None:
    # Their entries describe the database that was replaced: fast-path PDFs and
    # whole pages by id and URL. The download counters stay for downloads_persist.
    for alias in ("default", settings.IQ_PAGE_CACHE_ALIAS):
        if alias in settings.CACHES:
            caches[alias].clear()


def _restored_verify(manifest: Manifest) -> None:
    with connection.cursor() as cursor:
        counts = content_counts(cursor=cursor)
        state = migration_state(applied=migrations_applied(cursor=cursor))
    if counts != manifest.counts:
        raise BackupError(
            f"Wiederhergestellt, aber die Zahlen weichen von der Sicherung ab: {counts} statt {manifest.counts}."
        )
    if state != manifest.migrations:
        raise BackupError("Wiederhergestellt, aber der Migrationsstand weicht vom Manifest der Sicherung ab.")
