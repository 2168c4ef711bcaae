"""Answers to projects and needs, and needs proposed by actors: saved first, then e-mailed.

The ``Contribution`` (or the proposed ``Need``) and the e-mails it owes (rows of the outbox,
``network.notifications.notify``) are written in one transaction; Celery sends them once it
commits, and ``network.outbox.deliver_owed`` catches up if the broker was down. Nothing the
visitor wrote is lost.

Who is told:
- « Je m’y greffe » on a project: its lead (``lead_email``, private), else the territory's
  moderators (their editors when it has none, as for sign-ups);
- « Je peux aider » on a need: the person who proposed it (actor needs), else its project's
  lead, else the actor's private contact, else the moderators;
- a need proposed by an actor: the moderators, who approve it in the admin.
The visitor gets the confirmation page and a short receipt by e-mail. A form that mails any
address typed into it could send our mail to a stranger: the receipt carries none of what
was typed (no name, no message – only what was answered and its link), goes out at most once
a day per address, and the form itself is rate-limited per visitor.

The territory team answers from the contribution's admin page (``contribution_follow_up``):
the answer goes to the contributor by e-mail, through the outbox, with the territory's
contact address (its site identity's) to reply to, else the author's; it is kept as a
``ContributionEvent``, like every change of state, and the page shows that history.
"""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from actors.models import ActorSignup
from actors.signup import moderator_emails
from network.models import Notification, SiteIdentity
from network.notifications import notify
from network.public_forms import commit

from .models import Contribution, ContributionEvent, Need
from .need_links import NEED_TOKEN_MAX_AGE, make_need_token

EMAIL_TEMPLATES = "projects/emails/"
RECEIPT_INTERVAL = 24 * 60 * 60  # seconds: one receipt a day per address at most
# How a receipt's subject ends (``emails/contribution_receipt_subject.txt``).
RECEIPT_SUBJECT_END = "Votre proposition est bien transmise"


def _admin_base() -> str:
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")


def contribution_admin_url(contribution: Contribution) -> str:
    return _admin_base() + reverse(
        "wagtailsnippets_projects_contribution:edit", args=[contribution.pk]
    )


def need_admin_url(need: Need) -> str:
    return _admin_base() + reverse("wagtailsnippets_projects_need:edit", args=[need.pk])


def _site_name(territory) -> str:
    identity = SiteIdentity.for_site(territory.site) if territory.site_id else None
    return (identity.short_name if identity else "") or territory.name


def receipt_owed(email: str) -> bool:
    """True unless the address got a receipt in the last day (the outbox's own rows say so:
    no other record of addresses is kept)."""
    since = timezone.now() - timedelta(seconds=RECEIPT_INTERVAL)
    sent = Notification.objects.filter(recipients=email, created_at__gte=since)
    return not sent.filter(subject__endswith=RECEIPT_SUBJECT_END).exists()


def answered_url(territory, project=None, need=None) -> str:
    """The page of what was answered, absolute (e-mails leave the site)."""
    if need is not None:
        return territory.site.root_url + reverse("need_detail", args=[need.pk])
    return project.full_url if project is not None else territory.site.root_url + "/"


def recipients_for(*, territory, project=None, need=None) -> list[str]:
    if need is not None:
        candidates = [
            need.submitted_by_email,
            need.project.lead_email if need.project_id else "",
            need.actor.private_contact_email if need.actor_id else "",
        ]
    else:
        candidates = [project.lead_email if project is not None else ""]
    first = next((address for address in candidates if address), "")
    return [first] if first else moderator_emails(territory)


def contribution_create(*, territory, data: dict, project=None, need=None) -> Contribution:
    """Save the answer, then owe the e-mail to whoever leads what it answers."""

    def work():
        contribution = Contribution.objects.create(
            territory=territory,
            project=project if project is not None else (need.project if need else None),
            need=need,
            name=data["name"],
            email=data["email"],
            organisation=data.get("organisation", ""),
            message=data["message"],
        )
        context = {
            "contribution": contribution,
            "project": project,
            "need": need,
            "territory": territory,
            "site_name": _site_name(territory),
            "admin_url": contribution_admin_url(contribution),
        }
        notify(
            recipients_for(territory=territory, project=project, need=need),
            EMAIL_TEMPLATES + "contribution",
            context,
            reply_to=contribution.email,
        )
        if receipt_owed(contribution.email):
            notify(
                [contribution.email],
                EMAIL_TEMPLATES + "contribution_receipt",
                {**context, "answered_url": answered_url(territory, project, need)},
            )
        return contribution

    return commit(work)


