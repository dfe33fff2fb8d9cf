from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_str

DEBUG = False
# INSTALLED_APPS stays the base list: without the demo app there is no seed_demo,
# which would create logins with a published password.

# No defaults: a production deployment without these fails at start-up.
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [])
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds every subdomain of the registrable domain for months and is the
# domain owner's decision, not this application's: off unless asked for, and while
# off, Django's reminder that preloading exists (W021) is silenced (docs/decisions.md, "HSTS preload").
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Required: a purge of reader pages and the download counters must reach every
# process. (The PDF fast path keeps its generations in the database: pdfexport/fast_path.py.)
REDIS_URL = env_str("REDIS_URL")
if not REDIS_URL:
    raise ImproperlyConfigured("Environment variable REDIS_URL must be set (a shared cache for every process).")
_redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
# Reader pages share it, unless IQ_PAGE_CACHE_REDIS_URL named a Redis of their own (base.py).
_pages = {**_redis, "BACKEND": "cms.page_cache.redis_cache.PageRedisCache"}
if env_str("IQ_PAGE_CACHE_REDIS_URL", ""):
    _pages = CACHES["pages"]  # noqa: F405
CACHES = {"default": _redis, "pages": _pages}
# The PDF download counters need Redis' atomic INCR; the prefix keeps their keys apart.
CACHES["downloads"] = {**_redis, "KEY_PREFIX": "iqdl"}

EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "IQ Publisher <noreply@localhost>")
