"""The PDF renderer reads nothing but data: URLs and our own static/media files.

Every test renders real HTML with WeasyPrint and inspects the PDF with pikepdf.
Network tests use a real loopback server, or wrap the socket functions so that
any connection attempt is recorded and then fails.
"""

import base64
import http.client
import http.server
import io
import logging
import socket
import threading
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

import pikepdf
import pytest
from PIL import Image
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from pdfexport.fetcher import RENDER_BASE_URL, RefusedResource, SafeURLFetcher
from pdfexport.rendering import RenderInputTooLarge, html_render_pdf
from tests.pdf_bytes import pdf_all_bytes, pdf_embeds_files

PASSWD = Path("/etc/passwd")
HOSTNAME = Path("/etc/hostname")
METADATA_URL = "http://169.254.169.254/latest/meta-data/"


# --- helpers -----------------------------------------------------------------


def _html(body: str, head: str = "") -> str:
    return f'<html lang="de"><head><title>Sicherheitstest</title>{head}</head><body><h1>Test</h1>{body}</body></html>'


def _png(width: int, height: int, colour=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _noise_png(size: int) -> bytes:
    """A PNG that does not compress well, for size limits."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (size, size), bytes((i * 7919) % 251 for i in range(size * size * 3))).save(buffer, "PNG")
    return buffer.getvalue()


def _data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _images(pdf_bytes: bytes) -> list[tuple[int, int]]:
    """(width, height) of every image XObject in the PDF."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return [
            (int(obj.Width), int(obj.Height))
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == pikepdf.Name.Image
        ]


def _page_size(pdf_bytes: bytes) -> tuple[float, float]:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        box = [float(value) for value in pdf.pages[0].MediaBox]
    return round(box[2] - box[0]), round(box[3] - box[1])


# --- a real loopback HTTP server ---------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        body = _png(9, 9)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _RecordingServer(http.server.ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.connections: list[tuple] = []

    def process_request(self, request, client_address):
        # Runs in the serving thread right after accept(), in arrival order.
        self.connections.append(client_address)
        super().process_request(request, client_address)


@pytest.fixture
def loopback():
    server = _RecordingServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def _connections_before_sentinel(server) -> int:
    """Connect once ourselves; connections are accepted in order, so anything earlier is counted first."""
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    connection.request("GET", "/sentinel")
    assert connection.getresponse().status == 200
    connection.close()
    return len(server.connections) - 1


@pytest.fixture
def attempted_connections(monkeypatch):
    """Record every address a socket tries to reach, then fail the attempt."""
    attempts: list = []

    def refuse(address):
        attempts.append(address)
        raise OSError(f"test forbids connecting to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", lambda self, address: refuse(address))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: refuse(address))
    monkeypatch.setattr(socket, "create_connection", lambda address, *args, **kwargs: refuse(address))
    return attempts


# --- 1, 2: local files -----------------------------------------------------------


def test_file_image_is_refused_logged_and_left_out(caplog):
    secret = HOSTNAME.read_bytes().strip()
    assert secret, "the test needs a non-empty /etc/hostname"
    with caplog.at_level(logging.ERROR, logger="pdfexport.fetcher"):
        rendered = html_render_pdf(html=_html('<img src="file:///etc/hostname" alt="">'))

    assert _images(rendered.content) == []
    assert secret not in pdf_all_bytes(rendered.content)
    assert "file:///etc/hostname" in rendered.refused_urls
    assert any(
        record.name == "pdfexport.fetcher"
        and record.levelno == logging.ERROR
        and "file:///etc/hostname" in record.getMessage()
        for record in caplog.records
    )


def test_file_attachment_is_neither_fetched_nor_embedded():
    assert b"root:" in PASSWD.read_bytes(), "the test needs root in /etc/passwd"
    rendered = html_render_pdf(html=_html("", head='<link rel="attachment" href="file:///etc/passwd">'))

    # Attachments are dropped before WeasyPrint would fetch them (pdfexport/attachments.py).
    assert rendered.refused_urls == ()
    assert not pdf_embeds_files(rendered.content)
    assert b"root:" not in pdf_all_bytes(rendered.content)


