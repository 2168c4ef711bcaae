"""The weekly digest: to each confirmed subscriber (``actors.DigestSubscription``), the new
open needs of its territory that its actor's offers answer (``NeedKind.answered_by``).

Set-based: a territory's digest reads its due subscriptions, the kinds their actors' offers
answer, and the needs created since the oldest of their last digests, in three queries
whatever the number of subscribers; the matching is done in memory (each kind's needs
sorted by date, so a subscriber costs a few bisections, not a pass over the needs). The
e-mails are owed through the outbox in batches: each batch bulk-creates its
``Notification`` rows, moves its subscriptions on and owes one sending task
(``projects.tasks.send_digest_batch``) in one transaction; what a batch's task does not
send, ``network.outbox.deliver_owed`` does later.

What an e-mail shows of a need is public (what its page shows): title, kind, its project's
or actor's name, deadline, quantity, link. Drafts, needs waiting for approval, filled needs
and other territories' needs never appear (``Need.objects.on_board``).

"At most weekly": a subscriber is sent nothing when its last digest is less than
``DIGEST_INTERVAL`` old, and nothing when nothing new answers its offers (its needs then
wait for the next week's digest: "new" means since its last digest).
"""

import bisect
import heapq
import itertools
import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone

from actors.digest_optin import territory_mail_context, unsubscribe_path
from actors.models import Actor, DigestSubscription
from network.models import Notification
from network.outbox import owe
from territories.models import Territory

from .models import Need

logger = logging.getLogger(__name__)

# The beat runs weekly; six days leave room for its drift, and a second run in the same
# week (by hand) sends nothing.
DIGEST_INTERVAL = timedelta(days=6)
# Needs listed in one e-mail, the newest first; the others are counted, with the board's link.
DIGEST_MAX_NEEDS = 20
# E-mails created, and handed to one sending task, per transaction.
DIGEST_BATCH = 500
TEMPLATE = "projects/emails/digest"
SEND_TASK = "projects.tasks.send_digest_batch"


@dataclass(frozen=True, slots=True)
class DigestNeed:
    pk: int
    title: str
    kind: str
    owner: str
    deadline: date | None
    quantity: int | None
    created_at: datetime
    kind_id: int
    actor_id: int | None
    url: str


@dataclass(frozen=True, slots=True)
class Due:
    subscription_id: int
    actor_id: int
    actor_name: str
    email: str
    since: datetime


def due_subscriptions(territory: Territory, now: datetime) -> list[Due]:
    """Confirmed subscriptions of the territory's published actors whose last digest is at
    least ``DIGEST_INTERVAL`` old (one query)."""
    rows = (
        DigestSubscription.objects.filter(
            status=DigestSubscription.Status.CONFIRMED,
            since__isnull=False,
            actor__territory=territory,
            actor__live=True,
        )
        .filter(Q(last_sent_at__isnull=True) | Q(last_sent_at__lte=now - DIGEST_INTERVAL))
        .order_by("pk")
        .values_list("pk", "actor_id", "actor__name", "email", "since")
    )
    return [
        Due(pk, actor_id, name, email, since)
        for pk, actor_id, name, email, since in rows
        if since is not None
    ]


def answered_kinds(territory: Territory) -> dict[int, frozenset[int]]:
    """For each published actor of the territory with a confirmed subscription, the need
    kinds its offers answer (one query: its offers joined to the kinds they answer)."""
    rows = (
        Actor.offers.through.objects.filter(
            actor__territory=territory,
            actor__live=True,
            actor__digest_subscription__status=DigestSubscription.Status.CONFIRMED,
            offer__answers__isnull=False,
        )
        .values_list("actor_id", "offer__answers")
        .distinct()
    )
    kinds: dict[int, set[int]] = defaultdict(set)
    for actor_id, kind_id in rows:
        kinds[actor_id].add(kind_id)
    return {actor_id: frozenset(ids) for actor_id, ids in kinds.items()}


def new_needs(territory: Territory, after: datetime, until: datetime) -> list[DigestNeed]:
    """The territory's open needs on its board created in (after, until], newest first, with
    their public fields only (one query)."""
    base = territory.url.rstrip("/")
    rows = (
        Need.objects.on_board(territory)  # type: ignore[no-untyped-call]  # projects.models
        .filter(created_at__gt=after, created_at__lte=until)
        .order_by("-created_at", "-pk")
        .values_list(
            "pk",
            "title",
            "kind__name",
            "project__title",
            "actor__name",
            "deadline",
            "quantity",
            "created_at",
            "kind_id",
            "actor_id",
        )
    )
    return [
        DigestNeed(
            pk=pk,
            title=title,
            kind=kind,
            owner=project or actor or "",
            deadline=deadline,
            quantity=quantity,
            created_at=created,
            kind_id=kind_id,
            actor_id=actor_id,
            url=base + reverse("need_detail", kwargs={"pk": pk}),
        )
        for pk, title, kind, project, actor, deadline, quantity, created, kind_id, actor_id in rows
    ]


