"""Opt-in to the weekly digest of new needs (``projects.digest`` sends it): double opt-in,
one-click unsubscribe.

Ticking the box (sign-up form, update link) records a ``pending`` subscription with the
contact's address and owes a confirmation e-mail with a signed link; only once that link is
opened is it ``confirmed``, and only confirmed subscriptions of published actors receive.
Unticking it on the update form, or the link at the bottom of every digest, unsubscribes at
once. The links are signed with salts of their own: neither opens the other, nor the
sign-up's update link.

The functions that write run inside the caller's transaction (the sign-up's ``commit``) or
their own.
"""

from datetime import timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone

from network.models import SiteIdentity
from network.notifications import notify
from network.public_forms import ExpiredLink, InvalidLink, read_link, sign_link
from territories.models import Territory

from .models import Actor, DigestSubscription

CONFIRM_SALT = "actors.digest.confirm"
CONFIRM_MAX_AGE = timedelta(days=30)
UNSUBSCRIBE_SALT = "actors.digest.unsubscribe"
# A digest kept in a mailbox for a year still unsubscribes.
UNSUBSCRIBE_MAX_AGE = timedelta(days=400)
EMAIL_TEMPLATES = "actors/emails/"

__all__ = [
    "ExpiredLink",
    "InvalidLink",
    "digest_confirm",
    "digest_request",
    "digest_unsubscribe",
    "digest_wanted",
    "digest_withdraw",
]


def territory_mail_context(territory: Territory) -> dict[str, Any]:
    """What every e-mail of a territory signs with: its short name and its site."""
    identity = SiteIdentity.for_site(territory.site) if territory.site_id else None
    return {
        "territory": territory,
        "site_name": (identity.short_name if identity else "") or territory.name,
        "site_url": territory.url,
        "contact_email": identity.contact_email if identity else "",
    }


# --- Links ----------------------------------------------------------------------------------


def confirm_url(subscription: DigestSubscription, territory: Territory) -> str:
    token = sign_link(CONFIRM_SALT, {"d": subscription.pk, "v": subscription.link_version})
    return territory.url.rstrip("/") + reverse("digest_confirm", kwargs={"token": token})


def unsubscribe_path(subscription_id: int) -> str:
    token = sign_link(UNSUBSCRIBE_SALT, {"d": subscription_id})
    return reverse("digest_unsubscribe", kwargs={"token": token})


def _subscription(payload: dict[str, Any]) -> DigestSubscription:
    subscription = (
        DigestSubscription.objects.filter(pk=payload["d"])
        .select_related("actor__territory")
        .first()
    )
    if subscription is None:
        raise ExpiredLink  # the actor (and its subscription) is gone
    return subscription


def read_confirm_token(token: str) -> DigestSubscription:
    """The subscription a confirmation link was made for. Raises InvalidLink (tampered)
    or ExpiredLink (too old, replaced by a newer request, withdrawn meanwhile, or gone)."""
    payload = read_link(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE, keys=("d", "v"))
    subscription = _subscription(payload)
    if (
        subscription.link_version != payload["v"]
        or subscription.status == DigestSubscription.Status.UNSUBSCRIBED
    ):
        raise ExpiredLink
    return subscription


def read_unsubscribe_token(token: str) -> DigestSubscription:
    payload = read_link(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE, keys=("d",))
    return _subscription(payload)


# --- Opt-in, confirmation, withdrawal -------------------------------------------------------


def digest_wanted(actor: Actor) -> bool:
    """The update form's initial state: asked for and not withdrawn."""
    subscription = DigestSubscription.objects.filter(actor=actor).first()
    return subscription is not None and subscription.is_active


def digest_request(actor: Actor, email: str, contact_name: str) -> DigestSubscription:
    """The box is ticked: a pending subscription and its confirmation e-mail, unless the
    same address is already confirmed (nothing to do). A new address, or a subscription
    withdrawn before, is confirmed again; older confirmation links stop working."""
    now = timezone.now()
    subscription = DigestSubscription.objects.select_for_update().filter(actor=actor).first()
    if subscription is None:
        subscription = DigestSubscription(actor=actor)
    elif (
        subscription.status == DigestSubscription.Status.CONFIRMED
        and subscription.email.lower() == email.lower()
    ):
        return subscription
    else:
        subscription.link_version += 1
    subscription.email = email
    subscription.status = DigestSubscription.Status.PENDING
    subscription.requested_at = now
    subscription.confirmed_at = subscription.unsubscribed_at = None
    subscription.save()
    territory = actor.territory
    notify(
        [email],
        EMAIL_TEMPLATES + "digest_confirm",
        territory_mail_context(territory)
        | {
            "actor": actor,
            "contact_name": contact_name,
            "confirm_url": confirm_url(subscription, territory),
            "confirm_days": CONFIRM_MAX_AGE.days,
        },
    )
    return subscription


def digest_withdraw(actor: Actor) -> bool:
    """The box is unticked on the update form: no more digests. True when it stopped one."""
    return bool(
        DigestSubscription.objects.filter(
            actor=actor,
            status__in=[DigestSubscription.Status.PENDING, DigestSubscription.Status.CONFIRMED],
        ).update(**_unsubscribed())
    )


def _unsubscribed() -> dict[str, Any]:
    """What unsubscribing writes: the state, its date, and the address forgotten."""
    return {
        "status": DigestSubscription.Status.UNSUBSCRIBED,
        "unsubscribed_at": timezone.now(),
        "email": "",
    }


def digest_confirm(subscription: DigestSubscription) -> bool:
    """The confirmation link was opened: confirmed from now on (the needs created from now
    on are new to it). True when this call confirmed it, False when it already was."""
    now = timezone.now()
    return bool(
        DigestSubscription.objects.filter(
            pk=subscription.pk,
            status=DigestSubscription.Status.PENDING,
            link_version=subscription.link_version,
        ).update(status=DigestSubscription.Status.CONFIRMED, confirmed_at=now, since=now)
    )


def digest_unsubscribe(subscription: DigestSubscription) -> bool:
    """The link of a digest was opened: unsubscribed at once. True when this call did it."""
    return bool(
        DigestSubscription.objects.filter(pk=subscription.pk)
        .exclude(status=DigestSubscription.Status.UNSUBSCRIBED)
        .update(**_unsubscribed())
    )
