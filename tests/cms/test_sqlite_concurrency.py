"""Two processes writing the embedded SQLite file at once wait for each other.

With SQLite's default deferred transactions, a transaction that has read and
then writes while another one writes fails at once with "database is locked"
(the busy timeout cannot help: waiting could deadlock). The web server and the
worker do exactly that; under load saves and publishes answered 500.
"""

import contextlib
import threading

from django.conf import settings
from django.db import connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

import pytest

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3", reason="the embedded default only"
)


def _connection(path) -> DatabaseWrapper:
    config = {**settings.DATABASES["default"], "NAME": str(path)}
    config.setdefault("TIME_ZONE", None)
    config.setdefault("CONN_HEALTH_CHECKS", False)
    config.setdefault("CONN_MAX_AGE", 0)
    config.setdefault("AUTOCOMMIT", True)
    config.setdefault("ATOMIC_REQUESTS", False)
    return DatabaseWrapper(config, alias="concurrency")


def test_two_writers_that_read_first_wait_instead_of_failing_with_database_is_locked(tmp_path, django_db_blocker):
    """Not the test database: a file, as the web server and the worker share it."""
    with django_db_blocker.unblock():
        _race(tmp_path / "site.sqlite3")


def _race(path) -> None:
    setup = _connection(path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE counter (n integer)")
        cursor.execute("INSERT INTO counter VALUES (0)")
    setup.close()
    both_have_read = threading.Barrier(2, timeout=10)
    errors: list[Exception] = []

    def read_then_write() -> None:
        # Each thread has its own connections, as each process has.
        connection = connections["concurrency"] = _connection(path)
        try:
            with transaction.atomic(using="concurrency"), connection.cursor() as cursor:
                cursor.execute("SELECT n FROM counter")
                # IMMEDIATE: the second one waits at BEGIN, so they never both have read.
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_have_read.wait(timeout=1)
                cursor.execute("UPDATE counter SET n = n + 1")
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=read_then_write) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    check = _connection(path)
    with check.cursor() as cursor:
        cursor.execute("SELECT n FROM counter")
        assert cursor.fetchone() == (2,)
    check.close()


def test_the_embedded_database_uses_immediate_transactions_and_wal():
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
