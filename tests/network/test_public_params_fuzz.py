"""No public answer is a 500, whatever a visitor sends (Hypothesis).

Every public URL of the resolver (admin aside) and every live page of a small world (a
territory with communes, actors, an experience, a project with a need, an event open to
registration; the network with its library and experience index) gets hostile values for
each of its parameters: Unicode digits (« ² », « ① », « ٣ »), NUL and other control
characters, huge numbers, strings of 10,000 characters, repeated parameters, names never
read. Path segments get the same, and every public form (sign-up, update link, « Je m’y
greffe », « Je peux aider », need link and proposal, event registration, Wagtail's login for
restricted pages) gets them in each of its fields.

Checked: no 5xx (the address search's documented 503 aside: its outside service is off in
tests); a control character in the query or the path answers 400 naming the parameter (or
the address), in a form's field the form again with an error naming the field. A new public URL fails
``test_every_public_url_is_fuzzed`` until it is added here.

Runs on SQLite and PostgreSQL (where NUL in a query is a DataError). ``EXAMPLES`` bounds the
examples per URL and form, so the module stays under a minute on SQLite.
"""

import itertools
import json
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django import forms
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from wagtail.models import Page

from actors import signup as signup_service
from actors.models import ActorSignup
from actors.signup_forms import SignupForm, UpdateLinkRequestForm
from events.forms import RegistrationForm
from events.models import EventIndexPage, EventPage
from experiences.models import ExperienceIndexPage, NetworkExperienceIndexPage
from experiences.services import network_experiences_provision
from library.models import LibraryIndexPage
from network.params import CONTROL, CONTROL_BUT_LINES, shown
from projects.forms import ContributionForm, NeedLinkForm, NeedProposalForm
from projects.models import ProjectIndexPage
from projects.need_links import make_need_token
from territories.models import Commune
from tests.events.helpers import make_event
from tests.experiences.conftest import make_experience
from tests.library.helpers import make_lesson, make_library, make_method, make_term
from tests.module_data import shared_territories
from tests.projects.conftest import add_need, add_project, make_actor

pytestmark = pytest.mark.django_db

ALPHA = "alpha.localhost"
NETWORK = "localhost"
EXAMPLES = 8  # per URL, per page and per form

# --- Hostile values -------------------------------------------------------------------------

HOSTILE = [
    "²",
    "①",
    "٣",
    "３",
    "¹²",
    "1²",
    "\x00",
    "a\x00b",
    "\x01",
    "\t",
    "\n",
    "\r\n",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028",
    "\u202e",
    "\ufeff",
    "-1",
    "0",
    "00",
    "1.5",
    "1e309",
    "nan",
    "-inf",
    "0x1f",
    "9" * 20,
    "9" * 400,
    "9" * 5000,
    "x" * 10_000,
    "é" * 3000,
    "",
    " ",
    ",",
    ",,,",
    "a,b",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "../../etc/passwd",
    "ﬁ",
    "İ",
    "2A004",
    "94018\n",
    "😀",
    "2.2,48.7,2.6,48.95",
    "-200,-95,200,95",
    "٢.٢,٤٨.٧,٢.٦,٤٨.٩٥",
]
hostile = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=30),  # any code point (controls included) but surrogates
    st.integers(-(10**40), 10**40).map(str),
    st.text(alphabet="0123456789²³①٣３.,-", min_size=1, max_size=8),
)
repeats = st.sampled_from([1, 1, 1, 1, 2, 3])


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@st.composite
def query_pairs(draw, parameters: dict[str, list[str]]):
    """(name, value) pairs: some of the URL's parameters, each valid or hostile, once or
    repeated, sometimes a parameter it never reads."""
    names = sorted(parameters)
    chosen = draw(st.lists(st.sampled_from(names), unique=True, max_size=4)) if names else []
    pairs = []
    for name in chosen:
        valid = st.sampled_from(parameters[name]) if parameters[name] else hostile
        for _ in range(draw(repeats)):
            pairs.append((name, draw(st.one_of(valid, hostile))))
    if not names or draw(st.integers(0, 3)) == 0:
        pairs.append((draw(st.sampled_from(["x", "utm_source", "", "\x00", "²"])), draw(hostile)))
    return pairs


