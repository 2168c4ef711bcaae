"""« Mettre en relation »: the pairs a territory's team may introduce, the introduction
itself, the follow-up a month later and the outcome its link records.

- ``suggested_pairs``: the open needs and the seeking actors of a territory (the need
  side), each with the published actors whose offers answer it, nearest first, without
  the pairs already introduced. Paginated over the need side; a bounded number of queries
  whatever the page (the page's needs and seekers, then one to three UNIONs of a top-N per
  need side: in a small box around it, a bigger one, the whole territory).
- ``introduce``: records the introduction and owes ONE e-mail to each party (the same text,
  edited by the team), through the outbox, in one transaction.
- ``follow_ups_send`` (Celery beat, hourly): a month after, each party receives a signed
  link asking what came of it; ``outcome_record`` keeps the first answer only, for the whole
  introduction (``Introduction.outcome_by`` says which party gave it). « Ça a marché » on a
  need fills it through the introduction (``Need.filled_through``).

Addresses: an actor is written to at its public address only (``Actor.email``, never the
private referent's); a project's need at its lead's (``lead_email``: the address the
project gives for offers of help, as « Je m'y greffe »). Each party receives its own
e-mail: no one sees the other's address unless it is public, and the text names public
contact details only. A need side or an actor without an address is never suggested.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import connections, transaction
from django.db.models import (
    Exists,
    F,
    FloatField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.matching import KM_PER_DEGREE, SEARCH_RADII_KM, answering_offers, distance_km
from actors.models import Actor, ActorKind, NeedKind
from network.models import SiteIdentity
from network.notifications import notify
from network.public_forms import ExpiredLink, read_link, sign_link
from network.public_forms import commit as commit_with_hooks
from territories.models import Commune, Territory

from .models import (
    Introduction,
    IntroductionOutcome,
    IntroductionParty,
    Need,
    NeedStatus,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User

EMAIL_TEMPLATES = "projects/emails/"
PAGE_SIZE = 10  # need sides per page of suggested pairs
PER_SIDE = 3  # answering actors suggested for each
FOLLOW_UP_AFTER = timedelta(days=30)
FOLLOW_UP_BATCH = 200  # introductions followed up per run of the task
FOLLOW_UP_SALT = "projects.introduction-follow-up"
FOLLOW_UP_MAX_AGE = timedelta(days=60)  # from the follow-up e-mail
PARTY_CODES: dict[str, int] = {IntroductionParty.NEED: 0, IntroductionParty.ANSWERER: 1}


# --- The need side ----------------------------------------------------------------------


@dataclass
class NeedSide:
    """What is sought: a ``need``, or a ``seeker`` actor and the need kind it seeks."""

    kind: NeedKind
    need: Need | None = None
    seeker: Actor | None = None
    place: tuple[float, float] | None = None
    introduced: bool = False  # some introduction was already made for it

    @property
    def title(self) -> str:
        if self.need is not None:
            return self.need.title
        assert self.seeker is not None
        return _("%(actor)s cherche : %(kind)s") % {
            "actor": self.seeker.name,
            "kind": self.kind.name.lower(),
        }

    @property
    def owner_actor(self) -> Actor | None:
        """The actor on the need side (a seeker, or the actor whose need it is)."""
        if self.seeker is not None:
            return self.seeker
        return self.need.actor if self.need is not None else None

    def email(self) -> str:
        """The address the need side is written to ("" when it has none)."""
        actor = self.owner_actor
        if actor is not None:
            return actor.email
        need = self.need
        if need is not None and need.project is not None:
            return need.project.lead_email
        return ""

    def introduced_filter(self) -> "QuerySet[Introduction]":
        if self.need is not None:
            return Introduction.objects.filter(need=self.need)
        return Introduction.objects.filter(seeker=self.seeker, need_kind=self.kind)

    def introduce_url(self, answerer_id: int) -> str:
        if self.need is not None:
            return reverse("projects_introductions:need", args=[self.need.pk, answerer_id])
        assert self.seeker is not None
        url = reverse("projects_introductions:seeker", args=[self.seeker.pk, answerer_id])
        return f"{url}?type={self.kind.pk}"


@dataclass
class Candidate:
    """An actor who can answer a need side (public fields only)."""

    actor_id: int
    name: str
    city: str
    kind: str
    distance_km: float | None

    @property
    def distance_label(self) -> str:
        if self.distance_km is None:
            return ""
        return _("à %(distance)s km") % {"distance": f"{self.distance_km:.1f}".replace(".", ",")}


@dataclass
class SuggestedSide:
    side: NeedSide
    candidates: list[Candidate] = field(default_factory=list)

    def pairs(self) -> list[tuple[Candidate, str]]:
        return [(c, self.side.introduce_url(c.actor_id)) for c in self.candidates]


@dataclass
class PairsPage:
    sides: list[SuggestedSide]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def answered_kinds() -> "QuerySet[Any]":
    """The need kinds some offer answers (a subquery): the others have no one to suggest."""
    return NeedKind.answered_by.through.objects.values("needkind_id")


def contactable_needs(territory: Territory) -> "QuerySet[Need]":
    """The territory's open needs (approved, project or actor published: as
    ``Need.objects.visible()``) that some offer answers and that have an address to write
    to.

    Written with joins, read per need along their primary keys: ``visible()``'s ``EXISTS``
    probes sit in ORs, which PostgreSQL turned into hashes of every actor of the table
    (50,000 at the bench size, 40 ms) to read 3,000 needs."""
    return (
        Need.objects.filter(
            territory=territory,
            status=NeedStatus.OPEN,
            is_approved=True,
            kind_id__in=answered_kinds(),
        )
        .filter(Q(project_id__isnull=True) | Q(project__live=True))
        .filter(
            (Q(actor_id__isnull=False, actor__live=True) & ~Q(actor__email=""))
            | (Q(actor_id__isnull=True, project_id__isnull=False) & ~Q(project__lead_email=""))
        )
    )


def contactable_seeks(territory: Territory) -> "QuerySet[Any]":
    """The (published actor with an address, need kind it seeks) rows of the territory, for
    the need kinds some offer answers.

    The actor is a scalar subquery probed by primary key for each row: as ``EXISTS``,
    PostgreSQL made it a hash join reading every actor of the table (50,000 at the bench
    size) for a few thousand rows."""
    seeks: QuerySet[Any] = Actor.seeks.through.objects.all()
    seeker = (
        Actor.objects.filter(pk=OuterRef("actor_id"), territory=territory, live=True)
        .exclude(email="")
        .order_by()
        .values("pk")[:1]
    )
    rows: QuerySet[Any] = seeks.annotate(seeker=Subquery(seeker)).filter(
        seeker__isnull=False, needkind_id__in=answered_kinds()
    )
    return rows


def _first_commune(relation: str, outer: str, column: str) -> Subquery:
    communes = Commune.objects.filter(
        **{relation: OuterRef(outer)}, latitude__isnull=False, longitude__isnull=False
    ).order_by("name", "pk")
    return Subquery(communes.values(column)[:1], output_field=FloatField())


def _place_of(latitude: float | None, longitude: float | None) -> tuple[float, float] | None:
    if latitude is None or longitude is None:
        return None
    return latitude, longitude


def _need_sides(territory: Territory, offset: int, limit: int) -> list[NeedSide]:
    """A slice of the open needs, the newest first (read along the board's index, so a
    page stops probing needs once it has its own). Where each is
    (as on a need's page): its actor, else its first commune, else its project's first."""
    rows = (
        contactable_needs(territory)
        .select_related("kind", "actor", "project")
        .only(
            "pk",
            "title",
            "territory_id",
            "kind__name",
            "kind__slug",
            "actor__name",
            "actor__slug",
            "actor__email",
            "actor__phone",
            "actor__website",
            "actor__territory_id",
            "project__title",
            "project__url_path",
            "project__lead_name",
            "project__lead_email",
        )
        .annotate(
            introduced=Exists(Introduction.objects.filter(need=OuterRef("pk"))),
            place_lat=Coalesce(
                F("actor__latitude"),
                _first_commune("needs", "pk", "latitude"),
                _first_commune("projects", "project_id", "latitude"),
            ),
            place_lng=Coalesce(
                F("actor__longitude"),
                _first_commune("needs", "pk", "longitude"),
                _first_commune("projects", "project_id", "longitude"),
            ),
        )
        .order_by("-created_at", "-pk")[offset : offset + limit]
    )
    return [
        NeedSide(
            kind=need.kind,
            need=need,
            place=_place_of(need.place_lat, need.place_lng),
            introduced=need.introduced,
        )
        for need in rows
    ]


def _seeker_sides(territory: Territory, offset: int, limit: int) -> list[NeedSide]:
    """A slice of the seeking actors (one side per need kind sought), by actor (its id: a
    stable order read along the table's index, without joining every actor)."""
    rows = list(
        contactable_seeks(territory)
        .annotate(
            introduced=Exists(
                Introduction.objects.filter(
                    seeker_id=OuterRef("actor_id"), need_kind_id=OuterRef("needkind_id")
                )
            )
        )
        .order_by("actor_id", "needkind_id")
        .values_list("actor_id", "needkind_id", "introduced")[offset : offset + limit]
    )
    actors = Actor.objects.in_bulk({actor_id for actor_id, _kind, _i in rows})
    kinds = NeedKind.objects.in_bulk({kind_id for _actor, kind_id, _i in rows})
    return [
        NeedSide(
            kind=kinds[kind_id],
            seeker=actors[actor_id],
            place=_place_of(actors[actor_id].latitude, actors[actor_id].longitude),
            introduced=introduced,
        )
        for actor_id, kind_id, introduced in rows
    ]


def _table(model: Any) -> str:
    return str(connections[Actor.objects.db].ops.quote_name(model._meta.db_table))


def _candidates_sql(
    side: NeedSide, index: int, territory_id: int, limit: int, radius_km: float | None
) -> tuple[str, list[Any]]:
    """One side's best ``limit`` candidates, nearest first, as SQL and its parameters:
    published actors of the territory with a public address, offering what answers the
    side's need kind, not the side's own actor, not introduced to it yet; within the box
    of ``radius_km`` around its place when given (read along the map's index on the
    actors' positions).

    Written by hand (portable SQL): compiling ten querysets this shape cost Django 30 ms
    a page, more than the database took to answer them."""
    actor, kind = _table(Actor), _table(ActorKind)
    offers, answers = _table(Actor.offers.through), _table(NeedKind.answered_by.through)
    introductions = _table(Introduction)
    sql = [
        f"SELECT %s AS side, a.id, a.name, a.city, k.name AS kind_name, a.latitude, a.longitude "
        f"FROM {actor} a INNER JOIN {kind} k ON k.id = a.kind_id "
        f"WHERE a.live AND a.territory_id = %s AND a.email <> '' "
        f"AND a.id IN (SELECT o.actor_id FROM {offers} o INNER JOIN {answers} n "
        f"ON n.offer_id = o.offer_id WHERE n.needkind_id = %s) "
    ]
    params: list[Any] = [index, territory_id, side.kind.pk]
    if side.need is not None:
        sql.append(
            f"AND a.id NOT IN (SELECT i.answerer_id FROM {introductions} i WHERE i.need_id = %s) "
        )
        params.append(side.need.pk)
    else:
        assert side.seeker is not None
        sql.append(
            f"AND a.id NOT IN (SELECT i.answerer_id FROM {introductions} i "
            f"WHERE i.seeker_id = %s AND i.need_kind_id = %s) "
        )
        params += [side.seeker.pk, side.kind.pk]
    owner = side.owner_actor
    if owner is not None:
        sql.append("AND a.id <> %s ")
        params.append(owner.pk)
    if side.place is None:
        sql.append("ORDER BY a.name, a.id ")
    else:
        lat, lng = side.place
        if radius_km is not None:
            dlat = radius_km / KM_PER_DEGREE
            dlng = dlat / max(math.cos(math.radians(lat)), 0.01)
            sql.append("AND a.latitude BETWEEN %s AND %s AND a.longitude BETWEEN %s AND %s ")
            params += [lat - dlat, lat + dlat, lng - dlng, lng + dlng]
        # Squared equirectangular distance (as actors.matching); no position: last.
        sql.append(
            "ORDER BY CASE WHEN a.latitude IS NULL OR a.longitude IS NULL THEN 1 ELSE 0 END, "
            "(a.latitude - %s) * (a.latitude - %s) "
            "+ (a.longitude - %s) * (a.longitude - %s) * %s, a.name, a.id "
        )
        params += [lat, lat, lng, lng, math.cos(math.radians(lat)) ** 2]
    sql.append("LIMIT %s")
    params.append(limit)
    return "".join(sql), params


def _candidates_round(
    sides: list[NeedSide], wanted: list[int], territory_id: int, limit: int, radius_km: float | None
) -> dict[int, list[tuple[Any, ...]]]:
    """ONE query for the sides ``wanted``: a UNION ALL of one top-``limit`` per side (each
    in a derived table: SQLite allows no LIMIT in a UNION's own members)."""
    parts, params = [], []
    for index in wanted:
        sql, part_params = _candidates_sql(sides[index], index, territory_id, limit, radius_km)
        parts.append(f"SELECT * FROM ({sql}) AS side_{index}")
        params.extend(part_params)
    with connections[Actor.objects.db].cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        found[row[0]].append(row[1:])
    return found


def _settled(
    place: tuple[float, float], rows: list[tuple[Any, ...]], limit: int, radius_km: float
) -> bool:
    """Whether a box's best rows are the territory's: ``limit`` of them, the farthest
    within the circle the box holds (any actor outside the box is farther)."""
    if len(rows) < limit:
        return False
    lat, lng = place
    scale = math.cos(math.radians(lat))
    farthest = max(
        math.hypot(latitude - lat, (longitude - lng) * scale) for *_, latitude, longitude in rows
    )
    return farthest * KM_PER_DEGREE <= radius_km


def candidates_of(
    sides: list[NeedSide], territory_id: int, limit: int = PER_SIDE
) -> list[list[Candidate]]:
    """Each side's best ``limit`` candidates, nearest first, in at most
    ``len(SEARCH_RADII_KM)`` queries (as ``actors.matching``): the sides with a place are
    looked for in a small box around it first, then in a bigger one, then in the whole
    territory; each round is one UNION for its sides."""
    if not sides:
        return []
    found: dict[int, list[tuple[Any, ...]]] = {}
    wanted = list(range(len(sides)))
    for radius_km in SEARCH_RADII_KM:
        if radius_km is not None:
            boxed = [i for i in wanted if sides[i].place is not None]
        else:
            boxed = wanted
        if not boxed:
            continue
        rows = _candidates_round(sides, boxed, territory_id, limit, radius_km)
        for index in boxed:
            place = sides[index].place
            side_rows = rows.get(index, [])
            if radius_km is None or (
                place is not None and _settled(place, side_rows, limit, radius_km)
            ):
                found[index] = side_rows
        wanted = [i for i in wanted if i not in found]
        if not wanted:
            break
    ranked = []
    for index, side in enumerate(sides):
        candidates = []
        for actor_id, name, city, kind, latitude, longitude in found.get(index, []):
            distance = None
            if side.place is not None and latitude is not None and longitude is not None:
                distance = distance_km(side.place[0], side.place[1], latitude, longitude)
            candidates.append(Candidate(actor_id, name, city, kind, distance))
        # A UNION keeps no order: each side's best are ranked again, as its query ranked them.
        candidates.sort(key=lambda c: (c.distance_km is None, c.distance_km or 0.0, c.name))
        ranked.append(candidates)
    return ranked


def suggested_pairs(
    territory: Territory, page: int = 1, page_size: int = PAGE_SIZE, per_side: int = PER_SIDE
) -> PairsPage:
    """One page of need sides (open needs first, the newest first, then seeking actors),
    each with up to ``per_side`` actors who can answer it and were not introduced to it.

    No count: each slice reads one row more than the page, which tells whether a page
    follows, and where the needs end. Queries: the page's needs; when they end on it, its
    seeking actors (their rows, actors and kinds); the needs' count only for a page past
    them all; then one to three for the candidates."""
    number = max(1, page)
    start = (number - 1) * page_size
    needs = _need_sides(territory, start, page_size + 1)
    sides, has_next = needs[:page_size], len(needs) > page_size
    if not has_next:
        if needs or start == 0:
            needs_total = start + len(needs)
        else:
            needs_total = contactable_needs(territory).count()
        wanted = page_size - len(needs)
        seekers = _seeker_sides(territory, max(0, start - needs_total), wanted + 1)
        has_next = len(seekers) > wanted
        sides += seekers[:wanted]
    candidates = candidates_of(sides, territory.pk, per_side)
    return PairsPage(
        sides=[SuggestedSide(side, found) for side, found in zip(sides, candidates, strict=True)],
        number=number,
        has_next=has_next,
    )


# --- One pair, for the team's « Mettre en relation » form --------------------------------


class NotIntroducible(Exception):
    """The pair cannot be introduced (gone, not answering, no address...): 404."""


def need_side_of_need(territory: Territory, need_id: int) -> NeedSide:
    need = (
        contactable_needs(territory)
        .select_related("kind", "actor", "project", "territory")
        .filter(pk=need_id)
        .first()
    )
    if need is None:
        raise NotIntroducible
    return NeedSide(kind=need.kind, need=need)


def need_side_of_seeker(territory: Territory, seeker_id: int, kind_id: int) -> NeedSide:
    row = (
        contactable_seeks(territory)
        .select_related("actor", "needkind")
        .filter(actor_id=seeker_id, needkind_id=kind_id)
        .first()
    )
    if row is None:
        raise NotIntroducible
    return NeedSide(kind=row.needkind, seeker=row.actor)


def answerer_for(side: NeedSide, territory: Territory, answerer_id: int) -> Actor:
    """The published actor of the territory, with a public address, whose offers answer
    the side's need kind; raises NotIntroducible otherwise (forged or stale ids)."""
    owner = side.owner_actor
    actor: Actor | None = (
        Actor.objects.filter(
            pk=answerer_id,
            live=True,
            territory=territory,
            offers__in=answering_offers([side.kind.pk]),
        )
        .exclude(email="")
        .exclude(pk=owner.pk if owner is not None else None)
        .select_related("kind")
        .first()
    )
    if actor is None:
        raise NotIntroducible
    return actor


def already_introduced(side: NeedSide, answerer: Actor) -> bool:
    return side.introduced_filter().filter(answerer=answerer).exists()


def site_name(territory: Territory) -> str:
    identity = SiteIdentity.for_site(territory.site) if territory.site_id else None
    return (identity.short_name if identity else "") or territory.name


def _absolute(territory: Territory, path: str) -> str:
    return territory.url.rstrip("/") + path


def _actor_lines(actor: Actor, territory: Territory) -> list[str]:
    """An actor's public contact details, one per line."""
    lines = [_("Fiche : %(url)s") % {"url": _absolute(territory, actor.get_url_path())}]
    if actor.email:
        lines.append(_("Courriel : %(email)s") % {"email": actor.email})
    if actor.phone:
        lines.append(_("Téléphone : %(phone)s") % {"phone": actor.phone})
    if actor.website:
        lines.append(_("Site web : %(url)s") % {"url": actor.website})
    return lines


def default_subject(side: NeedSide, answerer: Actor, territory: Territory) -> str:
    return _("[%(site)s] Mise en relation : %(need)s et %(actor)s") % {
        "site": site_name(territory),
        "need": side.owner_actor.name if side.owner_actor is not None else side.title,
        "actor": answerer.name,
    }


def default_message(side: NeedSide, answerer: Actor, territory: Territory) -> str:
    """The introduction's text, in French, that the team reads and edits before sending.
    Public contact details only: a project's lead is named, never its address."""
    site = site_name(territory)
    need, owner = side.need, side.owner_actor
    lines = [
        _("Bonjour,"),
        "",
        _(
            "L’équipe de %(site)s vous met en relation : nous pensons que vous pouvez "
            "vous aider mutuellement."
        )
        % {"site": site},
        "",
    ]
    if need is not None:
        lines.append(
            _("Le besoin : « %(title)s » (%(kind)s)")
            % {"title": need.title, "kind": side.kind.name.lower()}
        )
        lines.append(
            _("Page du besoin : %(url)s")
            % {"url": _absolute(territory, reverse("need_detail", args=[need.pk]))}
        )
        if owner is not None:
            lines.append(_("Publié par : %(actor)s") % {"actor": owner.name})
            lines += _actor_lines(owner, territory)
        elif need.project is not None:
            project = need.project
            lines.append(_("Projet : %(title)s") % {"title": project.title})
            if project.lead_name:
                lines.append(_("Porteur : %(name)s") % {"name": project.lead_name})
            if project.url:
                lines.append(
                    _("Page du projet : %(url)s") % {"url": _absolute(territory, project.url)}
                )
    else:
        assert owner is not None
        lines.append(
            _("%(actor)s cherche : %(kind)s")
            % {"actor": owner.name, "kind": side.kind.name.lower()}
        )
        lines += _actor_lines(owner, territory)
    lines += [
        "",
        _("Qui peut y répondre : %(actor)s (%(kind)s%(city)s)")
        % {
            "actor": answerer.name,
            "kind": answerer.kind.name.lower(),
            "city": f", {answerer.city}" if answerer.city else "",
        },
        *_actor_lines(answerer, territory),
        "",
        _(
            "Chacun de vous reçoit ce message. Écrivez-vous directement : répondre à ce "
            "courriel écrit à l’autre partie quand son adresse est publique."
        ),
        _("Dans un mois, nous vous demanderons par un lien ce qu’il en est sorti."),
        "",
        _("Bien cordialement,"),
        _("L’équipe de %(site)s") % {"site": site},
    ]
    return "\n".join(lines)


def introduce(
    *,
    territory: Territory,
    side: NeedSide,
    answerer: Actor,
    subject: str,
    message: str,
    sent_by: "User | None",
) -> Introduction:
    """Record the introduction and owe one e-mail to each party, in one transaction."""
    need_email = side.email()
    if not need_email or not answerer.email:
        raise NotIntroducible
    owner = side.owner_actor

    def work() -> Introduction:
        introduction = Introduction.objects.create(
            territory=territory,
            need=side.need,
            seeker=side.seeker,
            need_kind=side.kind,
            answerer=answerer,
            subject=subject,
            message=message,
            need_email=need_email,
            answerer_email=answerer.email,
            sent_by=sent_by,
        )
        context = {"subject": subject, "message": message}
        # Replying writes to the other party, when its address is public.
        notify([need_email], EMAIL_TEMPLATES + "introduction", context, reply_to=answerer.email)
        notify(
            [answerer.email],
            EMAIL_TEMPLATES + "introduction",
            context,
            reply_to=owner.email if owner is not None else "",
        )
        return introduction

    return commit_with_hooks(work)


# --- A month later: the follow-up and its outcome -----------------------------------------


def make_follow_up_token(introduction: Introduction, party: str) -> str:
    return sign_link(FOLLOW_UP_SALT, {"i": introduction.pk, "p": PARTY_CODES[party]})


def read_follow_up_token(token: str) -> tuple[Introduction, str]:
    """The introduction and the party the link was made for. Raises InvalidLink (400) or
    ExpiredLink (410: too old, or the introduction is gone)."""
    payload = read_link(token, salt=FOLLOW_UP_SALT, max_age=FOLLOW_UP_MAX_AGE, keys=("i", "p"))
    parties = {code: party for party, code in PARTY_CODES.items()}
    if payload["p"] not in parties:
        raise ExpiredLink
    introduction = (
        Introduction.objects.filter(pk=payload["i"])
        .select_related("need", "seeker", "answerer", "need_kind", "territory")
        .first()
    )
    if introduction is None:
        raise ExpiredLink
    return introduction, parties[payload["p"]]


def follow_up_url(introduction: Introduction, party: str) -> str:
    token = make_follow_up_token(introduction, party)
    return _absolute(
        introduction.territory, reverse("introduction_follow_up", kwargs={"token": token})
    )


def follow_ups_due(now: datetime) -> "QuerySet[Introduction]":
    return Introduction.objects.filter(
        follow_up_sent_at__isnull=True, outcome="", created_at__lte=now - FOLLOW_UP_AFTER
    )


def follow_up_send(introduction_id: int, now: datetime) -> bool:
    """Owe both parties the follow-up e-mail with their link; True when sent by this call
    (a row lock: two runs of the task never send it twice)."""

    def work() -> bool:
        introduction = (
            follow_ups_due(now)
            .select_for_update(skip_locked=True, of=("self",))
            .filter(pk=introduction_id)
            .select_related("territory", "need", "seeker", "answerer")
            .first()
        )
        if introduction is None:
            return False
        territory = introduction.territory
        for party, address, other in (
            (IntroductionParty.NEED, introduction.need_email, introduction.answerer_name),
            (IntroductionParty.ANSWERER, introduction.answerer_email, introduction.need_side_name),
        ):
            notify(
                [address],
                EMAIL_TEMPLATES + "introduction_follow_up",
                {
                    "introduction": introduction,
                    "other": other,
                    "site_name": site_name(territory),
                    "url": follow_up_url(introduction, party),
                    "days": FOLLOW_UP_MAX_AGE.days,
                },
            )
        introduction.follow_up_sent_at = now
        introduction.save(update_fields=["follow_up_sent_at"])
        return True

    return commit_with_hooks(work)


def follow_ups_send(now: datetime | None = None) -> int:
    """The follow-ups owed (introductions a month old, not answered): at most a batch."""
    now = now or timezone.now()
    ids = list(
        follow_ups_due(now).order_by("created_at").values_list("pk", flat=True)[:FOLLOW_UP_BATCH]
    )
    return sum(follow_up_send(pk, now) for pk in ids)


def outcome_record(introduction_id: int, party: str, outcome: str) -> bool:
    """Record what came of the introduction, once: True when this call recorded it; False
    when it was already (the first answer stays). « Ça a marché » fills an open need."""
    with transaction.atomic():
        introduction = Introduction.objects.select_for_update().filter(pk=introduction_id).first()
        if introduction is None or introduction.outcome:
            return False
        introduction.outcome = outcome
        introduction.outcome_by = party
        introduction.outcome_at = timezone.now()
        introduction.save(update_fields=["outcome", "outcome_by", "outcome_at"])
        if outcome == IntroductionOutcome.WORKED and introduction.need_id is not None:
            need = Need.objects.filter(pk=introduction.need_id).first()
            if need is not None and need.status == NeedStatus.OPEN:
                need.status = NeedStatus.FILLED
                need.filled_through = introduction
                need.save(update_fields=["status", "filled_through"])  # caches follow
    return True
