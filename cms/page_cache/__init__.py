"""Whole anonymous reader pages from Django's cache, invalidated exactly.

``middleware`` serves and stores; ``keys`` names the entries and the per-path
generations; ``backend`` is the frontend-cache backend that bumps those
generations for purged URLs; ``batches`` builds the one ``PurgeBatch`` a change
needs; ``receivers`` sends it when a page is published, unpublished, withdrawn
or moved; ``apps`` installs Wagtail's frontend cache without its own receivers.
"""
