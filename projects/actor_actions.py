"""What an actor takes part in, for its card: the live experiences (of any territory: a
write-up may involve actors from elsewhere) and the live projects that name it, with its
role in each. One query; pages under a view restriction are left out."""

from dataclasses import dataclass

from django.db.models import CharField, Value

from experiences.models import ExperienceActor
from network.restrictions import is_public_path

from .models import ProjectPartner
from .partnerships import EXPERIENCE, PROJECT, page_url_builder


@dataclass
class ActorAction:
    title: str
    url: str
    role: str
    published_at: object  # a datetime, or None


FIELDS = (
    "action_kind",
    "page_id",
    "page__title",
    "page__url_path",
    "page__path",
    "role",
    "page__first_published_at",
)


def actor_actions(actor, request) -> dict:
    """``{"experiences": [...], "projects": [...]}``, the newest first."""
    if not actor.pk or not actor.live:
        return {"experiences": [], "projects": []}
    kind = CharField()
    experiences = ExperienceActor.objects.filter(actor=actor, page__is_live=True).annotate(
        action_kind=Value(EXPERIENCE, output_field=kind)
    )
    projects = ProjectPartner.objects.filter(actor=actor, page__live=True).annotate(
        action_kind=Value(PROJECT, output_field=kind)
    )
    rows = (
        experiences.order_by()
        .values_list(*FIELDS)
        .union(projects.order_by().values_list(*FIELDS), all=True)
        .order_by()  # not the links' own ordering (sort_order), absent from the union
    )
    url_for = page_url_builder(request)
    found: dict[str, dict[int, ActorAction]] = {EXPERIENCE: {}, PROJECT: {}}
    for action_kind, page_id, title, url_path, path, role, published_at in rows:
        if not is_public_path(path) or page_id in found[action_kind]:
            continue  # restricted; or the actor listed twice on the page (one role kept)
        found[action_kind][page_id] = ActorAction(
            title, url_for(page_id, url_path), role, published_at
        )
    return {
        "experiences": _newest_first(found[EXPERIENCE]),
        "projects": _newest_first(found[PROJECT]),
    }


def _newest_first(actions: dict) -> list:
    dated = sorted(
        (a for a in actions.values() if a.published_at), key=lambda a: a.published_at, reverse=True
    )
    return dated + sorted(
        (a for a in actions.values() if not a.published_at), key=lambda a: a.title
    )
