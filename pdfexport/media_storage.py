"""Where stored files live: public images in ``MEDIA_ROOT``, everything else in the private root.

``MEDIA_ROOT`` used to hold everything: images, Wagtail documents, and every
PDF including reviewers' proofs of drafts, so a web server that served
``/media/`` (or ``runserver`` under DEBUG) handed out draft proofs to anyone
with the hash. Now the default storage decides by the first folder of a name:

* ``original_images/``, ``images/`` (Wagtail images and renditions) and
  ``avatar_images/`` (the admin's profile pictures, named with a UUID) are
  public: ``MEDIA_ROOT``, served at ``MEDIA_URL``;
* every other name (``documents/``, ``publications/pdf/``, anything added
  later) goes to ``STORAGES["private"]``, a root that is never served
  directly: PDFs leave through ``file_response.py``, documents through
  Wagtail's serve view, which checks collection privacy.

Deny by default, so a new kind of file is private until someone decides
otherwise. The rule sits in the default storage because Wagtail's document
model has no storage setting; names stay as they were, so no row changes.
"""

import posixpath
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.functional import cached_property

PUBLIC_IMAGE_FOLDERS = ("original_images", "images")
PUBLIC_MEDIA_FOLDERS = (*PUBLIC_IMAGE_FOLDERS, "avatar_images")


def media_folder(name: str) -> str:
    """The first folder of a storage name after normalisation ("" for a bare file name)."""
    normalised = posixpath.normpath(str(name).replace("\\", "/")).lstrip("/")
    folder, separator, _ = normalised.partition("/")
    return folder if separator else ""


def media_is_public(name: str) -> bool:
    return media_folder(name) in PUBLIC_MEDIA_FOLDERS


class PrivateStorage(FileSystemStorage):
    """Files under ``IQ_PRIVATE_MEDIA_ROOT``, which has no URL.

    The root follows the setting (as ``FileSystemStorage`` follows
    ``MEDIA_ROOT``), so each test can give it a folder of its own.
    """

    @cached_property
    def base_location(self):
        location = Path(self._value_or_setting(self._location, settings.IQ_PRIVATE_MEDIA_ROOT)).resolve()
        # A private root inside a served one would be served after all.
        for served in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
            if served and location.is_relative_to(Path(served).resolve()):
                raise ImproperlyConfigured(
                    f"IQ_PRIVATE_MEDIA_ROOT ({location}) liegt in {served}, das der Webserver ausliefert."
                )
        return str(location)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting in ("IQ_PRIVATE_MEDIA_ROOT", "MEDIA_ROOT", "STATIC_ROOT"):
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        # NotImplementedError is what Wagtail's document view expects of a storage without URLs.
        raise NotImplementedError("Private Dateien haben keine URL; sie werden nur über die Anwendung ausgeliefert.")


def private_storage() -> Storage:
    return storages["private"]


class SiteMediaStorage(Storage):
    """The default storage: public image folders in ``MEDIA_ROOT``, the rest private."""

    def __init__(self) -> None:
        # Follows MEDIA_ROOT and MEDIA_URL itself, like Django's default storage.
        self.public = FileSystemStorage()

    def backend_for(self, name: str) -> Storage:
        # Looked up on every call: tests and deployments may replace STORAGES["private"].
        return self.public if media_is_public(name) else private_storage()

    def save(self, name, content, max_length=None):
        return self.backend_for(name or content.name).save(name, content, max_length=max_length)

    def _open(self, name, mode="rb"):
        return self.backend_for(name).open(name, mode)

    def get_available_name(self, name, max_length=None):
        return self.backend_for(name).get_available_name(name, max_length=max_length)

    def delete(self, name):
        return self.backend_for(name).delete(name)

    def exists(self, name):
        return self.backend_for(name).exists(name)

    def listdir(self, path):
        return self.backend_for(posixpath.join(path, "x")).listdir(path)

    def path(self, name):
        return self.backend_for(name).path(name)

    def size(self, name):
        return self.backend_for(name).size(name)

    def url(self, name):
        return self.backend_for(name).url(name)

    def get_accessed_time(self, name):
        return self.backend_for(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self.backend_for(name).get_created_time(name)

    def get_modified_time(self, name):
        return self.backend_for(name).get_modified_time(name)
