"""``backup_create``: the database and every file storage into a new directory."""

import shutil
from dataclasses import dataclass
from pathlib import Path

from .archive import Progress, archive_sha256, archive_write, progress_none
from .database import database_dump, database_vendor
from .errors import BackupError
from .manifest import DatabaseDump, Manifest, StorageArchive, manifest_write
from .state import migration_state
from .storages import file_rows, storage_files, storage_roots


@dataclass(frozen=True)
class BackupSummary:
    directory: Path
    manifest: Manifest


def backup_create(*, target: Path, each: Progress = progress_none) -> BackupSummary:
    """Back up into ``target``, which must not exist or be empty. ``each``
    wraps the files of every storage, e.g. in a progress bar."""
    roots = storage_roots()
    # Refused before anything is written: a row's file outside every root would be missing from the backup.
    file_rows(roots=roots)
    vendor = database_vendor()
    created = _target_prepare(target)
    try:
        # The database first, the files after: files are written before their
        # rows (PDFs, uploads), so every row in the dump finds its file.
        snapshot = database_dump(directory=target)
        dump_sha256, dump_size = archive_sha256(snapshot.path)
        archives = []
        for root in roots:
            archive = target / f"storage-{root.alias}.tar"
            sha256, size, entries = archive_write(root=root, names=storage_files(root), target=archive, each=each)
            archives.append(
                StorageArchive(alias=root.alias, archive=archive.name, sha256=sha256, size=size, files=entries)
            )
        manifest = Manifest(
            database=DatabaseDump(vendor=vendor, file=snapshot.path.name, sha256=dump_sha256, size=dump_size),
            migrations=migration_state(applied=snapshot.applied),
            counts=snapshot.counts,
            storages=archives,
        )
        manifest_write(manifest=manifest, directory=target)
    except BaseException:
        # The directory was empty: what is in it now is this failed attempt.
        _target_clear(target, remove=created)
        raise
    return BackupSummary(directory=target, manifest=manifest)


def _target_prepare(target: Path) -> bool:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(f"Das Ziel {target} ist nicht leer. Eine Sicherung braucht ein neues, leeres Verzeichnis.")
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    # Only the owner: a backup holds password hashes and unpublished drafts.
    target.chmod(0o700)
    return created


def _target_clear(target: Path, *, remove: bool) -> None:
    if remove:
        shutil.rmtree(target, ignore_errors=True)
        return
    for child in target.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