def has_control(text: str) -> bool:
    return bool(CONTROL.search(text))


def body(response) -> str:
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def assert_not_5xx(response, what: str, allowed=()):
    assert response.status_code < 500 or response.status_code in allowed, (
        f"{what} answered {response.status_code}"
    )


_addresses = itertools.count(1)


def fresh_ip() -> str:
    """An address of its own per request, so no rate limit cuts the sweep short."""
    n = next(_addresses)
    return f"10.{200 + n // 62500 % 50}.{n // 250 % 250}.{n % 250 + 1}"


def hypothesis_settings():
    return settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


# --- The world ------------------------------------------------------------------------------


@pytest.fixture
def world(territory_a, network_home):
    """A territory and the network with one of everything a public URL shows."""
    for code, name, lat, lng in (
        ("94018", "Charenton-le-Pont", 48.82, 2.41),
        ("94080", "Vincennes", 48.85, 2.44),
    ):
        Commune.objects.create(
            territory=territory_a, insee_code=code, name=name, latitude=lat, longitude=lng
        )
    actor = make_actor(territory_a, "Les Jardins", commune_insee="94018")
    actor.save_revision().publish()
    signup = ActorSignup.objects.create(
        territory=territory_a,
        actor=actor,
        contact_name="Dominique",
        contact_email="dominique@jardins.example",
        status=ActorSignup.Status.APPROVED,
        consent_at=timezone.now(),
    )
    project = add_project(territory_a, "Jardin partagé", lead_email="porteur@exemple.fr")
    need = add_need(territory_a, "Deux stagiaires", project=project)
    network_experiences_provision()
    make_experience(
        territory_a,
        "Jardins partagés du quartier",
        summary="Des habitants cultivent ensemble.",
        themes=["fragilites-et-alliances"],
        maturity="emergence",
        actors=[(actor, "porteur")],
    )
    agenda = EventIndexPage(title="Agenda", slug="agenda")
    territory_a.site.root_page.add_child(instance=agenda)
    event = make_event(agenda, registration=EventPage.Registration.FORM, capacity=500)
    library = make_library(network_home)
    make_method(library)
    make_lesson(library, "Coopérer", "cooperer", "On coopère mieux à plusieurs.")
    make_term("Catalyseur", "catalyseur")
    return {
        "actor": actor,
        "project": project,
        "need": need,
        "event": event,
        "signup": signup,
        "token": signup_service.make_update_token(signup),
        "need_token": make_need_token(signup),
    }


def fresh_update_path(signup: ActorSignup) -> str:
    """An update link serves once: each submission gets a link of its own."""
    signup.refresh_from_db()
    return f"/rejoindre/modifier/{signup_service.make_update_token(signup)}/"


# --- Query parameters of every public URL ----------------------------------------------------

BBOX = ["2.2,48.7,2.6,48.95", "-180,-90,180,90"]
ACTOR_FILTERS = {
    "bbox": BBOX,
    "zoom": ["0", "12", "20"],
    "kind": ["association", "association,entreprise"],
    "theme": ["fragilites-et-alliances"],
    "offer": ["visites"],
    "cherche": ["lieux-de-stage", "benevoles,locaux"],
    "commune": ["94018", "94018,94080"],
    "territory": ["alpha"],
    "q": ["jardin", "les jardins"],
    "page": ["1", "2"],
}
MAP_PAGE = {**ACTOR_FILTERS, "format": ["fragment"], "embed": ["0", "1"], "lat": ["48.8"]}
SEARCH = {"q": ["jardin", "coopérer"], "type": ["actor", "method"], "theme": ["emploi"]}
NEEDS = {"type": ["stagiaires"], "theme": ["emploi"], "commune": ["94018"], "page": ["1"]}
EXPERIENCE_INDEX = {
    "q": ["jardin"],
    "theme": ["fragilites-et-alliances"],
    "maturite": ["emergence"],
    "methode": ["recherche-action"],
    "territoire": ["alpha"],
    "acteur": ["association"],
    "tri": ["recent", "ancien"],
    "page": ["1", "2"],
}
PROJECT_INDEX = {"statut": ["idee", "en_cours"], "theme": ["emploi"], "commune": ["94018"]}

