"""Production settings refuse what made them unsafe: without a shared cache each
web process kept its own fast-path entries, and a restricted or unpublished
PDF went on being served by the others."""

import os
import subprocess
import sys

from django.conf import settings

BASE_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "DJANGO_SECRET_KEY": "x" * 60,
    "DJANGO_ALLOWED_HOSTS": "iq.example.org",
    "WAGTAILADMIN_BASE_URL": "https://iq.example.org",
}


def _load_settings(**extra: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(BASE_ENV, **extra)
    code = (
        "import django; django.setup(); from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_shared_cache():
    result = _load_settings()
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_production_with_redis_uses_it_for_the_fast_path_cache():
    result = _load_settings(REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache"
