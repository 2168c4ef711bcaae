"""Who works with whom: actors linked through the live projects and experiences they share.

Nodes are the live actors of one territory; projects and experiences are not nodes but the
labels of the edges (a graph of actors alone stays readable at a few hundred nodes). Two
actors are linked when they are both partners of a live project (``ProjectPartner``) or both
involved in a live experience (``ExperienceActor``) of the same territory; the edge's weight
is the number of such shared actions.

A graph is read in two queries, whatever the number of actors:

1. the edges, aggregated by the database: a self-join of the actor-action links grouped by
   pair of actors (``edge_rows``);
2. the links themselves with the actors' and actions' public fields, for the node labels and
   the accessible list (who works with whom, through which actions).

The graph is capped: at most ``MAX_EDGES`` partnerships, the strongest (most shared
actions; on an actor's card, the actor's own first), and only the actors they join are read
and drawn; ``Graph.hidden_edges`` counts the others, which the pages announce (« N autres
partenariats non affichés ») with the theme and commune filters as the way to them. So the
drawing, the list and the Python work stay bounded as the territory grows.

Only public fields are read (name, slug, kind; title and path of live pages). Drafts (actors
or pages) and actors of other territories never appear.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import CharField, Exists, OuterRef, Q, Value

from wagtail.models import Page

from actors.models import Actor
from experiences.models import ExperienceActor

from .models import ProjectPartner

PROJECT = "p"
EXPERIENCE = "e"


def live_actors(territory):
    return Actor.objects.filter(territory=territory, live=True)


def _link_querysets(territory, actors):
    """The (kind, action id, actor id) links of the territory's live actions, restricted to
    ``actors`` (a queryset of live actors), as two querysets to union."""
    kind = CharField()
    projects = ProjectPartner.objects.filter(
        page__live=True, page__territory=territory, actor__in=actors.values("pk")
    ).annotate(action_kind=Value(PROJECT, output_field=kind))
    experiences = ExperienceActor.objects.filter(
        page__is_live=True, page__territory=territory, actor__in=actors.values("pk")
    ).annotate(action_kind=Value(EXPERIENCE, output_field=kind))
    return projects.order_by(), experiences.order_by()


MAX_EDGES = 150  # partnerships drawn and listed at most: the strongest first


def edge_rows(
    territory, actors, limit=None, focus=None
) -> tuple[list[tuple[int, int, int, int]], int]:
    """(actor id, actor id, shared projects, shared experiences) for the linked pairs of
    ``actors``, the smaller id first, and the number of pairs in all: one aggregated query.

    At most ``limit`` pairs, the strongest first (most shared actions), those of ``focus``
    (an actor id) before the others."""
    projects, experiences = _link_querysets(territory, actors)
    links = (
        projects.values_list("action_kind", "page_id", "actor_id")
        .union(experiences.values_list("action_kind", "page_id", "actor_id"))
        .order_by()
    )  # UNION (not ALL): an actor listed twice on one action counts once
    links_sql, params = links.query.sql_with_params()
    order = "weight DESC, first_id, second_id"
    order_params = []
    if focus is not None:
        order = "CASE WHEN first_id = %s OR second_id = %s THEN 0 ELSE 1 END, " + order
        order_params = [focus, focus]
    sql = (
        "WITH links (action_kind, action_id, actor_id) AS ("
        + links_sql
        + "), pairs AS (SELECT a.actor_id AS first_id, b.actor_id AS second_id,"
        " SUM(CASE WHEN a.action_kind = %s THEN 1 ELSE 0 END) AS projects,"
        " SUM(CASE WHEN a.action_kind = %s THEN 1 ELSE 0 END) AS experiences,"
        " COUNT(*) AS weight"
        " FROM links a JOIN links b ON a.action_kind = b.action_kind"
        " AND a.action_id = b.action_id AND a.actor_id < b.actor_id"
        " GROUP BY a.actor_id, b.actor_id)"
        " SELECT first_id, second_id, projects, experiences, COUNT(*) OVER () FROM pairs"
        f" ORDER BY {order} LIMIT %s"
    )
    limit = MAX_EDGES if limit is None else limit
    with connection.cursor() as cursor:
        cursor.execute(sql, (*params, PROJECT, EXPERIENCE, *order_params, limit))
        rows = cursor.fetchall()
    total = int(rows[0][4]) if rows else 0
    return [(a, b, int(p), int(e)) for a, b, p, e, _total in rows], total


def _link_details(territory, actors, actor_ids):
    """The links of ``actors`` among ``actor_ids`` (those of the pairs shown) with what the
    labels and the list show: one query."""
    projects, experiences = _link_querysets(territory, actors)
    projects = projects.filter(actor_id__in=actor_ids)
    experiences = experiences.filter(actor_id__in=actor_ids)
    fields = (
        "action_kind",
        "page_id",
        "page__title",
        "page__url_path",
        "actor_id",
        "actor__name",
        "actor__slug",
        "actor__kind__name",
    )
    rows = projects.values_list(*fields).union(experiences.values_list(*fields)).order_by()
    return list(rows)


@dataclass
class Action:
    kind: str  # PROJECT or EXPERIENCE
    id: int
    title: str
    url_path: str
    url: str = ""

    @property
    def is_project(self) -> bool:
        return self.kind == PROJECT


@dataclass
class Node:
    id: int
    name: str
    slug: str
    kind: str
    url: str
    partners: list = field(default_factory=list)  # [(Node, [Action])], by name


@dataclass
class Graph:
    nodes: list  # [Node], by name
    edges: list  # [(source Node, target Node, weight, projects, experiences)]
    total_edges: int = 0  # every pair of the scope; ``edges`` holds the strongest

    @property
    def is_empty(self) -> bool:
        return not self.edges

    @property
    def hidden_edges(self) -> int:
        """Partnerships of the scope left out of the drawing and the list (the cap)."""
        return max(self.total_edges - len(self.edges), 0)

    def as_cytoscape(self) -> dict:
        """The graph as cytoscape.js elements (public fields only)."""
        nodes = [
            {
                "data": {
                    "id": f"a{node.id}",
                    "label": node.name,
                    "kind": node.kind,
                    "url": node.url,
                    "degree": len(node.partners),
                }
            }
            for node in self.nodes
        ]
        edges = [
            {
                "data": {
                    "id": f"a{source.id}-a{target.id}",
                    "source": f"a{source.id}",
                    "target": f"a{target.id}",
                    "weight": weight,
                    "projects": projects,
                    "experiences": experiences,
                }
            }
            for source, target, weight, projects, experiences in self.edges
        ]
        return {
            "nodes": nodes,
            "edges": edges,
            "total_edges": self.total_edges,
            "hidden_edges": self.hidden_edges,
        }


def build_graph(territory, actors, url_for_page=None, *, limit=None, focus=None) -> Graph:
    """The partnership graph of ``actors`` (live actors of ``territory``): two queries,
    whatever their number. At most ``limit`` partnerships (``MAX_EDGES``), the strongest,
    those of ``focus`` (an actor id) first; ``Graph.hidden_edges`` counts the others.

    ``url_for_page(page_id, url_path)`` turns an action into a link (none without it)."""
    pairs, total = edge_rows(territory, actors, limit=limit, focus=focus)
    if not pairs:
        return Graph(nodes=[], edges=[], total_edges=total)
    shown = sorted({actor_id for pair in pairs for actor_id in pair[:2]})
    details = _link_details(territory, actors, shown)
    nodes: dict[int, Node] = {}
    actions: dict[tuple[str, int], Action] = {}
    members: dict[tuple[str, int], list[int]] = defaultdict(list)
    for kind, page_id, title, url_path, actor_id, name, slug, kind_name in details:
        key = (kind, page_id)
        if key not in actions:
            action = Action(kind, page_id, title, url_path)
            if url_for_page is not None:
                action.url = url_for_page(page_id, url_path) or ""
            actions[key] = action
        members[key].append(actor_id)
        if actor_id not in nodes:
            nodes[actor_id] = Node(actor_id, name, slug, kind_name, f"/acteurs/{slug}/")
    shared: dict[tuple[int, int], list[Action]] = defaultdict(list)
    for key, actor_ids in members.items():
        ordered = sorted(set(actor_ids))
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 :]:
                shared[(first, second)].append(actions[key])
    edges = []
    for first, second, projects, experiences in pairs:
        source, target = nodes[first], nodes[second]
        edges.append((source, target, projects + experiences, projects, experiences))
        together = sorted(shared[(first, second)], key=lambda a: (a.kind, a.title.lower()))
        source.partners.append((target, together))
        target.partners.append((source, together))
    linked = [node for node in nodes.values() if node.partners]
    for node in linked:
        node.partners.sort(key=lambda item: item[0].name.lower())
    linked.sort(key=lambda node: node.name.lower())
    edges.sort(key=lambda edge: (edge[0].name.lower(), edge[1].name.lower()))
    return Graph(nodes=linked, edges=edges, total_edges=total)


# --- The three scopes -----------------------------------------------------------------------


def territory_actors(territory, theme=None, commune=None):
    """The territory's live actors, narrowed to a theme and/or a commune (the graph's filters
    select actors: an edge shows when both its ends match)."""
    actors = live_actors(territory)
    if theme is not None:
        actors = actors.filter(themes=theme)
    if commune is not None:
        actors = actors.filter(commune_insee=commune.insee_code)
    return actors


def actor_circle(actor):
    """The actor and the live actors of its territory it shares a live action with."""
    projects = ProjectPartner.objects.filter(
        actor=actor, page__live=True, page__territory_id=actor.territory_id
    ).values("page_id")
    experiences = ExperienceActor.objects.filter(
        actor=actor, page__is_live=True, page__territory_id=actor.territory_id
    ).values("page_id")
    shares_project = ProjectPartner.objects.filter(actor=OuterRef("pk"), page_id__in=projects)
    shares_experience = ExperienceActor.objects.filter(
        actor=OuterRef("pk"), page_id__in=experiences
    )
    return live_actors(actor.territory_id).filter(
        Q(pk=actor.pk) | Exists(shares_project) | Exists(shares_experience)
    )


def project_circle(project):
    """The live actors of the project's territory that are partners of the project."""
    return live_actors(project.territory_id).filter(
        Exists(ProjectPartner.objects.filter(actor=OuterRef("pk"), page_id=project.pk))
    )


