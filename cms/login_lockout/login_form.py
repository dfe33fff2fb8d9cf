"""Wagtail's login form, naming a lockout instead of a wrong password
(``WAGTAILADMIN_USER_LOGIN_FORM``).

During a lockout axes' backend refuses before any password is compared, and
Django's form would say the password was wrong, which is false for the right
one. axes marks the request as locked out while ``authenticate`` runs, before
the form asks for its error.
"""

from django import forms

from wagtail.admin.forms.auth import LoginForm

from .message import login_lockout_message


class LockoutAwareLoginForm(LoginForm):
    def get_invalid_login_error(self) -> forms.ValidationError:
        if getattr(self.request, "axes_locked_out", False):
            return forms.ValidationError(login_lockout_message(), code="locked_out")
        return super().get_invalid_login_error()
