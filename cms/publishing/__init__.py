"""Publishing as one transaction: the page, its log entry and the jobs it queues
go live together or not at all (``atomic.py``); the editor is told why not
(``middleware.py``)."""
