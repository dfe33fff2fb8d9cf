"""The admin's „Passwort vergessen?“ form, throttled.

Anyone may ask for a reset mail for any address, so without a bound one client
could fill an editor's inbox. A request that sends counts (the form's redirect;
a mistyped address sends nothing); while a lock holds, nothing is sent and the
form comes back with the German refusal and status 429.
"""

from django.http import HttpRequest, HttpResponse

from wagtail.admin.views.account import PasswordResetView

from .client import client_address
from .counter import throttle_count, throttle_lock
from .kinds import PASSWORD_RESET

TOO_MANY_REQUESTS = 429


class ThrottledPasswordResetView(PasswordResetView):
    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        address = client_address(request)
        target = request.POST.get("email", "").strip().casefold()
        lock = throttle_lock(kind=PASSWORD_RESET, address=address, target=target)
        if lock is None:
            response = super().post(request, *args, **kwargs)
            if response.status_code in (301, 302, 303):
                # Counted after the mail: the attempt that reaches the limit was allowed.
                throttle_count(kind=PASSWORD_RESET, address=address, target=target)
            return response
        form = self.get_form()
        form.is_valid()  # checks the address only; nothing is sent
        form.add_error(None, lock.message)
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = TOO_MANY_REQUESTS
        return response
