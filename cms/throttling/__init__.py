"""Throttles of the public forms that check a secret or send a mail.

Wagtail's password forms of pages and documents and the admin's „Passwort
vergessen?“ form answered every request at once, so a password could be
guessed at full speed and an editor's inbox filled. Each is now counted per
client address, per target (a restriction, an e-mail address) and per both,
in the default cache (``counter.py``), and refused with a German message,
status 429 and the form shown again while a limit is reached. The admin login
is throttled by django-axes instead (``cms/login_lockout/``); both read the
client's address from ``client.py``.
"""
