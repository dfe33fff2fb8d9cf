"""Documents and every PDF move from MEDIA_ROOT to the private root.

MEDIA_ROOT held them beside the public images, so whatever served ``/media/``
served reviewers' proofs of drafts, restricted PDFs and private documents too.
From now on the default storage keeps only the public image folders there
(``pdfexport/media_storage.py``). This moves what is already stored, as the
rule was when it was written: the file of every ``PublicationPDF`` and every
Wagtail document, then whatever else lies in the PDF and document folders
(a render's temporary leftover, a deleted document's file), to the same name
under ``IQ_PRIVATE_MEDIA_ROOT``. Names stay, so no row changes.

A database without PDFs and documents moves nothing: a fresh database (the
test suite's among them) never touches a file. Moving again is harmless: a
file already moved is skipped. Reversing moves the files of the rows back.
"""

import contextlib
import shutil
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import migrations

# Frozen: the folders as they were named when this migration was written.
SWEPT_FOLDERS = ("publications/pdf", "documents")


def stored_names(apps) -> set[str]:
    names = set()
    for app_label, model_name in (("pdfexport", "PublicationPDF"), ("wagtaildocs", "Document")):
        model = apps.get_model(app_label, model_name)
        names.update(name for name in model.objects.values_list("file", flat=True) if name)
    return names


def roots() -> tuple[Path, Path]:
    private_root = getattr(settings, "IQ_PRIVATE_MEDIA_ROOT", None)
    if not private_root:
        raise ImproperlyConfigured("IQ_PRIVATE_MEDIA_ROOT must be set to move documents and PDFs out of MEDIA_ROOT.")
    return Path(settings.MEDIA_ROOT).resolve(), Path(private_root).resolve()


def file_move(*, name: str, source_root: Path, target_root: Path) -> None:
    source = (source_root / name).resolve()
    target = (target_root / name).resolve()
    # A name that leaves its root is nobody's file: leave it alone.
    if not source.is_relative_to(source_root) or not target.is_relative_to(target_root) or not source.is_file():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    # FileNotFoundError: moved by a concurrent run meanwhile.
    with contextlib.suppress(FileNotFoundError):
        # shutil.move: the private root may be on another file system.
        shutil.move(source, target)


def files_make_private(apps, schema_editor):
    names = stored_names(apps)
    if not names:
        return
    media_root, private_root = roots()
    for folder in SWEPT_FOLDERS:
        if (media_root / folder).is_dir():
            names.update(
                path.relative_to(media_root).as_posix() for path in (media_root / folder).rglob("*") if path.is_file()
            )
    for name in sorted(names):
        file_move(name=name, source_root=media_root, target_root=private_root)


def files_make_public_again(apps, schema_editor):
    names = stored_names(apps)
    if not names:
        return
    media_root, private_root = roots()
    for name in sorted(names):
        file_move(name=name, source_root=private_root, target_root=media_root)


class Migration(migrations.Migration):
    dependencies = [
        ("pdfexport", "0004_download_report_permission"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(files_make_private, files_make_public_again)]
