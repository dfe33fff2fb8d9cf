"""Sending a ``PurgeBatch``: the page cache now, a reverse proxy through the job queue.

``PurgeBatch.purge()`` always queues Wagtail's purge job. The embedded page
cache cannot wait for it: with a per-process cache only the process that runs
the job would forget, and readers would see the old page until the worker got
round to it. So backends marked ``in_process`` are called here, the others (an
HTTP purge of the reverse proxy) get the job.
"""

from urllib.parse import urlsplit

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends


def purge_send(*, batch: PurgeBatch) -> None:
    if not batch.urls:
        return
    queued = []
    for name, backend in get_backends().items():
        if getattr(backend, "in_process", False):
            backend.purge_batch([url for url in batch.urls if backend.invalidates_hostname(urlsplit(url).netloc)])
        else:
            queued.append(name)
    if queued:
        batch.purge(backends=queued)
