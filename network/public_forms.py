"""What every public form shares (sign-up, contributions, need proposals, event
registrations): the visitor's address, a rate limit per address, the honeypot field that
robots fill, the signed personal links e-mailed to people, and a commit that keeps the
submission when an after-commit hook fails."""

import logging
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# Form submissions (POST, valid or not) per IP address per hour: enough for a sign-up
# workshop behind one shared connection, far below what a robot sends.
RATE_LIMIT_SUBMISSIONS = 20
RATE_LIMIT_WINDOW = 60 * 60  # seconds
RATE_LIMIT_KEY = "signup:rate:{}"  # one counter for every public form
# When the site runs behind a proxy, the META key holding the client's address
# (e.g. "HTTP_X_REAL_IP"); None: REMOTE_ADDR.
CLIENT_IP_META_KEY = getattr(settings, "SIGNUP_CLIENT_IP_META_KEY", None)

# --- Abuse ----------------------------------------------------------------------------------


def client_ip(request: HttpRequest) -> str:
    if CLIENT_IP_META_KEY and request.META.get(CLIENT_IP_META_KEY):
        return str(request.META[CLIENT_IP_META_KEY]).split(",")[0].strip()
    return str(request.META.get("REMOTE_ADDR", ""))


def ip_hash(ip: str) -> str:
    """A keyed one-way digest: abuse can be traced without keeping the address."""
    if not ip:
        return ""
    return salted_hmac("actors.signup.ip", ip, algorithm="sha256").hexdigest()


def rate_key(ip: str) -> str:
    return RATE_LIMIT_KEY.format(ip_hash(ip)[:32] or "inconnue")


def rate_limit_reset(ip: str) -> None:
    """Forget an address's count (tests, or a team unblocking someone)."""
    cache.delete(rate_key(ip))


def rate_limited(request: HttpRequest) -> bool:
    """Count this submission; True once the address went over the limit this hour.

    The counter lives in the cache (Redis in production: ``add`` then atomic ``incr``).
    If the cache fails, the form stays open: losing a sign-up is worse than a few spams.
    """
    key = rate_key(client_ip(request))
    try:
        cache.add(key, 0, timeout=RATE_LIMIT_WINDOW)
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=RATE_LIMIT_WINDOW)
        count = 1
    except Exception as exc:  # cache unreachable
        logger.warning("rate limit of the sign-up form skipped: %s", exc)
        return False
    return count > RATE_LIMIT_SUBMISSIONS


def too_many(request: HttpRequest, **context: Any) -> HttpResponse:
    """The answer to an address over the limit: 429, in French, with Retry-After."""
    response = render(
        request,
        "includes/rate_limited.html",
        {**context, "minutes": RATE_LIMIT_WINDOW // 60},
        status=429,
    )
    response["Retry-After"] = str(RATE_LIMIT_WINDOW)
    return response


# --- Transactions whose after-commit work may fail ------------------------------------------


def commit[T](work: Callable[[], T]) -> T:
    """Run ``work()`` in a transaction. Once it is committed, a failing after-commit hook
    (another app queueing on a dead broker) is logged instead of failing the request: the
    data is saved, and the outbox still owes the e-mails whose queueing was skipped."""
    state = {"committed": False}
    try:
        with transaction.atomic():
            transaction.on_commit(lambda: state.update(committed=True))
            result = work()
    except Exception:
        if not state["committed"]:
            raise
        logger.exception("after-commit work failed; the submission itself is saved")
    return result


# --- Robots ---------------------------------------------------------------------------------

HONEYPOT_FIELD = "homepage"


def honeypot_field() -> forms.CharField:
    """The field left empty by people (hidden by a CSS class) and filled by robots, whose
    submission then "succeeds" with nothing written."""
    return forms.CharField(
        label=_("Laissez ce champ vide"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )


def honeypot_filled(data: Mapping[str, Any]) -> bool:
    return bool(str(data.get(HONEYPOT_FIELD) or "").strip())


# --- Signed personal links ------------------------------------------------------------------


class InvalidLink(Exception):
    """A link the platform did not make, or altered (400)."""


class ExpiredLink(Exception):
    """A link past its age, or whose object is gone (410)."""


def sign_link(salt: str, payload: dict[str, int]) -> str:
    """A token for a personal link: the payload signed and dated, with a salt per use so a
    link made for one form never opens another."""
    return signing.TimestampSigner(salt=salt).sign_object(payload)


def read_link(
    token: str, *, salt: str, max_age: timedelta, keys: tuple[str, ...]
) -> dict[str, Any]:
    """The payload of a link made by ``sign_link``; each of ``keys`` holds an integer.
    Raises InvalidLink or ExpiredLink."""
    try:
        payload = signing.TimestampSigner(salt=salt).unsign_object(token, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredLink from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise InvalidLink from exc
    if not isinstance(payload, dict) or not all(isinstance(payload.get(k), int) for k in keys):
        raise InvalidLink
    return payload
