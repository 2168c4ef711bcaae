"""Self-registration of actors ("Rejoindre la dynamique"): sign-up, update, moderation.

Nothing is lost: a sign-up (its draft actor, its revision, the ``ActorSignup`` row) and the
e-mails it owes (``network.notifications.notify``: rows of the outbox) are written in one
transaction. The e-mails are handed to Celery only once it commits; when Redis or the
workers are down the rows stay pending and ``network.outbox.deliver_owed`` (Celery beat, or
``manage.py deliver_owed``) delivers them later, with the other owed tasks (Wagtail's index
updates...). A failure of anything that runs after the commit is logged, never shown to the
person: the sign-up is already saved.

Limits are module constants, like settings: tests and deployments may patch them.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from wagtail.images import get_image_model

from actors.models import Actor, ActorSignup
from network.models import SiteIdentity
from network.notifications import notify
from network.public_forms import (  # noqa: F401 (the sign-up's names for its callers)
    HONEYPOT_FIELD,
    RATE_LIMIT_WINDOW,
    ExpiredLink,
    InvalidLink,
    client_ip,
    commit,
    ip_hash,
    rate_limit_reset,
    rate_limited,
    read_link,
    sign_link,
)
from territories.models import Territory, TerritoryRole
from territories.scoping import TerritoryPermissionPolicy

from .digest_optin import digest_request, digest_wanted, digest_withdraw
from .duplicates import find_likely_duplicates

logger = logging.getLogger(__name__)

# --- Limits ---------------------------------------------------------------------------------
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_SIDE = 4000  # pixels, width and height
LOGO_FORMATS = frozenset({"PNG", "JPEG", "GIF", "WEBP"})
DESCRIPTION_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 2000

# --- Signed update links --------------------------------------------------------------------
TOKEN_SALT = "actors.signup.update-link"
TOKEN_MAX_AGE = timedelta(days=30)
# A contact of many cards asking for new links gets one e-mail per card, up to this many.
LINK_REQUEST_MAX_CARDS = 20

EMAIL_TEMPLATES = "actors/emails/"
PUBLISH_PERMISSION = "actors.publish_actor"
signup_scope = TerritoryPermissionPolicy(ActorSignup)

# Fields of the form copied onto the actor.
ACTOR_FIELDS = (
    "name",
    "kind",
    "description",
    "website",
    "address",
    "postcode",
    "city",
    "commune_insee",
    "email",
    "phone",
)


class AlreadyDecided(Exception):
    """The sign-up was approved or rejected meanwhile."""


class UsedLink(ExpiredLink):
    """An update link that already served (each serves once): 410, and a new one can be
    asked for by e-mail (``update_link_request``)."""


# --- Sign-up and update ---------------------------------------------------------------------


def _store_logo(territory: Territory, upload, name: str):
    """The uploaded logo as a Wagtail image of the territory's collection."""
    image_model = get_image_model()
    extension = {"JPEG": "jpg"}.get(upload.image.format, upload.image.format.lower())
    upload.name = f"logo-{slugify(name)[:60] or 'acteur'}.{extension}"
    image = image_model(title=f"Logo – {name}"[:255], file=upload)
    if territory.collection_id:
        image.collection_id = territory.collection_id
    image._set_image_file_metadata()
    image.save()
    return image


ADDRESS_FIELDS = ("address", "postcode", "city")
POSITION_FIELDS = ("location", "geocoding_status", "geocoding_score", "geocoding_label")


def _address(actor: Actor) -> tuple:
    return tuple(getattr(actor, name) for name in ADDRESS_FIELDS)


def _apply(actor: Actor, data: dict, territory: Territory, logo=None) -> None:
    old_address = _address(actor) if actor.pk else None
    for name in ACTOR_FIELDS:
        setattr(actor, name, data.get(name) or ("" if name != "kind" else None))
    actor.private_contact_name = data["contact_name"]
    actor.private_contact_email = data["contact_email"]
    actor.private_contact_phone = data.get("contact_phone", "")
    actor.themes = list(data.get("themes") or [])
    actor.offers = list(data.get("offers") or [])
    actor.seeks = list(data.get("seeks") or [])
    if logo is not None:
        actor.logo = _store_logo(territory, logo, data["name"])
    if old_address is not None and _address(actor) != old_address:
        # A new address: the old point is wrong. Once published, the card is geocoded again.
        actor.location = actor.geocoding_label = actor.geocoding_status = ""
        actor.latitude = actor.longitude = actor.geocoding_score = None


def _duplicate_ids(actor: Actor) -> list[int]:
    hints = find_likely_duplicates(
        actor.territory_id,
        actor.name,
        actor.commune_insee,
        actor.latitude,
        actor.longitude,
        exclude_ids=[actor.pk],
    )
    return [hint.actor.pk for hint in hints]