def test_data_attachment_is_embedded_by_weasyprint_alone_so_the_checks_above_can_see_one():
    html = _html("", head='<link rel="attachment" href="data:text/plain,root:x:0:0">')
    plain = HTML(string=html, base_url=RENDER_BASE_URL, url_fetcher=SafeURLFetcher()).write_pdf()
    rendered = html_render_pdf(html=html)

    assert pdf_embeds_files(plain) and b"root:x:0:0" in pdf_all_bytes(plain)
    assert not pdf_embeds_files(rendered.content)
    assert b"root:x:0:0" not in pdf_all_bytes(rendered.content)


# --- 3, 4: the network -------------------------------------------------------------

LOOPBACK_CASES = {
    "img": ('<img src="{base}/img.png" alt="">', ""),
    "stylesheet": ("", '<link rel="stylesheet" href="{base}/style.css">'),
    "background": ("", "<style>h1 {{ background: url({base}/bg.png) }}</style>"),
    "import": ("", '<style>@import url("{base}/import.css");</style>'),
    "font-face": (
        "",
        "<style>@font-face {{ font-family: Leak; src: url({base}/font.woff) }} h1 {{ font-family: Leak }}</style>",
    ),
}


@pytest.mark.parametrize("case", LOOPBACK_CASES)
def test_loopback_server_is_never_contacted(loopback, case):
    body, head = (part.format(base=loopback.base) for part in LOOPBACK_CASES[case])
    rendered = html_render_pdf(html=_html(body, head=head))

    assert any(url.startswith(loopback.base) for url in rendered.refused_urls)
    assert _connections_before_sentinel(loopback) == 0
    assert _images(rendered.content) == []


def test_redirecting_server_is_never_contacted(loopback):
    rendered = html_render_pdf(html=_html(f'<img src="{loopback.base}/redirect" alt="">'))

    assert f"{loopback.base}/redirect" in rendered.refused_urls
    assert _connections_before_sentinel(loopback) == 0
    assert b"root:" not in pdf_all_bytes(rendered.content)


def test_the_loopback_sentinel_counts_a_real_fetch(loopback):
    """Control: WeasyPrint's own fetcher does connect, and the server sees it."""
    URLFetcher()(f"{loopback.base}/img.png").close()
    assert _connections_before_sentinel(loopback) == 1


@pytest.mark.parametrize(
    "src",
    [METADATA_URL, "https://169.254.169.254/latest/meta-data/", "//169.254.169.254/latest/meta-data/"],
)
def test_metadata_service_gets_no_connection_attempt(attempted_connections, src):
    rendered = html_render_pdf(html=_html(f'<img src="{src}" alt="">'))

    assert attempted_connections == []
    assert any("169.254.169.254" in url for url in rendered.refused_urls)
    assert _images(rendered.content) == []


def test_socket_instrument_sees_the_default_fetcher(attempted_connections):
    """Control: the wrappers above do catch a real attempt by WeasyPrint's own fetcher."""
    with pytest.raises(OSError):
        URLFetcher(timeout=1)(METADATA_URL)
    assert attempted_connections


# --- 5: path traversal through our prefixes -----------------------------------------

TRAVERSALS = [
    "/static/../../../etc/passwd",
    "/media/../cms/settings/base.py",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2e%2e%2f%2e%2e%2fetc/passwd",
    "/media/a%00.png",
    "/static//etc/passwd",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_traversal_is_refused_in_a_render(path):
    rendered = html_render_pdf(html=_html("", head=f'<link rel="stylesheet" href="{path}">'))

    assert len(rendered.refused_urls) == 1
    assert not pdf_embeds_files(rendered.content)
    content = pdf_all_bytes(rendered.content)
    assert b"root:" not in content
    assert b"IQ_PDF_MAX_RESOURCE_BYTES" not in content


@pytest.mark.parametrize("path", [*TRAVERSALS, "/static/a\x00.css", "/media/\x00", "/static/", "/media/../secret.txt"])
def test_traversal_is_refused_by_the_fetcher_unresolved(settings, path):
    # A real file beside the media root: a fetcher that served it would fail here.
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    (Path(settings.MEDIA_ROOT).parent / "secret.txt").write_text("root:secret")
    fetcher = SafeURLFetcher()

    with pytest.raises(RefusedResource):
        fetcher.fetch(RENDER_BASE_URL + path.lstrip("/"))
    assert fetcher.refused == [RENDER_BASE_URL + path.lstrip("/")]


# --- 6: what is allowed ------------------------------------------------------------


def test_data_png_is_embedded():
    rendered = html_render_pdf(html=_html(f'<img src="{_data_url(_png(3, 2))}" alt="Punkt">'))

    assert _images(rendered.content) == [(3, 2)]
    assert rendered.refused_urls == ()


@pytest.fixture
def static_dir(settings, tmp_path):
    directory = tmp_path / "static-extra"
    (directory / "iqtest").mkdir(parents=True)
    (directory / "iqtest" / "print.css").write_text("@page { size: 100mm 50mm }")
    settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, str(directory)]
    return directory


