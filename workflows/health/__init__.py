"""Is the background worker alive? The dashboard panel „Hintergrunddienst“
and the ``worker_watch`` alert for administrators.

The worker sends the workflow e-mails, runs the automated checks and renders
the PDFs; when it is down, all of that silently waits. The database backend
(``django_tasks_db``) records when a worker claimed and finished each job,
which is what "last seen" is read from; ``worker_watch`` queues a tiny
heartbeat job so that an idle worker is seen too.
"""