def answer_reply_to(territory, author) -> str:
    """Where the contributor's reply goes: the territory's contact address, else the
    author's own (an answer nobody can reply to would end the conversation)."""
    identity = SiteIdentity.for_site(territory.site) if territory.site_id else None
    return (identity.contact_email if identity else "") or getattr(author, "email", "") or ""


def contribution_follow_up(
    contribution: Contribution, *, author, answer: str = "", previous_status: str = ""
) -> ContributionEvent | None:
    """Record what the team just did to a saved contribution – an answer (e-mailed to the
    contributor), a change of state from ``previous_status``, or both – as one event.
    Called inside the admin's save transaction: the e-mail is owed only if it commits."""
    answer = answer.strip()
    changed = contribution.status if contribution.status != previous_status else ""
    if not answer and not changed:
        return None
    notification = None
    if answer:
        territory = contribution.territory
        reply_to = answer_reply_to(territory, author)
        notification = notify(
            [contribution.email],
            EMAIL_TEMPLATES + "contribution_answer",
            {
                "contribution": contribution,
                "project": contribution.project,
                "need": contribution.need,
                "answer": answer,
                "reply_to": reply_to,
                "site_name": _site_name(territory),
                "answered_url": answered_url(territory, contribution.project, contribution.need),
            },
            reply_to=reply_to,
        )
    return ContributionEvent.objects.create(
        contribution=contribution,
        author=author if getattr(author, "pk", None) else None,
        answer=answer,
        status=changed,
        notification=notification,
    )


def need_propose(*, origin, data: dict) -> Need:
    """An actor's need, from its signed link (``origin``: its approved sign-up); it waits
    for the territory team's approval (``is_approved=False``)."""
    actor, territory = origin.actor, origin.territory

    def work():
        need = Need.objects.create(
            territory=territory,
            actor=actor,
            kind=data["kind"],
            title=data["title"],
            description=data.get("description", ""),
            quantity=data.get("quantity"),
            deadline=data.get("deadline"),
            is_approved=False,
            submitted_by_name=origin.contact_name,
            submitted_by_email=origin.contact_email,
        )
        if actor.commune_insee:
            need.communes.set(territory.communes.filter(insee_code=actor.commune_insee))
        notify(
            moderator_emails(territory),
            EMAIL_TEMPLATES + "need_to_moderate",
            {
                "need": need,
                "actor": actor,
                "territory": territory,
                "site_name": _site_name(territory),
                "admin_url": need_admin_url(need),
            },
            reply_to=origin.contact_email,
        )
        return need

    return commit(work)


def need_link_request(*, actor, email: str) -> bool:
    """From the actor's public card: e-mail the personal link of the need proposal to the
    actor's contact, when ``email`` is that contact's (its latest approved sign-up). Returns
    whether a mail is owed; the visitor sees the same answer either way (the card never
    tells who the contact is)."""
    origin = (
        ActorSignup.objects.filter(
            actor=actor, status=ActorSignup.Status.APPROVED, contact_email__iexact=email.strip()
        )
        .select_related("territory", "actor")
        .order_by("-decided_at", "-pk")
        .first()
    )
    if origin is None:
        return False
    territory = origin.territory
    url = territory.url.rstrip("/") + reverse(
        "need_propose", kwargs={"token": make_need_token(origin)}
    )

    def work():
        notify(
            [origin.contact_email],
            EMAIL_TEMPLATES + "need_link",
            {
                "actor": actor,
                "contact_name": origin.contact_name,
                "territory": territory,
                "site_name": _site_name(territory),
                "propose_url": url,
                "days": NEED_TOKEN_MAX_AGE.days,
            },
        )
        return True

    return commit(work)
