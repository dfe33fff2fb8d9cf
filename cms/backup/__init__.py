"""Backup and restore of the database and every file storage, and the
reconciliation of stored files with the rows that point to them
(``manage.py backup``, ``restore``, ``reconcile_files``; docs/operations.md)."""
