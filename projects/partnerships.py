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

Only public fields are read (name, slug, kind; title and path of live pages). Drafts (actors
or pages) and actors of other territories never appear.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import CharField, Exists, OuterRef, Q, Value

from experiences.models import ExperienceActor
from territories.models import Actor

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


def edge_rows(territory, actors) -> list[tuple[int, int, int, int]]:
    """(actor id, actor id, shared projects, shared experiences) for every linked pair of
    ``actors``, the smaller id first: one aggregated query."""
    projects, experiences = _link_querysets(territory, actors)
    links = (
        projects.values_list("action_kind", "page_id", "actor_id")
        .union(experiences.values_list("action_kind", "page_id", "actor_id"))
        .order_by()
    )  # UNION (not ALL): an actor listed twice on one action counts once
    links_sql, params = links.query.sql_with_params()
    sql = (
        "WITH links (action_kind, action_id, actor_id) AS ("
        + links_sql
        + ") SELECT a.actor_id, b.actor_id,"
        " SUM(CASE WHEN a.action_kind = %s THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN a.action_kind = %s THEN 1 ELSE 0 END)"
        " FROM links a JOIN links b ON a.action_kind = b.action_kind"
        " AND a.action_id = b.action_id AND a.actor_id < b.actor_id"
        " GROUP BY a.actor_id, b.actor_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, (*params, PROJECT, EXPERIENCE))
        return [(a, b, int(p), int(e)) for a, b, p, e in cursor.fetchall()]


def _link_details(territory, actors):
    """Every link of ``actors`` with what the labels and the list show: one query."""
    projects, experiences = _link_querysets(territory, actors)
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

    @property
    def is_empty(self) -> bool:
        return not self.edges

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
        return {"nodes": nodes, "edges": edges}


def build_graph(territory, actors, url_for_page=None) -> Graph:
    """The partnership graph of ``actors`` (live actors of ``territory``): two queries.

    ``url_for_page(page_id, url_path)`` turns an action into a link (none without it)."""
    pairs = edge_rows(territory, actors)
    if not pairs:
        return Graph(nodes=[], edges=[])
    details = _link_details(territory, actors)
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
    return Graph(nodes=linked, edges=edges)


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
    from wagtail.models import Page

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
    graph = build_graph(actor.territory_id, actor_circle(actor), page_url_builder(request))
    focus = next((node for node in graph.nodes if node.id == actor.pk), None)
    return {"graph": graph, "focus": focus}


def project_partnerships(project, request) -> dict:
    """Context of ``projects/includes/partnerships_project.html``: the project's partners
    and every live action they share (this project and others)."""
    if not project.pk or not project.territory_id:
        return {"graph": None}
    graph = build_graph(project.territory_id, project_circle(project), page_url_builder(request))
    return {"graph": graph}
