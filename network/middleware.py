"""Admin isolation middleware: refusals answer 403, other territories' trees answer 404."""

from html import unescape

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext

from wagtail.models import Page
from wagtail.permissions import policy_registry

from territories.scoping import sees_all_territories

# Admin views outside the wagtailadmin_pages namespace that take a page id.
TREE_VIEWS = {
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_choose_page_child",
}
PAGE_NAMESPACES = {"wagtailadmin_pages", "wagtailadmin_api:pages"}
PAGE_ID_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "pk")
# Reports that read across every territory (Wagtail filters their rows by model
# permission, not by object): for the network team only.
NETWORK_ONLY_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
}


class AdminIsolationMiddleware:
    """Two gaps between Wagtail's admin and a multi-territory install.

    - Wagtail reports a refusal by queueing "Sorry, you do not have permission..." and
      redirecting to the dashboard. We answer an explicit 403 instead, so an editor
      probing another territory's object (and monitoring) sees a refusal.
    - Some page views check permissions only when the action is posted (the move
      confirmation shows the page's title on GET), the explorer redirects to a common
      ancestor and the page chooser browses any branch: every admin page view that names
      a page the user cannot explore (their territory's tree) answers 404.
    """

    DENIED = "Sorry, you do not have permission to access this area."

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not request.user.is_authenticated:
            return None
        if match.view_name in NETWORK_ONLY_VIEWS and not sees_all_territories(request.user):
            raise PermissionDenied
        if match.url_name not in TREE_VIEWS and match.namespace not in PAGE_NAMESPACES:
            return None
        page_ids = {
            int(view_kwargs[key])
            for key in PAGE_ID_KWARGS
            if str(view_kwargs.get(key, "")).isdigit()
        }
        if not page_ids:
            return None
        explorable = policy_registry.get_by_type(Page).explorable_instances(request.user)
        if explorable.filter(pk__in=page_ids).count() != len(page_ids):
            raise Http404
        return None

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 302 or not request.path.startswith("/admin/"):
            return response
        if response.get("Location") != reverse("wagtailadmin_home"):
            return response
        storage = getattr(request, "_messages", None)
        queued = getattr(storage, "_queued_messages", [])
        denied_text = gettext(self.DENIED)
        denied = [
            m for m in queued if unescape(str(m.message)).strip() in (denied_text, self.DENIED)
        ]
        if not denied:
            return response
        storage._queued_messages = [m for m in queued if m not in denied]
        return render(request, "admin_denied.html", status=403)