# URL name -> [(host, path, parameters)]; a path holding "{…}" is filled from the world.
GET_ROUTES = {
    "healthz": [(ALPHA, "/healthz", {})],
    "site_theme": [(ALPHA, "/theme.css", {})],
    "search": [
        (ALPHA, "/recherche/", SEARCH),
        (NETWORK, "/recherche/", {**SEARCH, "territoire": ["alpha"]}),
    ],
    "search_suggestions": [(ALPHA, "/recherche/suggestions", {"q": ["jard", "co"]})],
    "library": [(ALPHA, "/bibliotheque/", {"theme": ["emploi"]})],
    "library_page": [(ALPHA, "/bibliotheque/brainstorming-3-12-3/", {})],
    "agenda_ics": [(ALPHA, "/agenda.ics", {}), (NETWORK, "/agenda.ics", {})],
    "event_ics": [(ALPHA, "/evenements/{event}.ics", {})],
    "sitemap": [(ALPHA, "/sitemap.xml", {"p": ["1", "2"]})],
    "robots": [(ALPHA, "/robots.txt", {})],
    "actor_map": [(ALPHA, "/carte/", MAP_PAGE), (NETWORK, "/carte/", MAP_PAGE)],
    "actor_detail": [(ALPHA, "/acteurs/{actor}/", {})],
    "api_actors_geojson": [
        (ALPHA, "/api/actors.geojson", ACTOR_FILTERS),
        (NETWORK, "/api/actors.geojson", ACTOR_FILTERS),
    ],
    "api_actors_export_geojson": [(ALPHA, "/api/actors/export.geojson", ACTOR_FILTERS)],
    "api_actors_export_csv": [(NETWORK, "/api/actors/export.csv", ACTOR_FILTERS)],
    "api_geocode": [(ALPHA, "/api/geocode", {"q": ["Vincennes", "12 rue de la Paix"]})],
    "api_communes": [
        (ALPHA, "/api/communes", {"q": ["Vin", "94300", "Créteil (94000)"]}),
        (NETWORK, "/api/communes", {"q": ["saint"]}),
    ],
    "signup": [(ALPHA, "/rejoindre/", {})],
    "signup_thanks": [(ALPHA, "/rejoindre/merci/", {})],
    "signup_update_thanks": [(ALPHA, "/rejoindre/modifier/merci/", {})],
    "signup_update": [(ALPHA, "/rejoindre/modifier/{token}/", {})],
    "signup_link_request": [(ALPHA, "/rejoindre/nouveau-lien/", {})],
    "signup_link_sent": [(ALPHA, "/rejoindre/nouveau-lien/envoye/", {})],
    "needs_board": [
        (ALPHA, "/besoins/", NEEDS),
        (NETWORK, "/besoins/", {**NEEDS, "territoire": ["alpha"]}),
    ],
    "contribution_thanks": [
        (ALPHA, "/besoins/merci/", {"pour": ["besoin", "projet"], "id": ["1"]})
    ],
    "need_detail": [(ALPHA, "/besoins/{need}/", {})],
    "need_link": [(ALPHA, "/besoins/proposer/", {"acteur": ["{actor}"]})],
    "need_link_sent": [(ALPHA, "/besoins/proposer/lien-envoye/", {"acteur": ["{actor}"]})],
    "need_propose_thanks": [(ALPHA, "/besoins/proposer/merci/", {})],
    "need_propose": [(ALPHA, "/besoins/proposer/{need_token}/", {})],
    "partnerships": [(ALPHA, "/partenariats/", {"theme": ["emploi"], "commune": ["94018"]})],
    "partnerships_json": [
        (ALPHA, "/partenariats/graphe.json", {"theme": ["emploi"], "commune": ["94018"]})
    ],
    "projects": [
        (NETWORK, "/projets/", {**PROJECT_INDEX, "territoire": ["alpha"]}),
        (ALPHA, "/projets/", PROJECT_INDEX),
    ],
    "digest_confirm": [(ALPHA, "/besoins-de-la-semaine/confirmer/jeton-invalide/", {})],
    "digest_unsubscribe": [(ALPHA, "/besoins-de-la-semaine/desabonner/jeton-invalide/", {})],
    "introduction_follow_up": [(ALPHA, "/mise-en-relation/jeton-invalide/", {})],
    "commune_index": [(ALPHA, "/communes/", {})],
    "commune_report": [(ALPHA, "/communes/94018/", {})],
    "wagtaildocs_serve": [(NETWORK, "/documents/1/guide.pdf", {})],
    "wagtaildocs_authenticate_with_password": [
        (NETWORK, "/documents/authenticate_with_password/1/", {"next": ["/"]})
    ],
    "wagtailcore_authenticate_with_password": [
        (NETWORK, "/_util/authenticate_with_password/1/1/", {"return_url": ["/"]})
    ],
    "wagtailcore_login": [(NETWORK, "/_util/login/", {"next": ["/", "//evil.example"]})],
    # Every live page is swept by test_pages_never_answer_500 (below).
    "wagtail_serve": [(ALPHA, "/", {})],
}

