"""Stored files against the rows that point to them.

An orphan is a file in a storage that no file field of any row names; a
missing file is a row whose file is not in its storage. Renditions are rows
too (``wagtailimages.Rendition.file``), so a rendition's file is referenced
like an original's. Rows are never changed here; only orphans are deleted,
and only old ones.
"""

import datetime
import time
from dataclasses import dataclass, field

from .archive import Progress, progress_none
from .storages import StorageRoot, file_rows, storage_files, storage_roots

#: A file is written before its row is committed (a PDF render, an upload in
#: its transaction). A younger orphan may be one of those, so --delete keeps it.
MIN_AGE_DEFAULT = datetime.timedelta(hours=1)


@dataclass(frozen=True)
class StoredFile:
    alias: str
    name: str
    size: int
    modified: float


@dataclass(frozen=True)
class MissingFile:
    alias: str
    name: str
    field: str
    pk: object


@dataclass
class Reconciliation:
    files: int = 0
    references: int = 0
    orphans: list[StoredFile] = field(default_factory=list)
    missing: list[MissingFile] = field(default_factory=list)


@dataclass(frozen=True)
class OrphanDeletion:
    deleted: list[StoredFile]
    kept_young: list[StoredFile]


def files_reconcile(*, each: Progress = progress_none) -> Reconciliation:
    """Compare every storage of settings.STORAGES with every file field's rows;
    ``each`` wraps the rows and then the files, e.g. in progress bars."""
    roots = storage_roots()
    result = Reconciliation()
    referenced: set[tuple[str, str]] = set()
    rows = file_rows(roots=roots)
    stored = {(root.alias, name) for root in roots for name in storage_files(root)}
    for row in each(rows, "Einträge"):
        referenced.add((row.alias, row.name))
        if (row.alias, row.name) not in stored:
            result.missing.append(MissingFile(alias=row.alias, name=row.name, field=row.field, pk=row.pk))
    by_alias = {root.alias: root for root in roots}
    for alias, name in each(sorted(stored), "Dateien"):
        if (alias, name) not in referenced:
            status = (by_alias[alias].location / name).stat()
            result.orphans.append(StoredFile(alias=alias, name=name, size=status.st_size, modified=status.st_mtime))
    result.files, result.references = len(stored), len(referenced)
    return result


def files_orphans_delete(
    *, orphans: list[StoredFile], min_age: datetime.timedelta = MIN_AGE_DEFAULT, now: float | None = None
) -> OrphanDeletion:
    """Delete the orphans older than ``min_age``. Each is checked again first:
    a row may have come to point to it since it was listed."""
    roots = {root.alias: root for root in storage_roots()}
    still_orphaned = _unreferenced(orphans=orphans, roots=list(roots.values()))
    cutoff = (time.time() if now is None else now) - min_age.total_seconds()
    deleted, kept_young = [], []
    for orphan in orphans:
        if (orphan.alias, orphan.name) not in still_orphaned:
            continue
        path = roots[orphan.alias].location / orphan.name
        if not path.is_file():
            continue
        if path.stat().st_mtime > cutoff:
            kept_young.append(orphan)
            continue
        # Names in a root are the names of its storage.
        roots[orphan.alias].storage.delete(orphan.name)
        deleted.append(orphan)
    return OrphanDeletion(deleted=deleted, kept_young=kept_young)


def _unreferenced(*, orphans: list[StoredFile], roots: list[StorageRoot]) -> set[tuple[str, str]]:
    wanted = {(orphan.alias, orphan.name) for orphan in orphans}
    return wanted - {(row.alias, row.name) for row in file_rows(roots=roots)}