class NeedIndex:
    """The new needs by kind, newest first, to answer « which needs of these kinds are newer
    than this date » with a bisection per kind."""

    def __init__(self, needs: list[DigestNeed]) -> None:
        self.by_kind: dict[int, list[DigestNeed]] = defaultdict(list)
        for need in needs:  # newest first: each kind's list is too
            self.by_kind[need.kind_id].append(need)
        # Ascending keys for ``bisect``: minus the timestamp.
        self.keys = {
            kind_id: [-need.created_at.timestamp() for need in kind_needs]
            for kind_id, kind_needs in self.by_kind.items()
        }

    def for_subscriber(
        self, kinds: frozenset[int], since: datetime, actor_id: int, limit: int
    ) -> tuple[list[DigestNeed], int]:
        """The newest ``limit`` needs of ``kinds`` created after ``since`` (not the
        subscriber's own), and how many there are in all."""
        cutoff = -since.timestamp()
        lists = []
        total = 0
        for kind_id in kinds:
            keys = self.keys.get(kind_id)
            if not keys:
                continue
            count = bisect.bisect_left(keys, cutoff)  # those strictly newer than ``since``
            if count:
                kind_needs = self.by_kind[kind_id]
                lists.append(itertools.islice(kind_needs, count))
                total += count
                # A need the subscriber's own actor published is not news to it.
                total -= sum(1 for need in kind_needs[:count] if need.actor_id == actor_id)
        if not total:
            return [], 0
        merged = heapq.merge(*lists, key=lambda need: (need.created_at, need.pk), reverse=True)
        listed = list(
            itertools.islice((need for need in merged if need.actor_id != actor_id), limit)
        )
        return listed, total


def _render(template: Any, context: dict[str, Any]) -> str:
    return str(template.render(context))


def territory_digest(territory: Territory, *, now: datetime | None = None) -> int:
    """Owe this week's digest of ``territory`` to its due subscribers; returns how many
    e-mails are owed. Safe to run again: a subscriber just sent one is not due."""
    now = now or timezone.now()
    due = due_subscriptions(territory, now)
    if not due:
        return 0
    kinds = answered_kinds(territory)
    due = [row for row in due if kinds.get(row.actor_id)]
    if not due:
        return 0
    index = NeedIndex(new_needs(territory, min(row.since for row in due), now))
    if not index.by_kind:
        return 0

    body_template = get_template(TEMPLATE + ".txt")
    subject_template = get_template(TEMPLATE + "_subject.txt")
    shared = territory_mail_context(territory) | {
        "board_url": territory.url.rstrip("/") + reverse("needs_board"),
        "max_needs": DIGEST_MAX_NEEDS,
    }
    base = territory.url.rstrip("/")
    reply_to = shared["contact_email"] or ""

    owed = 0
    batch: list[tuple[int, Notification]] = []
    for row in due:
        listed, total = index.for_subscriber(
            kinds[row.actor_id], row.since, row.actor_id, DIGEST_MAX_NEEDS
        )
        if not total:
            continue
        context = shared | {
            "actor_name": row.actor_name,
            "needs": listed,
            "total": total,
            "more": total - len(listed),
            "unsubscribe_url": base + unsubscribe_path(row.subscription_id),
        }
        subject = " ".join(_render(subject_template, context).split())
        notification = Notification(
            recipients=row.email,
            subject=subject[:255],
            body=_render(body_template, context),
            reply_to=reply_to,
        )
        batch.append((row.subscription_id, notification))
        if len(batch) >= DIGEST_BATCH:
            owed += _owe_batch(batch, now)
            batch = []
    if batch:
        owed += _owe_batch(batch, now)
    return owed


def _owe_batch(batch: list[tuple[int, Notification]], now: datetime) -> int:
    """One transaction: the e-mails' rows, the subscriptions moved on, the sending owed."""
    with transaction.atomic():
        created = Notification.objects.bulk_create([item[1] for item in batch])
        DigestSubscription.objects.filter(pk__in=[item[0] for item in batch]).update(
            last_sent_at=now, since=now
        )
        owe(SEND_TASK, [notification.pk for notification in created])
    return len(created)


def territories_with_subscribers() -> list[int]:
    """The territories that have at least one confirmed subscription (one query)."""
    return list(
        Territory.objects.filter(
            actors__digest_subscription__status=DigestSubscription.Status.CONFIRMED
        )
        .order_by("pk")
        .values_list("pk", flat=True)
        .distinct()
    )
