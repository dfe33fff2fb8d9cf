"""Invented demo content for development and tests: the site, reference data,
every publication type, users and the workflows at work.

Installed only by the development and test settings; production does not
install the app, so ``manage.py seed_demo`` is unknown there.
"""
