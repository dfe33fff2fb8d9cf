"""How Wagtail's document view (``/documents/<id>/<name>``) sends the file.

Documents live in the private root (``media_storage.py``) and leave only through
that view, after Wagtail has checked the collection's privacy
(``WAGTAILDOCS_SERVE_METHOD = "serve_view"``). Behind nginx, with
``IQ_PDF_X_ACCEL_REDIRECT_PREFIX`` set, nginx sends the bytes from the same
``internal`` location as the PDFs: with sendfile and byte ranges, which the
sign-language video needs for seeking and Wagtail's streaming backend does not
offer. Without the prefix, Wagtail's streaming backend sends them.

Wagtail calls ``sendfile(request, path, mimetype=...)`` of the module named by
``SENDFILE_BACKEND`` and then sets the disposition, type and length headers.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from wagtail.utils import sendfile_streaming_backend


def sendfile(request: HttpRequest, filename: str, **kwargs) -> HttpResponse:
    prefix = settings.IQ_PDF_X_ACCEL_REDIRECT_PREFIX
    root = Path(settings.IQ_PRIVATE_MEDIA_ROOT).resolve()
    path = Path(filename).resolve()
    if not prefix or not path.is_relative_to(root):
        return sendfile_streaming_backend.sendfile(request, filename, **kwargs)
    response = HttpResponse()
    # nginx decodes the URI: quoting keeps spaces and umlauts of a document's name intact.
    response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(path.relative_to(root).as_posix())
    return response
