"""Tells the editor that a publish was rolled back, instead of a server error.

The edit view and the workflow action view of Wagtail do not catch
exceptions from publishing; ``PublishFailed`` (``atomic.py``) reaches this
middleware with nothing half-applied, so the editor can simply be sent back
to the page with the German message.
"""

from django.http import JsonResponse
from django.shortcuts import redirect

from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder

from .atomic import PublishFailed


class PublishFailedMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublishFailed):
            return None
        message = str(exception)
        target = AdminURLFinder(request.user).get_edit_url(exception.instance) or request.get_full_path()
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow action modal goes to "redirect", where the message is shown.
            messages.error(request, message)
            return JsonResponse({"step": "success", "redirect": target})
        if not request.accepts("text/html"):
            # The admin API and other JSON clients: the reason, as a conflict.
            return JsonResponse({"detail": message}, status=409)
        messages.error(request, message)
        return redirect(target)
