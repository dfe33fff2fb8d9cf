"""Which Content Security Policy a response gets: Wagtail's admin the laxer
``IQ_CSP_ADMIN_POLICY``, everything else ``CONTENT_SECURITY_POLICY``
(``cms/settings/content_security.py``).

Placed right after WhiteNoise, outside the PDF fast path and the page cache:
their responses get the current policy too, and no policy is frozen into a
cached page. No nonces for the same reason: a cached page would carry the
nonce of the request that rendered it.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIXES = ("/admin/",)


def _admin_request(request: HttpRequest) -> bool:
    # Wagtail renders a preview through the middleware again, with a dummy request
    # at the page's own path: without the flag it would get the readers' policy.
    return request.path_info.startswith(ADMIN_PREFIXES) or getattr(request, "is_dummy", False)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request=request, response=response, report_only=report_only)
        # A view's own @csp decorator (parts.config) wins over the admin default.
        if not report_only and parts.config is None and _admin_request(request):
            parts.config = settings.IQ_CSP_ADMIN_POLICY["DIRECTIVES"]
        return parts