# Page type -> the parameters its get_context reads.
PAGE_PARAMETERS = {
    ExperienceIndexPage: EXPERIENCE_INDEX,
    NetworkExperienceIndexPage: EXPERIENCE_INDEX,
    ProjectIndexPage: PROJECT_INDEX,
    LibraryIndexPage: {"theme": ["emploi"]},
}

# URL name -> path templates whose "{}" is one hostile segment (then quoted).
PATH_ROUTES = {
    "actor_detail": (ALPHA, "/acteurs/{}/"),
    "event_ics": (ALPHA, "/evenements/{}.ics"),
    "need_detail": (ALPHA, "/besoins/{}/"),
    "need_propose": (ALPHA, "/besoins/proposer/{}/"),
    "signup_update": (ALPHA, "/rejoindre/modifier/{}/"),
    "commune_report": (ALPHA, "/communes/{}/"),
    "digest_confirm": (ALPHA, "/besoins-de-la-semaine/confirmer/{}/"),
    "digest_unsubscribe": (ALPHA, "/besoins-de-la-semaine/desabonner/{}/"),
    "introduction_follow_up": (ALPHA, "/mise-en-relation/{}/"),
    "library_page": (ALPHA, "/bibliotheque/{}/"),
    "wagtaildocs_serve": (NETWORK, "/documents/{}/guide.pdf"),
    "wagtailcore_authenticate_with_password": (NETWORK, "/_util/authenticate_with_password/1/{}/"),
    "wagtail_serve": (ALPHA, "/{}/"),
}


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def test_every_public_url_is_fuzzed():
    public = {name for route, name in _walk(get_resolver().url_patterns) if "admin/" not in route}
    assert public - set(GET_ROUTES) == set(), "a public URL this sweep does not know"


def _fill(text: str, world) -> str:
    return text.format(
        actor=world["actor"].slug,
        need=world["need"].pk,
        event=world["event"].pk,
        token=world["token"],
        need_token=world["need_token"],
    )