def test_static_stylesheet_is_served_and_applied(static_dir):
    rendered = html_render_pdf(html=_html("", head='<link rel="stylesheet" href="/static/iqtest/print.css">'))

    assert rendered.refused_urls == ()
    assert _page_size(rendered.content) == (283, 142)  # 100 x 50 mm in points, not A4


def test_static_file_is_returned_by_the_fetcher(static_dir):
    response = SafeURLFetcher().fetch(RENDER_BASE_URL + "static/iqtest/print.css")

    assert response.read() == b"@page { size: 100mm 50mm }"
    assert response.content_type == "text/css"


def test_media_image_is_embedded():
    name = default_storage.save("images/punkt.png", ContentFile(_png(7, 5)))
    rendered = html_render_pdf(html=_html(f'<img src="/media/{name}" alt="Punkt">'))

    assert rendered.refused_urls == ()
    assert _images(rendered.content) == [(7, 5)]


# --- 7: size limits ---------------------------------------------------------------


def test_oversized_media_file_is_refused(settings):
    png = _noise_png(32)
    settings.IQ_PDF_MAX_RESOURCE_BYTES = len(png) - 1
    name = default_storage.save("images/gross.png", ContentFile(png))
    rendered = html_render_pdf(html=_html(f'<img src="/media/{name}" alt="">'))

    assert rendered.refused_urls == (f"{RENDER_BASE_URL}media/{name}",)
    assert _images(rendered.content) == []


def test_oversized_data_url_is_refused(settings):
    png = _noise_png(32)
    settings.IQ_PDF_MAX_RESOURCE_BYTES = len(png) - 1
    rendered = html_render_pdf(html=_html(f'<img src="{_data_url(png)}" alt="">'))

    assert len(rendered.refused_urls) == 1
    assert rendered.refused_urls[0].startswith("data:image/png")
    assert _images(rendered.content) == []


def test_data_url_at_the_limit_is_embedded(settings):
    png = _noise_png(32)
    settings.IQ_PDF_MAX_RESOURCE_BYTES = len(png)
    rendered = html_render_pdf(html=_html(f'<img src="{_data_url(png)}" alt="">'))

    assert _images(rendered.content) == [(32, 32)]


def test_oversized_html_is_rejected_before_rendering(settings):
    settings.IQ_PDF_MAX_HTML_BYTES = 2000
    html = _html("<p>" + "ä" * 1000 + "</p>")  # over 2000 bytes in UTF-8, under 2000 characters
    assert len(html) < 2000

    with pytest.raises(RenderInputTooLarge):
        html_render_pdf(html=html)


# --- 8: no fallback to WeasyPrint's fetcher ---------------------------------------------


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", METADATA_URL, "https://example.org/x.png", "ftp://example.org/x", "//example.org/x"]
)
def test_fetcher_refuses_directly(attempted_connections, url):
    fetcher = SafeURLFetcher()

    with pytest.raises(RefusedResource):
        fetcher.fetch(url)
    with pytest.raises(RefusedResource):
        fetcher(url)
    assert fetcher.refused == [url, url]
    assert attempted_connections == []


def test_parent_fetch_cannot_open_anything_either():
    with pytest.raises(ValueError, match="disallowed protocol"):
        URLFetcher.fetch(SafeURLFetcher(), "file:///etc/passwd")


def test_render_never_calls_weasyprints_fetch(monkeypatch, loopback):
    calls: list[str] = []
    original = URLFetcher.fetch
    monkeypatch.setattr(URLFetcher, "fetch", lambda self, url, headers=None: calls.append(url) or original(self, url))

    rendered = html_render_pdf(html=_html(f'<img src="file:///etc/hostname" alt=""><img src="{loopback.base}/a.png">'))

    assert calls == []
    assert len(rendered.refused_urls) == 2
