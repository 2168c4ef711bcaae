"""Demo introductions: in each territory, a few of the pairs the team would be suggested
(its seeking actors and open needs, each with the nearest actor whose offers answer it),
introduced over the last twelve months, with what came of them, so the impact figures and
charts are not empty.

Each introduction is dated explicitly (a spread over the past year, the most recent ones
too young to have been followed up); the older ones have had their follow-up and most an
answer: « ça a marché » (which fills a need introduced through it), « en cours » or « sans
suite ». The texts are those the team's form prefills. No e-mail is sent.

``load_introductions()`` leaves a territory that already has introductions as it is, so the
loader can run again.
"""

from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from actors.models import Actor
from projects.introductions import (
    FOLLOW_UP_AFTER,
    default_message,
    default_subject,
    suggested_pairs,
)
from projects.models import (
    Introduction,
    IntroductionOutcome,
    IntroductionParty,
    Need,
    NeedStatus,
)
from territories.models import Territory

PER_TERRITORY = 9  # introductions at most in a territory
SPREAD_DAYS = 350  # the oldest is this old; the others evenly more recent
# What came of them, oldest first ("": the parties have not answered yet).
OUTCOMES = [
    IntroductionOutcome.WORKED,
    IntroductionOutcome.NO_FOLLOW_UP,
    IntroductionOutcome.WORKED,
    IntroductionOutcome.ONGOING,
    "",
    IntroductionOutcome.WORKED,
    IntroductionOutcome.NO_FOLLOW_UP,
    IntroductionOutcome.ONGOING,
    IntroductionOutcome.WORKED,
]


def _dates(count: int, now: datetime) -> list[datetime]:
    """``count`` dates from SPREAD_DAYS ago to a week ago, oldest first, at office hours."""
    if count == 1:
        return [now - timedelta(days=7)]
    step = (SPREAD_DAYS - 7) / (count - 1)
    return [
        (now - timedelta(days=SPREAD_DAYS - round(i * step))).replace(
            hour=9 + i % 8, minute=15, second=0, microsecond=0
        )
        for i in range(count)
    ]


def _territory_introductions(territory: Territory, now: datetime) -> int:
    page = suggested_pairs(territory, page_size=2 * PER_TERRITORY, per_side=1)
    pairs = [(item.side, c) for item in page.sides for c in item.candidates]
    # Seeking actors and needs alternate, so both kinds show in the listing.
    needs = [p for p in pairs if p[0].need is not None]
    seekers = [p for p in pairs if p[0].need is None]
    mixed = [p for pair in zip(seekers, needs, strict=False) for p in pair]
    mixed += seekers[len(needs) :] + needs[len(seekers) :]
    chosen = mixed[:PER_TERRITORY]
    if not chosen:
        return 0
    editor = get_user_model().objects.filter(username=f"editeur-{territory.slug}").first()
    answerers = Actor.objects.select_related("kind").in_bulk([c.actor_id for _s, c in chosen])
    for index, ((side, candidate), created_at) in enumerate(
        zip(chosen, _dates(len(chosen), now), strict=True)
    ):
        answerer = answerers[candidate.actor_id]
        introduction = Introduction(
            territory=territory,
            need=side.need,
            seeker=side.seeker,
            need_kind=side.kind,
            answerer=answerer,
            subject=default_subject(side, answerer, territory),
            message=default_message(side, answerer, territory),
            need_email=side.email(),
            answerer_email=answerer.email,
            sent_by=editor,
            created_at=created_at,
        )
        follow_up = created_at + FOLLOW_UP_AFTER
        if follow_up < now:
            introduction.follow_up_sent_at = follow_up
            outcome = OUTCOMES[index % len(OUTCOMES)]
            answered = follow_up + timedelta(days=2 + index % 5)
            if outcome and answered < now:
                introduction.outcome = outcome
                introduction.outcome_at = answered
                introduction.outcome_by = (
                    IntroductionParty.NEED if index % 2 else IntroductionParty.ANSWERER
                )
        introduction.full_clean(exclude=["sent_by"])
        introduction.save()
        if introduction.outcome == IntroductionOutcome.WORKED and side.need is not None:
            Need.objects.filter(pk=side.need.pk, status=NeedStatus.OPEN).update(
                status=NeedStatus.FILLED, filled_through=introduction
            )
    return len(chosen)


def load_introductions(now: datetime | None = None) -> int:
    """Create the demo introductions of the territories that have none; returns how many."""
    now = now or timezone.now()
    created = 0
    with transaction.atomic():
        for territory in Territory.objects.filter(site__isnull=False).order_by("slug"):
            if Introduction.objects.filter(territory=territory).exists():
                continue
            created += _territory_introductions(territory, now)
    return created
