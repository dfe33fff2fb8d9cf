"""The database half of a backup: PostgreSQL through pg_dump's custom format,
SQLite through its online backup API. Both copy one consistent snapshot
while the site keeps running, and record its counts and migrations from
that same snapshot."""

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction

from .errors import BackupError
from .state import content_counts, migrations_applied

DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
VENDOR_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}


@dataclass(frozen=True)
class DatabaseSnapshot:
    path: Path
    counts: dict[str, int]
    applied: set[tuple[str, str]]


def database_vendor() -> str:
    if connection.vendor not in DUMP_NAMES:
        raise BackupError(f"Die Datenbank „{connection.vendor}“ wird nicht unterstützt, nur PostgreSQL und SQLite.")
    return connection.vendor


def database_dump(*, directory: Path) -> DatabaseSnapshot:
    vendor = database_vendor()
    if connection.in_atomic_block:
        # Inside a transaction SQLite would copy rows that may never commit, and
        # PostgreSQL cannot choose the snapshot's isolation any more.
        raise BackupError("Die Sicherung muss außerhalb einer Datenbanktransaktion laufen.")
    target = directory / DUMP_NAMES[vendor]
    if vendor == "postgresql":
        return _pg_dump(target)
    return _sqlite_dump(target)


def database_tables() -> list[str]:
    return connection.introspection.table_names()


def database_load(*, dump: Path, force: bool) -> None:
    """Load ``dump`` in one transaction: it is all there afterwards or nothing is."""
    if database_vendor() == "postgresql":
        _pg_restore(dump, force=force)
    else:
        _sqlite_restore(dump)


def _pg_dump(target: Path) -> DatabaseSnapshot:
    with transaction.atomic(), connection.cursor() as cursor:
        # pg_dump reads the snapshot this transaction exports, so the counts and
        # migrations below describe exactly the rows in the dump.
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = content_counts(cursor=cursor)
        applied = migrations_applied(cursor=cursor)
        _pg_run("pg_dump", "--format=custom", f"--file={target}", f"--snapshot={snapshot}", "--no-password")
    return DatabaseSnapshot(path=target, counts=counts, applied=applied)


def _pg_restore(dump: Path, *, force: bool) -> None:
    name = connection.settings_dict.get("NAME")
    if not name:
        raise BackupError("settings.DATABASES['default'] nennt keinen Datenbanknamen (NAME).")
    # Nothing of ours may hold the database while pg_restore works on it.
    connection.close()
    # Owners and grants are the source server's; the restoring user owns everything.
    flags = ["--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", "--no-password"]
    if force:
        flags += ["--clean", "--if-exists"]
    _pg_run("pg_restore", *flags, f"--dbname={name}", str(dump))


def _pg_run(program: str, *arguments: str) -> None:
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(
            f"{program} wurde nicht gefunden. Installieren Sie die PostgreSQL-Client-Werkzeuge "
            "in der Version des Servers oder neuer (Debian: postgresql-client-15)."
        )
    # Arguments are a list (no shell); the password goes by environment, never on the command line.
    result = subprocess.run(  # noqa: S603
        [executable, *arguments], env=_pg_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{program} ist fehlgeschlagen (Exit-Code {result.returncode}):\n{result.stderr.strip()}")


def _pg_environment() -> dict[str, str]:
    settings_dict = connection.settings_dict
    # Django's own translation for psql: password, service, passfile and TLS options.
    _, extra = connection.client.settings_to_cmd_args_env(settings_dict, [])
    environment = {**os.environ, **(extra or {})}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGDATABASE", "NAME")):
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    return environment


def _sqlite_dump(target: Path) -> DatabaseSnapshot:
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        # Read from the copy: the live file may have changed since.
        cursor = copy.cursor()
        counts = content_counts(cursor=cursor)
        applied = migrations_applied(cursor=cursor)
    finally:
        copy.close()
    return DatabaseSnapshot(path=target, counts=counts, applied=applied)


def _sqlite_restore(dump: Path) -> None:
    source = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
    try:
        connection.ensure_connection()
        # One step (pages=-1): the target takes the whole copy in one write transaction.
        source.backup(connection.connection)
    except sqlite3.Error as error:
        raise BackupError(f"Die SQLite-Datenbank konnte nicht geladen werden: {error}") from error
    finally:
        source.close()
