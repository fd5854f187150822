"""Security headers Django has no setting for, and the choice of content security policy.

Public pages get the strict, nonce-based policy of ``CONTENT_SECURITY_POLICY``. The Wagtail
admin (and wagtail-localize's editor inside it) still relies on inline scripts and styles, so
its paths get ``CONTENT_SECURITY_POLICY_ADMIN`` instead, which allows them there only.
"""

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            # A nonce in the policy would make browsers ignore 'unsafe-inline'.
            return PolicyParts(config=settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts


class CrossOriginResourcePolicyMiddleware:
    """Other sites may not embed our responses (``Cross-Origin-Resource-Policy``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response


__all__ = ["CrossOriginResourcePolicyMiddleware", "SiteCSPMiddleware"]
