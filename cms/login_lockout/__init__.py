"""The admin login's lockout, by django-axes.

Failed logins are recorded by axes (``AccessAttempt``, in the database) and
counted per account at one address, per address and per account
(``limits.py``, ``handler.py``). The Wagtail login form shows the German
refusal (``login_form.py``) with status 429 (``response.py``). Superusers see
and lift lockouts under Einstellungen › Gesperrte Anmeldungen
(``admin_views.py``); ``manage.py axes_reset_username`` does the same.
"""
