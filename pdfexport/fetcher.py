"""A deny-by-default URL fetcher for WeasyPrint.

WeasyPrint's own fetcher reads ``file://`` and the network and follows
redirects (``docs/pdf-engine.md``, "Security"). This one serves exactly two kinds of
resource and refuses everything else:

* ``data:`` URLs, decoded in-process;
* the site's own static files (print CSS, fonts, logos) and public images
  (``original_images/`` and the renditions in ``images/``), matched by their URL
  prefix and read through Django's staticfiles storage/finders and the default
  storage, never through the network or the local file system by URL.

Documents, PDFs and anything else under ``MEDIA_URL`` are refused even where
they exist (``media_storage.py``): a link to a document must never bring its
bytes into a PDF. Attachments are not fetched at all (``attachments.py``).

A refused URL is logged and recorded, and WeasyPrint leaves the resource out:
the PDF still renders, without whatever the URL pointed at.

Static files can be served from a ``StaticAssetCache`` filled before the worker
forks (``warmup.py``), so that a render child does not read the print
stylesheets and fonts from disk again. The cache only replaces the read: which
URLs are served, and the size limit, stay the same.
"""

import io
import logging
import mimetypes
import os
import posixpath
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import DataHandler, Request

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage

from weasyprint.urls import URLFetcher, URLFetcherResponse, URLFetchingError

from .media_storage import PUBLIC_IMAGE_FOLDERS, media_folder

logger = logging.getLogger(__name__)

# The base URL handed to WeasyPrint. ``.invalid`` can never resolve (RFC 2606), so
# nothing relative can ever be sent to a real host, and the request URL is never used.
RENDER_BASE_URL = "https://render.iq-publisher.invalid/"


class RefusedResource(URLFetchingError):
    """Raised for every URL the fetcher does not serve."""


def static_file_path(name: str) -> str | None:
    """The local file the fetcher reads for the static file ``name``, or None
    (not found, or kept in a storage that has no local files)."""
    if staticfiles_storage.exists(name):
        try:
            return staticfiles_storage.path(name)
        except NotImplementedError:
            return None
    return finders.find(name)


@dataclass(frozen=True)
class _CachedAsset:
    path: str
    mtime_ns: int
    size: int
    body: bytes


class StaticAssetCache:
    """Bytes of static files, served only while the file on disk is unchanged.

    Every hit costs a ``stat``: a stylesheet or font replaced by a deploy is
    read again instead of being served stale for the life of the worker.
    """

    def __init__(self) -> None:
        self._assets: dict[str, _CachedAsset] = {}

    def load(self, *, name: str) -> None:
        path = static_file_path(name)
        if path is None:
            return
        status = os.stat(path)
        with open(path, "rb") as handle:
            body = handle.read()
        self._assets[name] = _CachedAsset(path=path, mtime_ns=status.st_mtime_ns, size=status.st_size, body=body)

    def get(self, name: str) -> bytes | None:
        asset = self._assets.get(name)
        if asset is None:
            return None
        try:
            status = os.stat(asset.path)
        except OSError:
            return None
        if (status.st_mtime_ns, status.st_size) != (asset.mtime_ns, asset.size):
            return None
        return asset.body

    def unchanged(self) -> bool:
        """Whether every file is still as it was read (the warm fonts were built from them)."""
        return all(self.get(name) is not None for name in self._assets)


class SafeURLFetcher(URLFetcher):
    def __init__(self, *, max_resource_bytes: int | None = None, static_cache: StaticAssetCache | None = None) -> None:
        # allowed_protocols=() and no redirects: even a call to the parent class
        # could not open anything.
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self.max_resource_bytes = max_resource_bytes or settings.IQ_PDF_MAX_RESOURCE_BYTES
        self.static_cache = static_cache
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        if url.startswith("data:"):
            return self._fetch_data(url)
        name = self._own_file_name(url, settings.STATIC_URL)
        if name is not None:
            return self._serve(url, name, self._open_static)
        name = self._own_file_name(url, settings.MEDIA_URL)
        if name is not None:
            if media_folder(name) not in PUBLIC_IMAGE_FOLDERS:
                self._refuse(url, "not a public image (documents and private files are never read)")
            return self._serve(url, name, self._open_media)
        self._refuse(url, "not a data: URL or a file of this site")

    def _own_file_name(self, url: str, prefix: str) -> str | None:
        """The storage name if ``url`` is one of our files under ``prefix``, else None."""
        absolute_prefix = urljoin(RENDER_BASE_URL, prefix)
        if url.startswith(absolute_prefix):
            rest = url[len(absolute_prefix) :]
        elif urlsplit(prefix).scheme in ("http", "https") and url.startswith(prefix):
            # An absolute STATIC_URL/MEDIA_URL (CDN, S3): still read through storage.
            rest = url[len(prefix) :]
        else:
            return None
        path = unquote(urlsplit(rest).path)
        normalised = posixpath.normpath(path)
        if not path or "\x00" in path or normalised.startswith(("..", "/")) or normalised != path.rstrip("/"):
            self._refuse(url, "path leaves the file area")
        return normalised

    def _open_static(self, name: str):
        cached = self.static_cache.get(name) if self.static_cache is not None else None
        if cached is not None:
            return io.BytesIO(cached)
        if staticfiles_storage.exists(name):
            return staticfiles_storage.open(name, "rb")
        found = finders.find(name)
        if not found:
            raise FileNotFoundError(name)
        return open(found, "rb")  # closed by WeasyPrint via the response

    def _open_media(self, name: str):
        # Only reached for the public image folders, which the default storage keeps in MEDIA_ROOT.
        return default_storage.open(name, "rb")

    def _serve(self, url: str, name: str, opener) -> URLFetcherResponse:
        try:
            handle = opener(name)
        except (SuspiciousFileOperation, OSError, ValueError) as exc:  # ValueError: e.g. a NUL byte in the name
            self._refuse(url, f"file not found ({exc.__class__.__name__})")
        with handle:
            body = handle.read(self.max_resource_bytes + 1)
        if len(body) > self.max_resource_bytes:
            self._refuse(url, f"larger than {self.max_resource_bytes} bytes")
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})

    def _fetch_data(self, url: str) -> URLFetcherResponse:
        # Cheap guard before decoding: percent-encoding takes at most 3 characters a byte.
        if len(url) > self.max_resource_bytes * 3 + 1024:
            self._refuse(url[:80], "data: URL too large")
        # Only the data: handler is used: it cannot reach a file or the network.
        try:
            response = DataHandler().data_open(Request(url))  # noqa: S310
        except ValueError as exc:
            self._refuse(url[:80], f"malformed data: URL ({exc.__class__.__name__})")
        body = response.read()
        # The decoded size is what counts: base64 alone lets 1.5x the limit past a URL-length check.
        if len(body) > self.max_resource_bytes:
            self._refuse(url[:80], f"larger than {self.max_resource_bytes} bytes")
        return URLFetcherResponse(url, body, {"Content-Type": response.headers.get("Content-Type", "text/plain")})

    def _refuse(self, url: str, reason: str):
        self.refused.append(url)
        logger.error("PDF render refused to fetch %s: %s", url[:200], reason)
        raise RefusedResource(f"Refused {url[:200]}: {reason}")