def check_get(client, host: str, path: str, pairs, what: str):
    url = f"{path}?{urlencode(pairs)}" if pairs else path
    response = client.get(url, HTTP_HOST=host, REMOTE_ADDR=fresh_ip())
    allowed = (503,) if path.startswith("/api/geocode") else ()
    assert_not_5xx(response, f"{what} {url[:300]}", allowed)
    controlled = [name for name, value in pairs if has_control(name) or has_control(value)]
    if controlled and not has_control(path):
        assert response.status_code == 400, url[:300]
        text = body(response)
        assert any(
            f"Le paramètre « {shown(name)} » contient un caractère de contrôle" in text
            for name in controlled
        ), text[:500]
    return response


def sweep(client, host: str, path: str, parameters: dict, what: str):
    @hypothesis_settings()
    @given(pairs=query_pairs(parameters))
    def run(pairs):
        check_get(client, host, path, pairs, what)

    run()


def test_query_parameters_never_answer_500(client, world):
    for name in sorted(GET_ROUTES):
        for host, path, parameters in GET_ROUTES[name]:
            filled = {key: [_fill(v, world) for v in values] for key, values in parameters.items()}
            sweep(client, host, _fill(path, world), filled, name)


def test_pages_never_answer_500(client, world):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    routes = []
    for page in pages:
        _site, root_url, path = page.get_url_parts()
        host = root_url.split("://", 1)[1].split(":", 1)[0]
        routes.append((host, path, PAGE_PARAMETERS.get(type(page), {})))
        if isinstance(page, ExperienceIndexPage | NetworkExperienceIndexPage):
            routes += [(host, path + "flux-rss/", {}), (host, path + "flux-atom/", {})]
    swept = {type(page) for page in pages}
    assert set(PAGE_PARAMETERS) <= swept  # every page type that reads parameters is here
    for host, path, parameters in routes:
        sweep(client, host, path, parameters, "page")


def segment_sweep(client, name: str, host: str, template: str):
    @hypothesis_settings()
    @given(segment=hostile)
    def run(segment):
        path = template.format(quote(segment, safe=""))
        response = client.get(path, HTTP_HOST=host, REMOTE_ADDR=fresh_ip())
        assert_not_5xx(response, f"{name} {path[:300]}")
        if has_control(segment):
            assert response.status_code == 400, path[:300]
            assert "L’adresse demandée contient un caractère de contrôle" in body(response)

    run()


def test_path_segments_never_answer_500(client, world):
    for name, (host, template) in PATH_ROUTES.items():
        segment_sweep(client, name, host, template)


# --- Fields of every public form -------------------------------------------------------------

SIGNUP = {
    "name": "Les Jardins partagés",
    "kind": "1",
    "description": "Un jardin ouvert à tous.",
    "website": "https://jardins.example",
    "themes": "1",
    "offers": "1",
    "seeks": "1",
    "address": "12 rue de la Paix",
    "postcode": "94220",
    "commune": "94018",
    "email": "contact@jardins.example",
    "phone": "01 23 45 67 89",
    "contact_name": "Dominique",
    "contact_email": "dominique@jardins.example",
    "contact_phone": "06 12 34 56 78",
    "consent": "on",
    "digest": "on",
    "homepage": "",
}
CONTRIBUTION = {
    "name": "Camille Martin",
    "email": "camille@exemple.fr",
    "organisation": "Les Jardins",
    "message": "Je peux accueillir deux élèves en décembre.",
    "consent": "on",
    "homepage": "",
}
NEED = {
    "kind": "benevoles",
    "title": "Bénévoles pour le tri",
    "description": "Le samedi matin.",
    "quantity": "3",
    "deadline": "",
    "homepage": "",
}


