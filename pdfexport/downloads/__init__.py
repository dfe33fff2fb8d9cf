"""PDF download statistics without tracking.

A download of a public PDF increments a counter in the ``downloads`` cache
(``counting.py``, ``counters.py``); ``manage.py downloads_persist`` moves the
counters into ``PdfDownloadDay`` rows (``persist.py``); the admin report
„PDF-Downloads“ reads them (``report_views.py``). Only numbers are kept: no
IP address, cookie or user agent, neither in the cache nor in the database.
"""
