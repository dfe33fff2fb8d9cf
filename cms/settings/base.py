"""Settings shared by every environment. Environment variables: see ``env.py``."""

import logging
from datetime import timedelta
from pathlib import Path

import dj_database_url

from .content_security import admin_policy, reader_policy
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
    # English editions (docs/i18n.md): translation in the admin, PO files, sync from German.
    "wagtail_localize",
    "wagtail_localize.locales",
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
    # Failed admin logins and their lockout (cms/login_lockout/).
    "axes",
    # Only for its system checks of the policy settings; the middleware is ours.
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the fast path and the page cache, so their responses get the policy too (cms/content_security.py).
    "cms.content_security.ContentSecurityPolicyMiddleware",
    # Public PDF downloads already served once skip Wagtail's routing (pdfexport/fast_path.py).
    "pdfexport.fast_path.FastPdfMiddleware",
    # Anonymous reader pages, whole, from the cache (cms/page_cache/middleware.py).
    "cms.page_cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common (Django's order): /en/… activates English; an
    # unprefixed URL stays German whatever the browser asks for (cms/i18n/locale_middleware.py).
    "cms.i18n.locale_middleware.PrefixOnlyLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin searches (?q=) within the search limits below (cms/search/admin_limits.py).
    "cms.search.admin_limits.AdminSearchLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A publish rolled back by a failing receiver: the editor's German message (cms/publishing/).
    "cms.publishing.middleware.PublishFailedMiddleware",
    # Last, as axes requires: turns a lockout into cms/login_lockout/response.py's answer.
    "axes.middleware.AxesMiddleware",
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
    # A deferred transaction that read first and then writes cannot wait for the
    # lock: under load (bench/load_mixed.py) saves and publishes answered 500
    # "database is locked". IMMEDIATE takes the write lock at BEGIN, where the
    # timeout applies; WAL lets readers go on while one process writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=20,
        transaction_mode="IMMEDIATE",
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
# German is the source of every publication, English a translation of it (docs/i18n.md).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# A new translation starts as a draft, even of a live German page: wagtail-localize
# would otherwise publish it at once, untranslated, past the review workflow.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = env_str("STATIC_URL", "/static/")
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
# Strict for readers' pages, laxer for Wagtail's admin (cms/settings/content_security.py).
CONTENT_SECURITY_POLICY = reader_policy(static_url=STATIC_URL, media_url=MEDIA_URL)
IQ_CSP_ADMIN_POLICY = admin_policy(static_url=STATIC_URL, media_url=MEDIA_URL)
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# Documents and every PDF (proofs of drafts too): never served directly, only by the
# app (pdfexport/media_storage.py, docs/deployment.md). Must not lie inside MEDIA_ROOT.
IQ_PRIVATE_MEDIA_ROOT = Path(env_str("IQ_PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STORAGES = {
    # Public image folders in MEDIA_ROOT, every other name in "private".
    "default": {"BACKEND": "pdfexport.media_storage.SiteMediaStorage"},
    "private": {"BACKEND": "pdfexport.media_storage.PrivateStorage"},
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

# The client's address for every throttle (cms/throttling/client.py). Behind a
# reverse proxy set one of them, or all readers share the proxy's address:
# IQ_CLIENT_IP_HEADER names the META key the proxy sets (e.g. HTTP_X_REAL_IP),
# IQ_TRUSTED_PROXY_COUNT how many proxies append to X-Forwarded-For.
IQ_CLIENT_IP_HEADER = env_str("IQ_CLIENT_IP_HEADER", "")
IQ_TRUSTED_PROXY_COUNT = env_int("IQ_TRUSTED_PROXY_COUNT", 0)

# Admin login lockout by django-axes (cms/login_lockout/, docs/security.md).
# Its backend refuses locked-out logins before ModelBackend compares a password.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "cms.login_lockout.handler.TieredLockoutHandler"
# Failures of one account from one address. The address alone and the account
# alone have larger limits of their own (0 switches either off), so one person's
# typos do not lock a whole office behind one address.
AXES_FAILURE_LIMIT = env_int("IQ_LOGIN_FAILURE_LIMIT", 5)
IQ_LOGIN_FAILURE_LIMIT_PER_ADDRESS = env_int("IQ_LOGIN_FAILURE_LIMIT_PER_ADDRESS", 20)
IQ_LOGIN_FAILURE_LIMIT_PER_ACCOUNT = env_int("IQ_LOGIN_FAILURE_LIMIT_PER_ACCOUNT", 30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address", "username"]
AXES_COOLOFF_TIME = timedelta(minutes=env_int("IQ_LOGIN_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.throttling.client.client_address"
AXES_LOCKOUT_CALLABLE = "cms.login_lockout.response.lockout_response"
WAGTAILADMIN_USER_LOGIN_FORM = "cms.login_lockout.login_form.LockoutAwareLoginForm"
# Lockouts need the failures only: no record of every successful login with its
# address, kept for ever. The log names account and address (axes masks both by default).
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = []
# axes' Django admin pages: this project mounts no Django admin.
AXES_ENABLE_ADMIN = False

# The password forms of pages and documents and the admin's password reset
# (cms/throttling/): attempts per cool-off per client address and target,
# per address, and per target (0: off).
IQ_THROTTLE_COOLOFF_MINUTES = env_int("IQ_THROTTLE_COOLOFF_MINUTES", 15)
IQ_THROTTLE_LIMITS = {
    # Wrong passwords; a page restriction and a collection restriction are targets.
    "view_password": {"address_and_target": 5, "address": 20, "target": 100},
    # Reset mails sent; the e-mail address is the target.
    "password_reset": {"address_and_target": 3, "address": 10, "target": 5},
}

WAGTAIL_SITE_NAME = "IQ Publisher"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Where readers find the publications, for the links printed into PDFs (rendered in
# the worker, without a request); empty: WAGTAILADMIN_BASE_URL (docs/pdf-engine.md).
IQ_PUBLIC_SITE_URL = env_str("IQ_PUBLIC_SITE_URL", "")
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Publishing is the approval of the last stage; see workflows/finish.py.
WAGTAIL_FINISH_WORKFLOW_ACTION = "workflows.finish.workflow_publish_approved"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Draftail, refusing posted text it cannot read or lists nested too deep (cms/form_input/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "cms.form_input.rich_text.BoundedDraftailRichTextArea"}}
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
# A 100,000-character "a" OR "a" OR … admin search ran for 94 s. Every search, public
# and admin, is held to these (cms/search/limits.py, docs/security.md).
IQ_SEARCH_MAX_QUERY_CHARS = env_int("IQ_SEARCH_MAX_QUERY_CHARS", 200)
IQ_SEARCH_MAX_TERMS = env_int("IQ_SEARCH_MAX_TERMS", 12)
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
# Documents are private files: always through Wagtail's view, which enforces
# collection privacy; behind nginx it hands the bytes to nginx (pdfexport/private_sendfile.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
SENDFILE_BACKEND = "pdfexport.private_sendfile"

# PDF rendering bounds: time, memory and input size, so one document cannot stop the worker.
IQ_PDF_MAX_HTML_BYTES = env_int("IQ_PDF_MAX_HTML_BYTES", 5 * 1024 * 1024)
IQ_PDF_MAX_RESOURCE_BYTES = env_int("IQ_PDF_MAX_RESOURCE_BYTES", 20 * 1024 * 1024)
IQ_PDF_RENDER_TIMEOUT_SECONDS = env_int("IQ_PDF_RENDER_TIMEOUT_SECONDS", 180)
IQ_PDF_RENDER_MEMORY_MB = env_int("IQ_PDF_RENDER_MEMORY_MB", 2048)
# A backstop behind the deadline: it also ends a render child whose worker can no longer kill it.
IQ_PDF_RENDER_CPU_SECONDS = env_int("IQ_PDF_RENDER_CPU_SECONDS", 180)
# A running render renews its lease every IQ_PDF_HEARTBEAT_SECONDS; once it has not for
# IQ_PDF_LEASE_SECONDS its worker is taken for dead: another job may claim the render, and
# ``manage.py pdf_requeue_stale`` (cron, every minute) queues it again (pdfexport/leases.py).
IQ_PDF_LEASE_SECONDS = env_int("IQ_PDF_LEASE_SECONDS", 120)
IQ_PDF_HEARTBEAT_SECONDS = env_int("IQ_PDF_HEARTBEAT_SECONDS", 20)
IQ_PDF_MAX_ATTEMPTS = env_int("IQ_PDF_MAX_ATTEMPTS", 3)
IQ_PDF_RETRY_BASE_SECONDS = env_int("IQ_PDF_RETRY_BASE_SECONDS", 60)
IQ_PDF_STORAGE_PREFIX = "publications/pdf"
# Behind nginx: an internal location that maps to IQ_PRIVATE_MEDIA_ROOT, e.g. "/private-media/";
# PDFs and documents are then sent by nginx.
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
        # Every failed admin login and every lockout (axes logs successes at INFO).
        "axes": {"handlers": ["console"], "level": "WARNING"},
        # Lockouts of the password forms and lockouts lifted by an administrator.
        "cms.throttling": {"handlers": ["console"], "level": "INFO"},
        "cms.login_lockout": {"handlers": ["console"], "level": "INFO"},
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
