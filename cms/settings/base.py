"""Settings shared by every environment. Environment variables: see ``env.py``."""

import logging
from pathlib import Path

import dj_database_url

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "insecure-dev-key-do-not-use-in-production")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps first so their templates and static files win.
    "cms",
    "pdfexport",
    "factsheets",
    "magazine",
    "dossiers",
    "goodpractice",
    # Wagtail's frontend cache without its own purge receivers (cms/page_cache/apps.py).
    "cms.page_cache.apps.FrontendCacheConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: it replaces Wagtail's own workflow e-mails in ready().
    "workflows",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sitemaps",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public PDF downloads already served once skip Wagtail's routing (pdfexport/fast_path.py).
    "pdfexport.fast_path.FastPdfMiddleware",
    # Anonymous reader pages, whole, from the cache (cms/page_cache/middleware.py).
    "cms.page_cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The worker and the web server write to the same file; wait instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = env_str("STATIC_URL", "/static/")
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "iq-publisher",
    },
    # PDF download counters: the web process counts, cron or the worker persists, so
    # they must be shared between processes (production: Redis; docs/decisions.md).
    "downloads": {
        "BACKEND": "pdfexport.downloads.file_cache.CounterFileCache",
        "LOCATION": str(BASE_DIR / "var" / "cache" / "downloads"),
    },
}

# Background jobs: the database backend needs nothing but the database.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# ``manage.py worker_watch`` mails the administrators once the worker has been
# silent this long while jobs wait.
IQ_WORKER_SILENT_MINUTES = env_int("IQ_WORKER_SILENT_MINUTES", 15)

LOGIN_URL = "wagtailadmin_login"

WAGTAIL_SITE_NAME = "IQ Publisher"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Publishing is the approval of the last stage; see workflows/finish.py.
WAGTAIL_FINISH_WORKFLOW_ACTION = "workflows.finish.workflow_publish_approved"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No external avatar service: offline machines showed broken images, and every
# admin page view told Gravatar who was looking. Users can upload an avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = env_str("WAGTAIL_GRAVATAR_PROVIDER_URL", "") or None
# Search: Wagtail's database backend. PostgreSQL stems German itself (its
# ``german`` text search configuration); SQLite's FTS5 cannot, so the catalogue
# hands it stemmed text (cms/search/german.py). docs/search.md: OpenSearch.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "german"
IQ_SEARCH_STEM_IN_PYTHON = env_bool(
    "IQ_SEARCH_STEM_IN_PYTHON", DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
)
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# A 36 KB PNG of 11000 x 11000 pixels cost 759 MiB on its first rendition; 40 MP is
# a 7300 x 5470 photo, more than any print layout uses. Pillow gets the same bound
# (cms/apps.py), so no other code path decodes a larger image either.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 15 * 1024 * 1024)
# The programme's documents are reports and tables of a few MB; the sign-language
# videos are the largest.
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)
# mp4/webm: the sign-language video (cms.SignLanguagePage checks the file really is one).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "csv", "mp4", "webm"]

# PDF rendering bounds: time, memory and input size, so one document cannot stop the worker.
IQ_PDF_MAX_HTML_BYTES = env_int("IQ_PDF_MAX_HTML_BYTES", 5 * 1024 * 1024)
IQ_PDF_MAX_RESOURCE_BYTES = env_int("IQ_PDF_MAX_RESOURCE_BYTES", 20 * 1024 * 1024)
IQ_PDF_RENDER_TIMEOUT_SECONDS = env_int("IQ_PDF_RENDER_TIMEOUT_SECONDS", 180)
IQ_PDF_RENDER_MEMORY_MB = env_int("IQ_PDF_RENDER_MEMORY_MB", 2048)
IQ_PDF_MAX_ATTEMPTS = env_int("IQ_PDF_MAX_ATTEMPTS", 3)
IQ_PDF_RETRY_BASE_SECONDS = env_int("IQ_PDF_RETRY_BASE_SECONDS", 60)
IQ_PDF_STORAGE_PREFIX = "publications/pdf"
# Behind nginx: an internal location that maps to MEDIA_ROOT, e.g. "/protected-media/".
IQ_PDF_X_ACCEL_REDIRECT_PREFIX = env_str("IQ_PDF_X_ACCEL_REDIRECT_PREFIX", "")


def _is_problem(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    # The worker logs two lines for every job (the reference and search index
    # updates Wagtail queues on each save): keep its warnings and failures only.
    # A PDF render reports itself in one line (pdfexport).
    "filters": {"problems_only": {"()": "django.utils.log.CallbackFilter", "callback": _is_problem}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "django_tasks": {"handlers": ["console"], "filters": ["problems_only"], "propagate": False},
        "pdfexport": {"handlers": ["console"], "level": "INFO", "propagate": True},
        # WeasyPrint reports every refused resource; our fetcher logs them already.
        "weasyprint": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "fontTools": {"level": "WARNING"},
    },
}

# Whole anonymous reader pages (cms/page_cache/). Every process that serves or
# publishes must see the same cache, or a purge reaches only one of them: a file
# cache on one machine, Redis (IQ_PAGE_CACHE_REDIS_URL, production: REDIS_URL)
# beyond it. Entries expire after IQ_PAGE_CACHE_SECONDS for what no purge covers.
IQ_PAGE_CACHE_ENABLED = env_bool("IQ_PAGE_CACHE_ENABLED", True)
IQ_PAGE_CACHE_SECONDS = env_int("IQ_PAGE_CACHE_SECONDS", 600)
IQ_PAGE_CACHE_ALIAS = "pages"
if _page_cache_redis := env_str("IQ_PAGE_CACHE_REDIS_URL", ""):
    CACHES["pages"] = {"BACKEND": "cms.page_cache.redis_cache.PageRedisCache", "LOCATION": _page_cache_redis}
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(BASE_DIR / "var" / "cache" / "pages"),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
# Purges go to the page cache at once and, with IQ_FRONTEND_CACHE_PURGE_URL, as
# HTTP PURGE requests to a reverse proxy through the job queue (cms/page_cache/purge.py).
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "cms.page_cache.backend.PageCacheBackend"}}
if _purge_url := env_str("IQ_FRONTEND_CACHE_PURGE_URL", ""):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _purge_url,
    }
