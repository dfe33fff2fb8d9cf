"""Settings of the real worker processes the fault tests start
(``tests/security/test_worker_faults.py``): the test settings with the database
queue instead of immediate jobs, and a lease short enough to wait out.

The database and media folders come from the environment (``DATABASE_URL``,
``MEDIA_ROOT``), as in production.
"""

import os

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
IQ_PDF_LEASE_SECONDS = 4
IQ_PDF_HEARTBEAT_SECONDS = 0.5
# The first worker's render child sleeps this long before rendering, so that it
# is surely mid-render when the test kills the worker (pdfexport/isolation.py).
IQ_PDF_RENDER_PAUSE_SECONDS = float(os.environ.get("IQ_TEST_RENDER_PAUSE_SECONDS", "0"))
