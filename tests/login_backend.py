"""axes' backend for the test settings: Django's ``Client.login()`` calls
``authenticate`` without a request, which axes refuses with an error.

Such a call is no login through a form and has no address to count, so here it
passes to ModelBackend unchecked. Every login through the admin's form (the
browser journeys, ``tests/security/test_throttling.py``) carries its request and
is counted and locked out as in production, where axes' own backend stays.
"""

from axes.backends import AxesStandaloneBackend


class RequestlessLoginBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
