"""Site shell, shared publication base, reference data."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cms"
    verbose_name = "CMS-Grundlagen"

    def ready(self) -> None:
        _pillow_bound_pixels()
        from .alerts.receivers import receivers_connect as alerts_receivers_connect
        from .catalogue.receivers import receivers_connect as catalogue_receivers_connect
        from .form_input.stream_field import stream_field_form_field_register
        from .page_cache.receivers import receivers_connect as page_cache_receivers_connect
        from .publishing.atomic import publish_atomic_install
        from .unpublish_api import unpublish_api_require_reason

        unpublish_api_require_reason()
        publish_atomic_install()
        catalogue_receivers_connect()
        alerts_receivers_connect()
        page_cache_receivers_connect()
        # Before the first admin form class is built: Wagtail builds them once, lazily.
        stream_field_form_field_register()


def _pillow_bound_pixels() -> None:
    """Every decode in this process, not only Wagtail's upload form, refuses pixel bombs."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    import PIL.Image

    PIL.Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    # Pillow treats None as "no limit"; a setting that removed it must not start.
    if not PIL.Image.MAX_IMAGE_PIXELS:
        raise ImproperlyConfigured("WAGTAILIMAGES_MAX_IMAGE_PIXELS must bound Pillow (a positive number).")
