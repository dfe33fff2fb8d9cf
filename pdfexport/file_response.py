"""Answering a request for one stored file: conditional, ranged, streamed
from storage, with the cache headers its URL allows. Shared by the page route
(``serving.py``) and the fast path (``fast_path.py``).

Every PDF lives in the private root (``media_storage.py``), which no web
server serves directly: this module is the only way out, after the caller has
decided who may have the file."""

from dataclasses import dataclass

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import content_disposition_header, http_date

from .downloads.counting import download_record
from .http_ranges import ByteRange, UnsatisfiableRange, byte_range_parse
from .models import PublicationPDF

CHUNK_BYTES = 256 * 1024
IMMUTABLE_MAX_AGE = 365 * 24 * 3600


@dataclass(frozen=True)
class StoredFile:
    """What serving needs of a stored PDF; small enough to keep in a cache."""

    name: str
    sha256: str
    byte_size: int
    created: int  # Unix time

    @classmethod
    def of(cls, pdf: PublicationPDF) -> "StoredFile":
        return cls(
            name=pdf.file.name, sha256=pdf.sha256, byte_size=pdf.byte_size, created=int(pdf.created_at.timestamp())
        )


def file_response(
    *,
    request: HttpRequest,
    stored: StoredFile,
    filename: str,
    restricted: bool,
    immutable: bool,
    count_page_id: int | None = None,
) -> HttpResponse:
    """``count_page_id``: the publication a reader's download is counted for
    (``downloads/counting.py`` decides whether this response is one)."""
    etag = f'"{stored.sha256}"'
    not_modified = get_conditional_response(request, etag=etag, last_modified=stored.created)
    if not_modified is not None:
        _cache_headers(not_modified, restricted=restricted, immutable=immutable)
        return not_modified
    try:
        byte_range = byte_range_parse(header=_range_header(request, etag=etag), size=stored.byte_size)
    except UnsatisfiableRange:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{stored.byte_size}"
        return response

    if byte_range is None:
        response = _full_response(stored=stored)
    else:
        response = _partial_response(stored=stored, byte_range=byte_range)
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(stored.created)
    response["Accept-Ranges"] = "bytes"
    _cache_headers(response, restricted=restricted, immutable=immutable)
    if count_page_id is not None:
        download_record(request=request, response=response, page_id=count_page_id)
    return response


def _range_header(request: HttpRequest, *, etag: str) -> str | None:
    header = request.headers.get("Range")
    if_range = request.headers.get("If-Range")
    # A range of an older file must never be stitched onto a newer one.
    if header and if_range and if_range != etag:
        return None
    return header


def _full_response(*, stored: StoredFile) -> HttpResponse:
    accel_prefix = settings.IQ_PDF_X_ACCEL_REDIRECT_PREFIX
    if accel_prefix:
        # nginx serves the bytes (sendfile) from an ``internal`` location mapped to the
        # private root, where PDF names are relative to; the app only decided who may have them.
        response = HttpResponse(content_type="application/pdf")
        response["X-Accel-Redirect"] = accel_prefix.rstrip("/") + "/" + stored.name
    else:
        # FileResponse streams in chunks and lets the WSGI server use sendfile.
        response = FileResponse(default_storage.open(stored.name, "rb"), content_type="application/pdf")
    response["Content-Length"] = str(stored.byte_size)
    return response


def _partial_response(*, stored: StoredFile, byte_range: ByteRange) -> HttpResponse:
    handle = default_storage.open(stored.name, "rb")
    handle.seek(byte_range.start)
    response = StreamingHttpResponse(_chunks(handle, byte_range.length), status=206, content_type="application/pdf")
    response["Content-Range"] = byte_range.content_range(stored.byte_size)
    response["Content-Length"] = str(byte_range.length)
    return response


def _chunks(handle, remaining: int):
    try:
        while remaining > 0:
            chunk = handle.read(min(CHUNK_BYTES, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        handle.close()


def _cache_headers(response: HttpResponse, *, restricted: bool, immutable: bool) -> None:
    if restricted:
        # A restricted page's PDF must never sit in a shared cache.
        patch_cache_control(response, private=True, no_cache=True)
    elif immutable:
        # The URL names the file by its hash: it can never change.
        patch_cache_control(response, public=True, max_age=IMMUTABLE_MAX_AGE, immutable=True)
    else:
        # The live URL changes content on republish: revalidate cheaply via ETag.
        patch_cache_control(response, public=True, max_age=300)
