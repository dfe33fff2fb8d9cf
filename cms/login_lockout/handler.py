"""axes' database handler with a limit per lockout parameter (``limits.py``).

axes locks once ``get_failures`` reaches ``AXES_FAILURE_LIMIT``. Here it
returns how close the nearest limit is, on that scale: the limit minus the
smallest headroom left in any parameter. It reaches the limit exactly when one
parameter reaches its own.
"""

from django.db.models import Sum

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit, get_lockout_parameters
from axes.models import AccessAttempt

from .limits import login_limit


class TieredLockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials: dict | None = None) -> int:
        limit = get_failure_limit(request, credentials)
        parameters = get_lockout_parameters(request, credentials)
        headroom = limit
        for parameter, attempts in zip(parameters, self.get_user_attempts(request, credentials), strict=True):
            own_limit = login_limit(parameter)
            if own_limit <= 0:
                continue
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            headroom = min(headroom, own_limit - failures)
        return limit - headroom

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        # After a successful login (AXES_RESET_ON_SUCCESS) only that person's
        # failures from that address go. axes would reset every parameter, and
        # anyone with one valid account could then wipe the address's count of
        # guesses at other accounts by logging in between them.
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username, ip_address=request.axes_ip_address).delete()
        return count
