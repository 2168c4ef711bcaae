"""The weekly digest's public pages: the confirmation link (double opt-in) and the
one-click unsubscribe link (``actors.digest_optin``).

Both answer on the subscriber's territory host. A link altered or cut is a 400 page in
French, a link too old, replaced or whose actor is gone a 410 page: never a 500.
Unsubscribing works by GET (the link of the e-mail) and by POST (mail clients' one-click
unsubscribe, RFC 8058).
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from territories.models import Territory
from territories.services import current_territory

from . import digest_optin as service
from .models import DigestSubscription

TEMPLATES = "actors/digest/"


def _territory_or_404(request: HttpRequest) -> Territory:
    territory = current_territory(request)
    if territory is None:
        raise Http404  # subscriptions belong to a territory's actors
    return territory


def _link_error(
    request: HttpRequest, territory: Territory, status: int, *, unsubscribe: bool
) -> HttpResponse:
    context = {
        "territory": territory,
        "expired": status == 410,
        "unsubscribe": unsubscribe,
        "days": service.CONFIRM_MAX_AGE.days,
    }
    return render(request, TEMPLATES + "link_error.html", context, status=status)


def _own(subscription: DigestSubscription, territory: Territory) -> None:
    if subscription.actor.territory_id != territory.pk:
        raise Http404  # a valid link, on another territory's host


@never_cache
@require_http_methods(["GET", "HEAD"])
def digest_confirm(request: HttpRequest, token: str) -> HttpResponse:
    territory = _territory_or_404(request)
    try:
        subscription = service.read_confirm_token(token)
    except service.InvalidLink:
        return _link_error(request, territory, 400, unsubscribe=False)
    except service.ExpiredLink:
        return _link_error(request, territory, 410, unsubscribe=False)
    _own(subscription, territory)
    if request.method == "GET":
        service.digest_confirm(subscription)
    context = {"territory": territory, "actor": subscription.actor}
    return render(request, TEMPLATES + "confirmed.html", context)


@csrf_exempt  # the signed token is the proof; mail clients post without a session
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def digest_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    territory = _territory_or_404(request)
    try:
        subscription = service.read_unsubscribe_token(token)
    except service.InvalidLink:
        return _link_error(request, territory, 400, unsubscribe=True)
    except service.ExpiredLink:
        return _link_error(request, territory, 410, unsubscribe=True)
    _own(subscription, territory)
    if request.method != "HEAD":
        service.digest_unsubscribe(subscription)
    context = {"territory": territory, "actor": subscription.actor}
    return render(request, TEMPLATES + "unsubscribed.html", context)
