"""Putting PDF bytes into storage so that no reader can ever get a partial file."""

import hashlib
import os
import uuid

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, Storage

from .media_storage import SiteMediaStorage


def storage_put_atomic(*, storage: Storage, name: str, content: bytes) -> str:
    """Store ``content`` under ``name`` (content-addressed: same bytes, same name).

    Written under a temporary name first and then moved, so a crash mid-write
    leaves at most a stray temporary file. An existing file is reused only if
    its bytes really are ``content``; a truncated leftover is replaced.
    """
    if isinstance(storage, SiteMediaStorage):
        # The storage the name really lives in (the private root for PDFs): the
        # rename below needs its file system, and the temporary name must land there too.
        storage = storage.backend_for(name)
    digest = hashlib.sha256(content).hexdigest()
    if storage.exists(name) and _sha256_of(storage, name) == digest:
        return name
    directory, _ = os.path.split(name)
    temporary = storage.save(f"{directory}/.tmp-{uuid.uuid4().hex}.pdf", ContentFile(content))
    if isinstance(storage, FileSystemStorage):
        # os.replace is atomic on one file system: readers see the old or the new file.
        os.replace(storage.path(temporary), storage.path(name))
        return name
    # Object storages have no rename; their single PUT is atomic already.
    if storage.exists(name):
        storage.delete(name)
    final = storage.save(name, ContentFile(content))
    storage.delete(temporary)
    return final


def _sha256_of(storage: Storage, name: str) -> str:
    digest = hashlib.sha256()
    with storage.open(name, "rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()
