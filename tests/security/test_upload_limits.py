"""Uploads are bounded: a pixel bomb cost 759 MiB in whichever process made its
first rendition, and a 30 MB document was stored without complaint."""

import io

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import PIL.Image
import pytest

pytestmark = pytest.mark.django_db


def _pixel_bomb_png(side: int = 11000) -> bytes:
    buffer = io.BytesIO()
    PIL.Image.new("1", (side, side)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_image_limit_is_at_most_40_megapixels_and_pillow_refuses_beyond_it():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000
    assert PIL.Image.MAX_IMAGE_PIXELS is not None
    assert PIL.Image.MAX_IMAGE_PIXELS <= settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def test_a_pixel_bomb_is_refused_at_upload_with_a_german_message(client, editor):
    client.force_login(editor)
    bomb = _pixel_bomb_png()
    assert len(bomb) < 100_000  # small on disk, 121 megapixels decoded
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Bombe", "file": SimpleUploadedFile("bombe.png", bomb, content_type="image/png")},
    )
    assert response.status_code == 200
    assert "Pixel" in response.content.decode()
    assert not get_image_model().objects.filter(title="Bombe").exists()


def test_documents_have_a_size_limit_and_an_oversized_one_is_refused(client, editor, settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Zu groß", "file": SimpleUploadedFile("gross.pdf", b"%PDF-1.7\n" + b"0" * 4096)},
    )
    assert response.status_code == 200
    assert "zu groß" in response.content.decode().lower()
    assert not get_document_model().objects.filter(title="Zu groß").exists()


def test_a_document_of_a_type_the_programme_does_not_use_is_refused(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Skript", "file": SimpleUploadedFile("skript.exe", b"MZ\x90\x00")},
    )
    assert response.status_code == 200
    assert not get_document_model().objects.filter(title="Skript").exists()
