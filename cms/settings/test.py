from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "pdfexport.media_storage.SiteMediaStorage"},
    "private": {"BACKEND": "pdfexport.media_storage.PrivateStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Immediate jobs, but still enqueued on commit: tests choose when commit callbacks run.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The demo app (and with it ``seed_demo``) exists only in development and tests.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The page cache stays off: most tests log in or expect a fresh page. Tests of
# it switch it on (tests/cms/test_page_cache.py); its cache is per process.
IQ_PAGE_CACHE_ENABLED = False
CACHES = {**CACHES, "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}}  # noqa: F405
# Download counters in memory: parallel test runs must not share a directory.
CACHES["downloads"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "downloads"}
# axes refuses authenticate() without a request, and Client.login() passes none;
# form logins are counted and locked out as in production (tests/login_backend.py).
AUTHENTICATION_BACKENDS = ["tests.login_backend.RequestlessLoginBackend", "django.contrib.auth.backends.ModelBackend"]