def signup_create(territory: Territory, data: dict, *, ip_digest: str = "") -> ActorSignup:
    """A new actor, as a draft awaiting moderation, and the e-mails it owes."""

    def work():
        actor = Actor(territory=territory, live=False)
        _apply(actor, data, territory, data.get("logo"))
        actor.save()
        revision = actor.save_revision(log_action=True)
        signup = ActorSignup.objects.create(
            territory=territory,
            actor=actor,
            revision=revision,
            kind=ActorSignup.Kind.NEW,
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone=data.get("contact_phone", ""),
            consent_at=timezone.now(),
            ip_hash=ip_digest,
            duplicate_ids=_duplicate_ids(actor),
        )
        _notify_received(signup)
        if data.get("digest"):
            digest_request(actor, data["contact_email"], data["contact_name"])
        return signup

    return commit(work)


def signup_update(origin: ActorSignup, data: dict, *, ip_digest: str = "") -> ActorSignup:
    """A new, unpublished revision of an approved actor, back to moderation.

    The live card (the database row) is untouched until a moderator approves.
    """

    def work():
        # The link serves once: its number moves on with this update, under the sign-up's
        # row lock, so two submissions of one link cannot both pass.
        locked = ActorSignup.objects.select_for_update().get(pk=origin.pk)
        if locked.link_version != origin.link_version:
            raise UsedLink
        ActorSignup.objects.filter(pk=origin.pk).update(link_version=F("link_version") + 1)
        actor = Actor.objects.select_for_update().get(pk=origin.actor_id)
        draft = actor.get_latest_revision_as_object()
        _apply(draft, data, origin.territory, data.get("logo"))
        revision = draft.save_revision(log_action=True)
        signup = ActorSignup.objects.create(
            territory_id=origin.territory_id,
            actor=actor,
            revision=revision,
            kind=ActorSignup.Kind.UPDATE,
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone=data.get("contact_phone", ""),
            consent_at=timezone.now(),
            ip_hash=ip_digest,
            duplicate_ids=_duplicate_ids(draft),
        )
        _notify_received(signup)
        # The person's choice, not the card's: it applies now, without moderation.
        if data.get("digest"):
            digest_request(actor, data["contact_email"], data["contact_name"])
        else:
            digest_withdraw(actor)
        return signup

    return commit(work)


def initial_from_actor(actor: Actor, origin: ActorSignup) -> dict:
    """The update form's initial data: the card as last submitted, and the person."""
    card = actor.get_latest_revision_as_object()
    initial = {name: getattr(card, name) for name in ACTOR_FIELDS if name != "kind"}
    initial |= {
        "kind": card.kind_id,
        "commune": card.commune_insee,
        "themes": [theme.pk for theme in card.themes.all()],
        "offers": [offer.pk for offer in card.offers.all()],
        "seeks": [kind.pk for kind in card.seeks.all()],
        "contact_name": origin.contact_name,
        "contact_email": origin.contact_email,
        "contact_phone": origin.contact_phone,
        "digest": digest_wanted(actor),
    }
    return initial


# --- Moderation -----------------------------------------------------------------------------


def can_moderate(user) -> bool:
    return bool(user.is_active and user.has_perm(PUBLISH_PERMISSION))


def signups_for(user):
    """The sign-ups of the user's territories (all of them for the network team)."""
    if not can_moderate(user):
        return ActorSignup.objects.none()
    return signup_scope.scope(user, ActorSignup.objects.all())


def pending_count(user) -> int:
    return signups_for(user).filter(status=ActorSignup.Status.PENDING).count()


def signup_approve(signup: ActorSignup, user) -> ActorSignup:
    """Publish the actor's latest revision (the request, with any moderator's edits)."""

    def work():
        locked = ActorSignup.objects.select_for_update().get(pk=signup.pk)
        if locked.status != ActorSignup.Status.PENDING:
            raise AlreadyDecided
        actor = Actor.objects.get(pk=locked.actor_id)
        revision = _with_position(actor, user)
        revision.publish(user=user)
        locked.status = ActorSignup.Status.APPROVED
        locked.decided_by = user
        locked.decided_at = timezone.now()
        locked.save(update_fields=["status", "decided_by", "decided_at"])
        _notify_decision(locked)
        return locked

    return commit(work)


def _with_position(actor: Actor, user):
    """The revision to publish: the latest one, plus the position the geocoder found for the
    row meanwhile (the request's revision was saved before it), when the address is the same.
    """
    draft = actor.get_latest_revision_as_object()
    if actor.latest_revision is None:
        return draft.save_revision(user=user)
    if draft.location or not actor.location or _address(draft) != _address(actor):
        return actor.latest_revision
    for name in POSITION_FIELDS:
        setattr(draft, name, getattr(actor, name))
    return draft.save_revision(user=user, clean=False)


def signup_reject(signup: ActorSignup, user, reason: str) -> ActorSignup:
    """Refuse with a reason. A refused update leaves the live card as it was, and the
    admin's editor back on it (the refused revision stays in the history)."""

    def work():
        locked = ActorSignup.objects.select_for_update().get(pk=signup.pk)
        if locked.status != ActorSignup.Status.PENDING:
            raise AlreadyDecided
        actor = Actor.objects.get(pk=locked.actor_id)
        if (
            locked.kind == ActorSignup.Kind.UPDATE
            and actor.live_revision_id
            and actor.latest_revision_id == locked.revision_id
        ):
            Actor.objects.filter(pk=actor.pk).update(
                latest_revision_id=actor.live_revision_id, has_unpublished_changes=False
            )
        locked.status = ActorSignup.Status.REJECTED
        locked.rejection_reason = reason[:REASON_MAX_LENGTH]
        locked.decided_by = user
        locked.decided_at = timezone.now()
        locked.save(update_fields=["status", "rejection_reason", "decided_by", "decided_at"])
        _notify_decision(locked)
        return locked

    return commit(work)


