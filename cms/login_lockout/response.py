"""What a locked-out login answers (``AXES_LOCKOUT_CALLABLE``): the login form
again, with the refusal ``login_form.py`` put in, as status 429.

axes' own answer is a bare English text in place of the page.
"""

from django.http import HttpRequest, HttpResponse

from .message import login_lockout_message

TOO_MANY_REQUESTS = 429


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    # axes' asynchronous path passes no response (its second argument is then
    # the credentials); only a form there is worth showing again.
    if isinstance(original_response, HttpResponse) and original_response.status_code == 200:
        original_response.status_code = TOO_MANY_REQUESTS
        return original_response
    return HttpResponse(login_lockout_message(), status=TOO_MANY_REQUESTS, content_type="text/plain; charset=utf-8")
