"""Production settings pass Django's deployment checks, warnings included
(W005 failed until HSTS covered subdomains), and send the strict policy."""

import json
import os
import secrets
import subprocess
import sys

from django.conf import settings

import pytest


def _run_production(*args: str, tmp_path, **extra: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "REDIS_", "DATABASE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_ALLOWED_HOSTS="iq.example.org",
        WAGTAILADMIN_BASE_URL="https://iq.example.org",
        # Never contacted: the checks only read the settings.
        REDIS_URL="redis://127.0.0.1:6379/0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        **extra,
    )
    return subprocess.run(
        [sys.executable, *args], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=180
    )


@pytest.mark.parametrize("preload", [None, "true"], ids=["without-preload", "with-preload"])
def test_production_passes_the_deployment_checks(tmp_path, preload):
    extra = {"DJANGO_SECURE_HSTS_PRELOAD": preload} if preload else {}
    result = _run_production("manage.py", "check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path, **extra)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_sends_hsts_for_subdomains_without_preload_and_the_strict_policy(tmp_path):
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'], 'csp' in s.INSTALLED_APPS]))"
    )
    result = _run_production("-c", code, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [True, False, ["'self'"], True]
