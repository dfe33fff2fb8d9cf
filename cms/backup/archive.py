"""One file storage as a tar archive and back, with a SHA-256 for every file
and for the archive as a whole.

Uncompressed: PDFs and images are compressed already, and a plain tar can be
listed and checked with standard tools during a drill. Every file is read
once: hashed on its way into the archive, and on its way out verified before
anything is put in place.
"""

import hashlib
import os
import tarfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import BackupError
from .manifest import FileEntry
from .storages import StorageRoot

CHUNK = 1024 * 1024
#: Wraps the items of one step, with a label, e.g. in a progress bar (pdfexport/progress.py).
Progress = Callable[[Iterable, str], Iterable]


def progress_none(items: Iterable, desc: str) -> Iterable:
    return items


class _HashingReader:
    def __init__(self, handle) -> None:
        self._handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self.digest.update(data)
        return data


class _HashingWriter:
    def __init__(self, handle) -> None:
        self._handle = handle
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self._handle.write(data)


def archive_write(
    *, root: StorageRoot, names: list[str], target: Path, each: Progress
) -> tuple[str, int, list[FileEntry]]:
    """Archive ``names`` of ``root`` into ``target``; returns the archive's
    SHA-256, its size and one entry per file."""
    entries = []
    with target.open("xb") as raw:
        out = _HashingWriter(raw)
        # A stream ("w|") needs no seeking, so the writer above sees every byte.
        with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            for name in each(names, f"Speicher {root.alias}"):
                with (root.location / name).open("rb") as handle:
                    info = tar.gettarinfo(arcname=name, fileobj=handle)
                    info.uid = info.gid = 0
                    info.uname = info.gname = ""
                    reader = _HashingReader(handle)
                    try:
                        tar.addfile(info, reader)
                    except OSError as error:
                        raise BackupError(
                            f"Die Datei {root.alias}/{name} hat sich während der Sicherung verändert; "
                            "sichern Sie erneut."
                        ) from error
                entries.append(FileEntry(path=name, size=info.size, sha256=reader.digest.hexdigest()))
    return out.digest.hexdigest(), out.size, entries


def archive_extract(
    *, alias: str, archive: Path, sha256: str, entries: list[FileEntry], staging: Path, each: Progress
) -> None:
    """Extract ``archive`` into ``staging``, checking every file against its
    entry and the archive against ``sha256``. Anything else in the archive, a
    file missing from it, or any checksum that differs refuses the whole."""
    with archive.open("rb") as raw:
        reader = _HashingReader(raw)
        try:
            with tarfile.open(fileobj=reader, mode="r|") as tar:
                for entry in each(entries, f"Speicher {alias}"):
                    member = tar.next()
                    if member is None or member.name != entry.path or not member.isfile():
                        found = "nichts" if member is None else repr(member.name)
                        raise _corrupt(f"{archive.name} enthält {found} statt {entry.path!r}")
                    _extract_member(tar=tar, member=member, entry=entry, staging=staging, alias=alias)
                if tar.next() is not None:
                    raise _corrupt(f"{archive.name} enthält mehr Dateien als das Manifest")
            # The end-of-archive blocks belong to the archive's checksum too.
            while reader.read(CHUNK):
                pass
        except (tarfile.TarError, EOFError) as error:
            raise _corrupt(f"{archive.name} ist kein lesbares tar-Archiv ({error})") from error
    if reader.digest.hexdigest() != sha256:
        raise _corrupt(f"die Prüfsumme von {archive.name} stimmt nicht")


def archive_sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _extract_member(*, tar: tarfile.TarFile, member: tarfile.TarInfo, entry: FileEntry, staging: Path, alias: str):
    target = (staging / entry.path).resolve()
    if not target.is_relative_to(staging.resolve()):
        raise _corrupt(f"{entry.path!r} läge außerhalb des Speichers")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = tar.extractfile(member)
    digest, size = hashlib.sha256(), 0
    with target.open("xb") as out:
        for chunk in iter(lambda: source.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise _corrupt(f"die Prüfsumme von {alias}/{entry.path} stimmt nicht")
    # The original time: reconcile_files --delete spares files by their age.
    os.utime(target, (member.mtime, member.mtime))


def _corrupt(detail: str) -> BackupError:
    return BackupError(f"Die Sicherung ist beschädigt: {detail}. Es wurde nichts wiederhergestellt.")
