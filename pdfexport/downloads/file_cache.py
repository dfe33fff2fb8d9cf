"""A file-based cache whose counters are shared between processes and atomic.

The embedded default (``runserver`` next to ``db_worker`` and cron commands)
has no Redis, but the web process counts downloads and another process
persists them, so the counters must live outside a process. Django's
``FileBasedCache`` is shared through the file system, but its ``add`` and
``incr`` read and write without a lock: two downloads at the same moment
could count once. Here both run under an exclusive ``flock`` on one lock file
of the cache directory; the lock is held for one small file write.

Writes skip Django's culling, which lists the whole directory on every write
and deletes random entries once ``MAX_ENTRIES`` is reached: it would delete
counters. ``downloads_persist`` deletes the keys of days that are over.
"""

import os
import pickle
import tempfile
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks
from django.core.files.move import file_move_safe

LOCK_FILENAME = "counters.lock"


class CounterFileCache(FileBasedCache):
    @contextmanager
    def _locked(self):
        self._createdir()
        with open(os.path.join(self._dir, LOCK_FILENAME), "a+b") as handle:
            locks.lock(handle, locks.LOCK_EX)
            try:
                yield
            finally:
                locks.unlock(handle)

    def _write(self, key, value, timeout, version) -> None:
        fname = self._key_to_file(key, version)
        fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        renamed = False
        try:
            with open(fd, "wb") as f:
                self._write_content(f, timeout, value)
            file_move_safe(tmp_path, fname, allow_overwrite=True)
            renamed = True
        finally:
            if not renamed:
                os.remove(tmp_path)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._createdir()
        self._write(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            if self.has_key(key, version):
                return False
            self._write(key, value, timeout, version)
            return True

    def incr(self, key, delta=1, version=None):
        with self._locked():
            fname = self._key_to_file(key, version)
            try:
                with open(fname, "rb") as f:
                    if self._is_expired(f):
                        raise ValueError(f"Key '{key}' not found")
                    expiry = self._expiry_read(f)
                    value = self._value_read(f)
            except FileNotFoundError:
                raise ValueError(f"Key '{key}' not found") from None
            new_value = value + delta
            # The counter keeps the expiry it was created with.
            self._write(key, new_value, self._timeout_left(expiry), version)
            return new_value

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version)

    # Pickle as in Django's FileBasedCache: the files are ours, in a directory only we may write (0700).
    @staticmethod
    def _expiry_read(f):
        f.seek(0)
        return pickle.load(f)  # noqa: S301

    @staticmethod
    def _value_read(f):
        return pickle.loads(zlib.decompress(f.read()))  # noqa: S301

    @staticmethod
    def _timeout_left(expiry):
        return None if expiry is None else max(expiry - time.time(), 1)