# --- Signed update links --------------------------------------------------------------------


def make_update_token(signup: ActorSignup) -> str:
    return sign_link(TOKEN_SALT, {"a": signup.actor_id, "s": signup.pk, "v": signup.link_version})


def read_update_token(token: str) -> ActorSignup:
    """The approved sign-up a link was made for. Raises InvalidLink, ExpiredLink or UsedLink
    (links made before links served once carry no number: they count as the first)."""
    payload = read_link(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE, keys=("a", "s"))
    version = payload.get("v", 0)
    if not isinstance(version, int):
        raise InvalidLink
    signup = (
        ActorSignup.objects.filter(
            pk=payload["s"], actor_id=payload["a"], status=ActorSignup.Status.APPROVED
        )
        .select_related("actor", "territory")
        .first()
    )
    if signup is None:
        raise ExpiredLink
    if signup.link_version != version:
        raise UsedLink
    return signup


def update_url(signup: ActorSignup) -> str:
    path = reverse("signup_update", kwargs={"token": make_update_token(signup)})
    return signup.territory.url.rstrip("/") + path


def current_contact_signups(territory: Territory, email: str):
    """The approved sign-ups that make ``email`` the current contact of a card of the
    territory: each card's latest approved sign-up, when its contact has that address."""
    latest = (
        ActorSignup.objects.filter(actor=OuterRef("actor"), status=ActorSignup.Status.APPROVED)
        .order_by("-decided_at", "-pk")
        .values("pk")[:1]
    )
    return (
        ActorSignup.objects.filter(
            territory=territory,
            status=ActorSignup.Status.APPROVED,
            contact_email__iexact=email.strip(),
            pk=Subquery(latest),
        )
        .select_related("actor", "territory")
        .order_by("actor__name", "pk")
    )


def update_link_request(territory: Territory, email: str) -> int:
    """E-mail a new update link for each card whose current contact is ``email`` (at most
    ``LINK_REQUEST_MAX_CARDS``). Returns how many are owed; the visitor sees the same
    answer whatever the address (a form must not tell who is a contact)."""
    origins = list(current_contact_signups(territory, email)[:LINK_REQUEST_MAX_CARDS])

    def work():
        for origin in origins:
            context = _mail_context(origin) | {"update_url": update_url(origin)}
            notify(
                [origin.contact_email],
                EMAIL_TEMPLATES + "update_link",
                context,
                reply_to=context["contact_email"],
            )
        return len(origins)

    return commit(work) if origins else 0


# --- E-mails --------------------------------------------------------------------------------


def _mail_context(signup: ActorSignup) -> dict:
    territory = signup.territory
    identity = SiteIdentity.for_site(territory.site) if territory.site_id else None
    return {
        "signup": signup,
        "actor": signup.actor,
        "territory": territory,
        "site_name": (identity.short_name if identity else "") or territory.name,
        "site_url": territory.url,
        "contact_email": identity.contact_email if identity else "",
        "update_link_days": TOKEN_MAX_AGE.days,
        "link_request_url": territory.url.rstrip("/") + reverse("signup_link_request"),
    }


def moderator_emails(territory: Territory) -> list[str]:
    """The territory's moderators' addresses; its editors' when it has no moderator."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    for role in (TerritoryRole.Role.MODERATORS, TerritoryRole.Role.EDITORS):
        emails = list(
            users.filter(
                groups__territory_role__territory=territory, groups__territory_role__role=role
            )
            .values_list("email", flat=True)
            .distinct()
        )
        if emails:
            return sorted(emails)
    return []


def admin_url(signup: ActorSignup) -> str:
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("actors_signups:detail", kwargs={"pk": signup.pk})


def _notify_received(signup: ActorSignup) -> None:
    context = _mail_context(signup)
    notify(
        [signup.contact_email],
        EMAIL_TEMPLATES + "signup_received",
        context,
        reply_to=context["contact_email"],
    )
    notify(
        moderator_emails(signup.territory),
        EMAIL_TEMPLATES + "signup_to_moderate",
        context | {"admin_url": admin_url(signup), "duplicate_count": len(signup.duplicate_ids)},
        reply_to=signup.contact_email,
    )


def _notify_decision(signup: ActorSignup) -> None:
    context = _mail_context(signup)
    if signup.status == ActorSignup.Status.APPROVED:
        template = "signup_approved"
        context |= {"update_url": update_url(signup), "card_url": signup.actor.full_url}
    else:
        template = "signup_rejected"
    notify(
        [signup.contact_email],
        EMAIL_TEMPLATES + template,
        context,
        reply_to=context["contact_email"],
    )