# --- Links and the includes' context --------------------------------------------------------


def page_url_builder(request):
    """``build(page_id, url_path)``: the page's URL as Wagtail routes it (relative on the
    request's own site), from the site root paths Wagtail caches: no query per page."""
    # One Page, its id and path changed for each link: building a Page (a ClusterableModel)
    # per link cost more than the rest of a commune report. ``get_url`` reads only those
    # two fields, and the site root paths it caches on the request.
    page = Page()

    def build(page_id, url_path):
        page.id, page.url_path = page_id, url_path
        return page.get_url(request) or ""

    return build


def actor_partnerships(actor, request) -> dict:
    """Context of ``projects/includes/partnerships_actor.html``: the actor's circle (the
    actor, its partners and the links between them) and the actor's own node."""
    if not actor.pk or not actor.live:
        return {"graph": None, "focus": None}
    graph = build_graph(
        actor.territory_id, actor_circle(actor), page_url_builder(request), focus=actor.pk
    )
    focus = next((node for node in graph.nodes if node.id == actor.pk), None)
    return {"graph": graph, "focus": focus}


def project_partnerships(project, request) -> dict:
    """Context of ``projects/includes/partnerships_project.html``: the project's partners
    and every live action they share (this project and others)."""
    if not project.pk or not project.territory_id:
        return {"graph": None}
    graph = build_graph(project.territory_id, project_circle(project), page_url_builder(request))
    return {"graph": graph}
