"""Which folders hold the site's files, and which rows point into them.

Read from ``settings.STORAGES`` (every alias but ``staticfiles``) and from every
file field of every installed model, so that a new storage or a new file field
is backed up and reconciled without a change here. A storage is either a
``FileSystemStorage`` or one that routes names to file-system storages it holds
(``pdfexport.media_storage.SiteMediaStorage``: public images in ``MEDIA_ROOT``,
the rest in ``STORAGES["private"]``). Where a row's file lies is asked of its
field's storage (``path()``), so no routing rule is repeated here.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage, storages
from django.db import models

from .errors import BackupError

# collectstatic's output is rebuilt from the code on every deploy: it is not data.
NOT_DATA = ("staticfiles",)


@dataclass(frozen=True)
class StorageRoot:
    #: The alias in settings.STORAGES; ``alias.attribute`` when a routing storage holds several folders.
    alias: str
    location: Path
    storage: FileSystemStorage
    # Other roots inside this one: their files belong to them, so this root
    # neither archives nor reconciles them.
    nested: tuple[Path, ...] = ()


@dataclass(frozen=True)
class FileRow:
    alias: str
    #: The file's name inside its root.
    name: str
    #: ``app.Model.field``
    field: str
    pk: object


def storage_roots() -> list[StorageRoot]:
    """Every data folder of ``settings.STORAGES``, each once; refuses a storage
    that is not on the file system rather than leave it out of a backup."""
    found: dict[Path, tuple[str, FileSystemStorage]] = {}
    for alias in settings.STORAGES:
        if alias in NOT_DATA:
            continue
        for name, storage in _file_system_parts(alias):
            # A second alias for the same folder (the router's backend that is an alias too) is archived once.
            found.setdefault(Path(os.path.abspath(storage.location)), (name, storage))
    return [
        StorageRoot(
            alias=alias,
            location=location,
            storage=storage,
            nested=tuple(other for other in found if other != location and other.is_relative_to(location)),
        )
        for location, (alias, storage) in found.items()
    ]


def storage_files(root: StorageRoot) -> list[str]:
    """The names of every file in ``root``, relative and with "/", sorted."""
    names = []
    for directory, subdirectories, files in os.walk(root.location):
        here = Path(directory)
        # Pruned in place, so that os.walk does not descend into another root.
        subdirectories[:] = sorted(name for name in subdirectories if here / name not in root.nested)
        names += [(here / name).relative_to(root.location).as_posix() for name in files]
    return sorted(names)


def file_fields() -> list[tuple[type[models.Model], models.FileField]]:
    """Every file field of every installed model (renditions and avatars too)."""
    fields = []
    for model in apps.get_models():
        # A proxy shares its model's table; an unmanaged model's table may not exist.
        if model._meta.proxy or not model._meta.managed:
            continue
        # Local fields only: a multi-table child would otherwise repeat its parent's.
        fields += [(model, field) for field in model._meta.local_concrete_fields if isinstance(field, models.FileField)]
    return fields


def file_rows(*, roots: list[StorageRoot]) -> list[FileRow]:
    """Every row with a file, with the root and name its storage puts it at.
    Refuses a file outside every root: a backup would silently lack it."""
    by_depth = sorted(roots, key=lambda root: len(root.location.parts), reverse=True)
    rows = []
    for model, field in file_fields():
        label = f"{model._meta.label}.{field.name}"
        queryset = (
            # The base manager: a default manager that hides rows must not make their files orphans.
            model._base_manager.exclude(**{f"{field.attname}__isnull": True})
            .exclude(**{field.attname: ""})
            .values_list("pk", field.attname)
        )
        for pk, name in queryset.iterator(chunk_size=2000):
            alias, relative = _locate(storage=field.storage, name=name, roots=by_depth, where=f"{label} #{pk}")
            rows.append(FileRow(alias=alias, name=relative, field=label, pk=pk))
    return rows


def _file_system_parts(alias: str) -> list[tuple[str, FileSystemStorage]]:
    storage = storages[alias]
    if isinstance(storage, FileSystemStorage):
        return [(alias, storage)]
    # A routing storage: the file-system storages it holds (SiteMediaStorage.public).
    parts = sorted((name, value) for name, value in vars(storage).items() if isinstance(value, FileSystemStorage))
    if not parts:
        raise BackupError(
            f"Der Speicher „{alias}“ ({type(storage).__name__}) liegt nicht im Dateisystem. "
            "Sicherung, Wiederherstellung und Abgleich kennen nur Dateisystem-Speicher; "
            "sichern Sie diesen mit den Werkzeugen seines Anbieters."
        )
    if len(parts) == 1:
        return [(alias, parts[0][1])]
    return [(f"{alias}.{name}", part) for name, part in parts]


def _locate(*, storage, name: str, roots: list[StorageRoot], where: str) -> tuple[str, str]:
    try:
        path = os.path.abspath(storage.path(name))
    except NotImplementedError as error:
        raise BackupError(
            f"Die Datei von {where} liegt nicht im Dateisystem ({type(storage).__name__}); "
            "Sicherung und Abgleich würden sie übergehen."
        ) from error
    except SuspiciousFileOperation as error:
        raise BackupError(f"Der Dateiname von {where} verlässt seinen Speicher: {name!r}.") from error
    for root in roots:
        if path.startswith(f"{root.location}{os.sep}"):
            return root.alias, Path(path).relative_to(root.location).as_posix()
    raise BackupError(
        f"Die Datei von {where} liegt in {path}, außerhalb jedes Speichers in settings.STORAGES; "
        "Sicherung und Abgleich würden sie übergehen. Tragen Sie ihren Speicher dort ein."
    )
