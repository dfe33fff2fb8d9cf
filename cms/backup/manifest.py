"""The manifest of a backup: what it holds, with a checksum for every part.

Written last, so a backup directory without ``manifest.json`` is an
incomplete one and no restore reads it.
"""

import datetime
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from .errors import BackupError

FORMAT = "iq-publisher-backup"
SCHEMA_VERSION = 1
NAME = "manifest.json"


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class StorageArchive:
    alias: str
    archive: str
    sha256: str
    size: int
    files: list[FileEntry]


@dataclass(frozen=True)
class DatabaseDump:
    vendor: str
    file: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    database: DatabaseDump
    #: The latest applied migration of every app.
    migrations: dict[str, str]
    #: Pages, revisions and PublicationPDFs, from the same snapshot as the dump.
    counts: dict[str, int]
    storages: list[StorageArchive]
    created_at: str = field(default_factory=lambda: datetime.datetime.now(datetime.UTC).isoformat())
    schema_version: int = SCHEMA_VERSION
    format: str = FORMAT


def manifest_write(*, manifest: Manifest, directory: Path) -> Path:
    target = directory / NAME
    temporary = directory / f".{NAME}.tmp"
    temporary.write_text(json.dumps(asdict(manifest), indent=2, ensure_ascii=False), encoding="utf-8")
    # Renamed into place: a crash leaves no manifest rather than half of one.
    os.replace(temporary, target)
    return target


def manifest_read(*, directory: Path) -> Manifest:
    path = directory / NAME
    if not path.is_file():
        raise BackupError(
            f"In {directory} liegt kein {NAME}: das ist keine (vollständige) Sicherung. "
            "Eine abgebrochene Sicherung hat kein Manifest."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise BackupError(f"{path} ist kein Manifest einer IQ-Publisher-Sicherung.")
        if data.get("schema_version") != SCHEMA_VERSION:
            raise BackupError(
                f"Das Manifest hat Schema-Version {data.get('schema_version')!r}; "
                f"diese Version von IQ Publisher liest nur Version {SCHEMA_VERSION}."
            )
        manifest = Manifest(
            database=DatabaseDump(**data["database"]),
            migrations=dict(data["migrations"]),
            counts=dict(data["counts"]),
            storages=[
                StorageArchive(**{**archive, "files": [FileEntry(**entry) for entry in archive["files"]]})
                for archive in data["storages"]
            ],
            created_at=data["created_at"],
        )
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"Das Manifest {path} ist unlesbar oder beschädigt ({error}).") from error
    for name in [manifest.database.file] + [archive.archive for archive in manifest.storages]:
        _refuse_unsafe(name, where="Teil der Sicherung", single=True)
    for archive in manifest.storages:
        for entry in archive.files:
            _refuse_unsafe(entry.path, where=f"Datei im Speicher „{archive.alias}“", single=False)
    return manifest


def _refuse_unsafe(name: str, *, where: str, single: bool) -> None:
    """A name from the manifest becomes a path on disk: it must stay inside its folder."""
    path = PurePosixPath(name)
    unsafe = (
        not name
        or path.is_absolute()
        or ".." in path.parts
        or "\\" in name
        or "\x00" in name
        or (single and len(path.parts) != 1)
    )
    if unsafe:
        raise BackupError(f"Das Manifest nennt einen unzulässigen Pfad als {where}: {name!r}.")
