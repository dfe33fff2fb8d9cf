"""Lifting a lockout: what an administrator does from the admin list or, the
same, with ``manage.py axes_reset_username`` / ``axes_reset_ip``."""

import logging

from django.contrib.auth.models import AbstractBaseUser

from axes.utils import reset

logger = logging.getLogger("cms.login_lockout")


def login_lockout_reset(*, actor: AbstractBaseUser, username: str = "", ip_address: str = "") -> int:
    """Forget the failed logins of an account, of an address, or of the account at
    that address (both given); the number of records removed."""
    if not username and not ip_address:
        raise ValueError("An account or an address is needed.")
    count = reset(username=username or None, ip=ip_address or None)
    # Logged like the lockout itself: who let whom in again belongs in the same log.
    logger.warning(
        "Login lockout lifted by %s: account %s, address %s (%s records)",
        actor.get_username(),
        username or "(any)",
        ip_address or "(any)",
        count,
    )
    return count