def _form(path, form, valid, honeypot="homepage"):
    """What a form route needs: its path, its fields (as the bound form has them) with what
    each one reads (the last value, or all of a multiple choice) and refuses, a valid
    submission, the honeypot's name."""
    fields = {}
    for name, field in form.fields.items():
        if isinstance(field, forms.FileField):
            continue  # the logo: a file, not text
        if isinstance(field, forms.BooleanField):
            refused = None  # a checkbox reads any value as ticked: no text reaches the form
        elif isinstance(field.widget, forms.Textarea):
            refused = CONTROL_BUT_LINES
        else:
            refused = CONTROL
        fields[name] = (isinstance(field, forms.MultipleChoiceField), refused)
    assert set(fields) <= set(valid), form  # every field is fuzzed
    return path, fields, valid, honeypot


def form_routes(world, territory):
    project = world["project"]
    event = world["event"]
    signup = SignupForm(territory=territory)
    return {
        "signup": _form("/rejoindre/", signup, SIGNUP),
        "signup_update": _form(lambda: fresh_update_path(world["signup"]), signup, SIGNUP),
        "new update link": _form(
            "/rejoindre/nouveau-lien/",
            UpdateLinkRequestForm(),
            {"email": "dominique@jardins.example", "homepage": ""},
        ),
        "project join": _form(project.url, ContributionForm(), CONTRIBUTION),
        "need help": _form(f"/besoins/{world['need'].pk}/", ContributionForm(), CONTRIBUTION),
        "need link": _form(
            f"/besoins/proposer/?acteur={world['actor'].slug}",
            NeedLinkForm(),
            {"email": "dominique@jardins.example", "homepage": ""},
        ),
        "need proposal": _form(
            f"/besoins/proposer/{world['need_token']}/", NeedProposalForm(), NEED
        ),
        "event registration": _form(
            event.url,
            RegistrationForm(),
            {"name": "Camille Martin", "email": "camille@exemple.fr", "website": ""},
            honeypot="website",
        ),
    }


@st.composite
def form_data(draw, fields, valid: dict):
    """The valid submission with some fields made hostile (or repeated)."""
    data = {name: [value] for name, value in valid.items()}
    for name in draw(
        st.lists(st.sampled_from(sorted(fields)), unique=True, min_size=1, max_size=3)
    ):
        data[name] = [draw(hostile) for _ in range(draw(repeats))]
    return data


def refused_fields(data: dict, fields: dict, honeypot: str) -> list[str]:
    """The fields whose value, as the form reads it, holds a refused control character."""
    refused = []
    for name, (multiple, control) in fields.items():
        values = data.get(name, []) if multiple else data.get(name, [])[-1:]
        if name != honeypot and control and any(control.search(value) for value in values):
            refused.append(name)
    return refused


def form_sweep(client, what: str, path: str, fields: dict, valid: dict, honeypot: str):
    @hypothesis_settings()
    @given(data=form_data(fields, valid))
    def run(data):
        target = path() if callable(path) else path
        response = client.post(target, data, HTTP_HOST=ALPHA, REMOTE_ADDR=fresh_ip())
        assert_not_5xx(response, f"{what} {json.dumps(data)[:300]}")
        robot = "".join(data.get(honeypot, [""])[-1:]).strip()
        if refused_fields(data, fields, honeypot) and not robot:
            # The form again, with the field's error (the sign-up answers it with 200).
            assert response.status_code in (200, 400), (what, data)
            assert "contient un caractère de contrôle" in body(response)

    run()


def test_public_forms_never_answer_500(client, world, territory_a):
    for what, (path, fields, valid, honeypot) in form_routes(world, territory_a).items():
        form_sweep(client, what, path, fields, valid, honeypot)


def test_wagtail_login_form_never_answers_500(client, world):
    @hypothesis_settings()
    @given(data=form_data(["username", "password", "next"], {"username": "a", "password": "b"}))
    def run(data):
        response = client.post("/_util/login/", data, HTTP_HOST=NETWORK, REMOTE_ADDR=fresh_ip())
        assert_not_5xx(response, f"login {json.dumps(data)[:300]}")

    run()
