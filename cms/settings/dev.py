from .base import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
STORAGES = {
    **STORAGES,  # noqa: F405
    # Serve app static files straight from the finders: no collectstatic in development.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Mails go to files, one per send, instead of flooding the terminal of ``make run``
# with MIME text (a seeded demo leaves a dozen review mails for the worker).
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"  # noqa: F405
# The demo app (and with it ``seed_demo``) exists only in development and tests.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
