"""The isolation sweep: Alpha's editor against Beta, through everything the admin offers.

Nothing here is a hand-kept list of views. The admin URLs come from Django's URL resolver,
the bulk actions from Wagtail's registry, the forms from every page type, snippet and
setting; each id is placed on its model by the scope layer itself
(``territories.admin_scope``) and filled with Beta's object of that model. So a URL that a
Wagtail upgrade adds, or a foreign key that a form gains, is swept without anyone adding it
here – and the sweep fails if the layer cannot place it on a declared model.
"""

import json
from types import SimpleNamespace

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wagtail.admin.panels import get_edit_handler
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Collection, Page, Task, Workflow, get_page_models
from wagtail.snippets.models import get_snippet_models

from actors.models import Actor, ActorImport, ActorSignup
from experiences.services import experience_index
from projects.models import Contribution, Introduction, Need, ProjectPage
from territories.admin_scope import NOT_IDS, Unplaced, is_network_only, model_of_argument
from territories.models import Commune, Territory
from territories.scoping import scope_for
from tests.actors.factories import ActorImportFactory, ActorSignupFactory
from tests.experiences.factories import ExperiencePageFactory
from tests.projects.factories import ContributionFactory, NeedFactory, ProjectPageFactory
from tests.territories.factories import CommuneFactory, TerritoryFactory, UserFactory, network
from tests.territories.test_admin_isolation import REFUSED, WRONG_METHOD, World, _snapshot

# Every text of Beta's that Alpha's editor must never read.
SECRETS = (
    "Page beta (brouillon)",
    "Relecture beta",
    "Image beta",
    "Document beta",
    "Brouillon beta",
    "Besoin beta",
    "Projet beta",
    "Proposant Beta",
    "Signataire Beta",
    "Expérience beta",
    "Mise en relation beta",
)
# Values of the path arguments that are not ids.
PLAIN_ARGUMENTS = {
    "app_name": "network",
    "model_name": "siteidentity",
    "content_type_app_name": "network",
    "content_type_model_name": "contentpage",
    "action_name": "approve",
    "filter_spec": "original",
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
}


# --- Walking the resolver --------------------------------------------------------------


def _patterns(resolver=None, namespace="", prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            ns = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _patterns(pattern, ns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern) and pattern.name:
            names = set(getattr(pattern.pattern, "converters", {})) | set(
                pattern.pattern.regex.groupindex
            )
            yield namespace.rstrip(":"), pattern, prefix + str(pattern.pattern), sorted(names)


def _match(namespace, pattern, arguments):
    """What ``request.resolver_match`` would hold for this pattern."""
    return SimpleNamespace(
        func=pattern.callback,
        kwargs={
            a: {"app_label": "network", "model_name": "contentpage"}.get(a, "1") for a in arguments
        },
        view_name=f"{namespace}:{pattern.name}" if namespace else pattern.name,
        namespace=namespace,
        url_name=pattern.name,
    )


def admin_urls():
    """(view name, match, argument names) of every admin URL, from the resolver."""
    rows = []
    for namespace, pattern, route, arguments in _patterns():
        if route.startswith("admin/") and "password_reset" not in pattern.name:
            match = _match(namespace, pattern, arguments)
            rows.append((match.view_name, match, arguments))
    return rows


ADMIN_URLS = admin_urls()
ID_URLS = [
    row for row in ADMIN_URLS if row[2] and not is_network_only(row[1]) and set(row[2]) - NOT_IDS
]
NETWORK_ONLY_URLS = [row for row in ADMIN_URLS if is_network_only(row[1])]


def test_the_sweep_finds_wagtails_admin_urls():
    names = {row[0] for row in ID_URLS}
    assert len(ID_URLS) > 120
    assert {
        "wagtailadmin_pages:edit",
        "wagtailimages:edit",
        "wagtailadmin_api:pages:detail",
    } <= names


@pytest.mark.parametrize(("name", "match", "arguments"), ID_URLS, ids=[r[0] for r in ID_URLS])
def test_every_admin_id_is_placed_on_a_declared_model(name, match, arguments):
    for argument in arguments:
        try:
            model = model_of_argument(match, argument)
        except Unplaced:
            pytest.fail(f"{name}: the scope layer cannot tell what {argument!r} names")
        if model is not None:
            assert scope_for(model) is not None, f"{name}: {model.__name__} declares no scope"


# --- Two territories --------------------------------------------------------------------


class FullWorld(World):
    """World's pages, media, actors and reviews, plus every other territorial object."""

    def __init__(self, territory, user, pioneer):
        super().__init__(territory, user)
        slug = territory.slug
        name = slug.capitalize()
        self.user = user
        self.commune = CommuneFactory(
            territory=territory, insee_code=f"9{territory.pk:04d}", name=f"Commune {slug}"
        )
        self.project = ProjectPageFactory(
            territory=territory,
            title=f"Projet {slug}",
            summary="Résumé",
            live=False,
            no_revision=True,
        )
        self.need = NeedFactory(territory=territory, title=f"Besoin {slug}", kind="stagiaires")
        self.contribution = ContributionFactory(
            territory=territory,
            need=self.need,
            name=f"Proposant {name}",
            email=f"proposant@{slug}.example",
            message="Je peux aider.",
        )
        self.introduction = Introduction.objects.create(
            territory=territory,
            need=self.need,
            need_kind=self.need.kind,
            answerer=self.draft_actor,
            subject=f"Mise en relation {slug}",
            message=f"Mise en relation {slug} : texte.",
            need_email=f"besoin@{slug}.example",
            answerer_email=f"acteur@{slug}.example",
        )
        self.signup = ActorSignupFactory(
            territory=territory,
            actor=self.draft_actor,
            contact_name=f"Signataire {name}",
            contact_email=f"signataire@{slug}.example",
            consent_at="2026-01-01T00:00:00Z",
        )
        self.import_run = ActorImportFactory(territory=territory, file="imports/x.csv")
        self.experience = ExperiencePageFactory(
            territory=territory,
            title=f"Expérience {slug}",
            slug=f"experience-{slug}",
            summary="Résumé",
            owner=pioneer,
            draft=True,
        )
        self.pioneer = pioneer
        from django.contrib.contenttypes.models import ContentType
        from django.utils import timezone

        from wagtail.admin.models import EditingSession

        self.editing_session = EditingSession.objects.create(
            user=user,
            content_type=ContentType.objects.get_for_model(Page),
            object_id=str(self.page.pk),
            last_seen_at=timezone.now(),
        )

    def object_of(self, model):
        """This territory's object of ``model`` (its draft one where there are two)."""
        objects = {
            Page: self.page,
            ProjectPage: self.project,
            Territory: self.territory,
            Actor: self.draft_actor,
            Commune: self.commune,
            Need: self.need,
            Contribution: self.contribution,
            Introduction: self.introduction,
            ActorSignup: self.signup,
            ActorImport: self.import_run,
            Collection: self.territory.collection,
            get_user_model(): self.user,
            apps.get_model("wagtailimages.Image"): self.image,
            apps.get_model("wagtaildocs.Document"): self.document,
            apps.get_model("wagtailcore.Site"): self.site,
            apps.get_model("wagtailcore.Revision"): self.revision,
            apps.get_model("wagtailcore.WorkflowState"): self.workflow_state,
            apps.get_model("wagtailcore.TaskState"): self.task_state,
            apps.get_model("wagtailcore.UploadedFile"): self.upload,
            Task: self.task_state.task,
            Workflow: self.workflow_state.workflow,
            apps.get_model("wagtailadmin.EditingSession"): self.editing_session,
        }
        for klass in model.__mro__:
            if klass in objects:
                return objects[klass]
        return None


@pytest.fixture(scope="module")
def sweep_worlds(django_db_setup, django_db_blocker):
    """Alpha and Beta, built once for the module inside a transaction rolled back at its
    end (like ``setUpTestData``); each test runs in a savepoint of its own."""
    from django.db import transaction

    from wagtail.models import Site

    from territories.models import TerritoryRole

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            network(name="Réseau")
            worlds = []
            for slug in ("alpha", "beta"):
                territory = TerritoryFactory(slug=slug, name=slug.capitalize())
                editor = UserFactory(username=f"editeur-{slug}", password="x", team=territory)
                pioneer = UserFactory(
                    username=f"pionnier-{slug}",
                    password="x",
                    team=territory,
                    team__role=TerritoryRole.Role.PIONEERS,
                )
                worlds.append(FullWorld(territory, editor, pioneer))
            yield worlds
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            Site.clear_site_root_paths_cache()


def _full_snapshot(world):
    return {
        **_snapshot(world),
        "need": Need.objects.filter(pk=world.need.pk).values_list("title", "status").first(),
        "contribution": Contribution.objects.filter(pk=world.contribution.pk)
        .values_list("status")
        .first(),
        "introduction": Introduction.objects.filter(pk=world.introduction.pk)
        .values_list("message", "outcome")
        .first(),
        "signup": ActorSignup.objects.filter(pk=world.signup.pk).values_list("status").first(),
        "project": Page.objects.filter(pk=world.project.pk).values_list("title", "live").first(),
        "draft_actor": Actor.objects.filter(pk=world.draft_actor.pk)
        .values_list("name", "live")
        .first(),
        "experience": Page.objects.filter(pk=world.experience.pk)
        .values_list("title", "live", "has_unpublished_changes")
        .first(),
        "user": get_user_model().objects.filter(pk=world.user.pk).values_list("is_active").first(),
    }


def _assert_reveals_nothing(response, url):
    content = response.content.decode(errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        content = json.dumps(
            response.json(), ensure_ascii=False
        )  # "Exp\u00e9rience" → "Expérience"
    for secret in SECRETS:
        assert secret not in content, f"{secret!r} shown at {url}"


def _url_for(match, arguments, world):
    """The URL of this pattern with ``world``'s objects, or None when the world has no
    object of a model it names (the network's shared ones)."""
    kwargs = {}
    for argument in arguments:
        model = model_of_argument(match, argument)
        if model is None:
            kwargs[argument] = PLAIN_ARGUMENTS.get(argument, "x")
            continue
        obj = world.object_of(model)
        if obj is None:
            return None
        kwargs[argument] = obj.pk
    if {"app_label", "model_name", "object_id"} <= set(arguments):
        kwargs["app_label"], kwargs["model_name"] = "network", "contentpage"
        kwargs["object_id"] = world.page.pk
    return reverse(match.view_name, kwargs=kwargs)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "match", "arguments"), ID_URLS, ids=[r[0] for r in ID_URLS])
def test_every_admin_id_url_refuses_the_other_territory(
    client, sweep_worlds, name, match, arguments
):
    alpha, beta = sweep_worlds
    url = _url_for(match, arguments, beta)
    if url is None:  # names only shared objects (a theme, a method): Wagtail's permissions
        model_names = [model_of_argument(match, a) for a in arguments]
        assert all(m is None or scope_for(m).shared for m in model_names), name
        return
    client.force_login(alpha.user)
    before = _full_snapshot(beta)
    get = client.get(url)
    post = client.post(url, {"title": "Piraté", "name": "Piraté", "new_title": "x"})
    statuses = {get.status_code, post.status_code}
    assert statuses <= REFUSED | {WRONG_METHOD}, f"{url}: {statuses}"
    assert statuses & REFUSED, f"{url}: neither GET nor POST was refused"
    _assert_reveals_nothing(get, url)
    _assert_reveals_nothing(post, url)
    assert _full_snapshot(beta) == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "match", "arguments"), NETWORK_ONLY_URLS, ids=[r[0] for r in NETWORK_ONLY_URLS]
)
def test_network_sections_are_refused_to_a_territory(client, sweep_worlds, name, match, arguments):
    alpha, beta = sweep_worlds
    kwargs = {a: PLAIN_ARGUMENTS.get(a, "1") for a in arguments}
    if {"app_label", "model_name"} <= set(arguments):
        kwargs["app_label"], kwargs["model_name"] = "wagtailcore", "groupapprovaltask"
    client.force_login(alpha.user)
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 403
    _assert_reveals_nothing(response, name)


# --- Bulk actions -----------------------------------------------------------------------


def bulk_actions():
    bulk_action_registry._scan_for_bulk_actions()
    return [
        (app, model_name, action)
        for app, models_ in bulk_action_registry.actions.items()
        for model_name, actions in models_.items()
        for action in actions
    ]


BULK_ACTIONS = bulk_actions()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("app", "model_name", "action"), BULK_ACTIONS, ids=["/".join(a) for a in BULK_ACTIONS]
)
def test_bulk_actions_refuse_and_hide_the_other_territory(
    client, sweep_worlds, app, model_name, action
):
    alpha, beta = sweep_worlds
    model = apps.get_model(app, model_name)
    url = reverse("wagtail_bulk_action", args=[app, model_name, action])
    client.force_login(alpha.user)
    before = _full_snapshot(beta)
    foreign = beta.object_of(model)
    if foreign is not None:
        for query in (f"?id={foreign.pk}", f"?id={alpha.object_of(model).pk}&id={foreign.pk}"):
            assert client.get(url + query).status_code in REFUSED, url + query
            assert client.post(url + query).status_code in REFUSED, url + query
    every = client.get(url + "?id=all")
    _assert_reveals_nothing(every, url + "?id=all")
    if issubclass(model, Page):
        response = client.get(url + f"?id=all&childOf={beta.home.pk}")
        assert response.status_code in REFUSED
    assert _full_snapshot(beta) == before


@pytest.mark.django_db
def test_bulk_action_still_works_on_ones_own_objects(client, sweep_worlds):
    alpha, beta = sweep_worlds
    client.force_login(alpha.user)
    url = reverse("wagtail_bulk_action", args=["actors", "actor", "delete"])
    response = client.get(url + f"?id={alpha.draft_actor.pk}")
    assert response.status_code == 200
    assert "Brouillon alpha" in response.content.decode()


# --- Forms ------------------------------------------------------------------------------


def form_class_of(model):
    """The admin form of a page type, snippet or setting, as Wagtail builds it."""
    handler = model.get_edit_handler() if issubclass(model, Page) else get_edit_handler(model)
    return handler.get_form_class()


def admin_form_classes():
    models_ = [m for m in get_page_models() if m is not Page]
    models_ += list(get_snippet_models()) + list(settings_registry)
    return [(m, form_class_of(m)) for m in models_]


def link_fields(form_class):
    """(formset name or None, field name, model) of every model choice field."""
    for name, field in form_class.base_fields.items():
        if isinstance(field, ModelChoiceField):
            yield None, name, field.queryset.model
    for formset_name, formset_class in getattr(form_class, "formsets", {}).items():
        for name, field in formset_class.form.base_fields.items():
            if isinstance(field, ModelChoiceField):
                yield formset_name, name, field.queryset.model


def test_every_admin_form_link_points_at_a_declared_model():
    undeclared = [
        f"{model.__name__}.{formset or ''}{'.' if formset else ''}{name} → {target.__name__}"
        for model, form_class in admin_form_classes()
        for formset, name, target in link_fields(form_class)
        if scope_for(target) is None
    ]
    assert undeclared == []


FORGEABLE = [
    (model, formset, name, target)
    for model, form_class in admin_form_classes()
    for formset, name, target in link_fields(form_class)
    if scope_for(target) is not None and not scope_for(target).shared
]


def _bound_form(model, alpha, data):
    form_class = form_class_of(model)
    kwargs = {"for_user": alpha.user}
    if issubclass(model, Page):
        kwargs["parent_page"] = alpha.home
        instance = model(title="x")
    elif model in settings_registry:
        instance = model.for_site(alpha.site)
    else:
        instance = model()
    return form_class(data, instance=instance, **kwargs)


def _unpublished(world, target):
    """The world's object to link: for pages, a never-published one of that type
    (another territory's published pages may be linked)."""
    if issubclass(target, Page):
        return next(p for p in (world.experience, world.project) if isinstance(p, target))
    return world.object_of(target)


def test_the_forms_sweep_covers_the_known_links():
    forged = {(m.__name__, f, n) for m, f, n, _t in FORGEABLE}
    assert ("ProjectPage", "partners", "actor") in forged
    assert ("ExperiencePage", "involved_actors", "actor") in forged
    assert ("Actor", None, "logo") in forged
    assert ("Need", None, "project") in forged


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "formset", "name", "target"),
    FORGEABLE,
    ids=[f"{m.__name__}.{f or ''}.{n}" for m, f, n, _t in FORGEABLE],
)
def test_a_forged_link_to_the_other_territory_is_a_form_error(
    sweep_worlds, model, formset, name, target
):
    alpha, beta = sweep_worlds
    foreign, own = _unpublished(beta, target), _unpublished(alpha, target)
    assert foreign is not None, f"no object of {target.__name__} in Beta to forge with"
    if formset is None:
        field = form_class_of(model).base_fields[name]
        multiple = isinstance(field, ModelMultipleChoiceField)
        form = _bound_form(model, alpha, {name: [str(foreign.pk)] if multiple else str(foreign.pk)})
        form.is_valid()
        assert name in form.errors, f"{model.__name__}.{name} accepted Beta's {target.__name__}"
    else:
        data = {
            f"{formset}-TOTAL_FORMS": "1",
            f"{formset}-INITIAL_FORMS": "0",
            f"{formset}-MIN_NUM_FORMS": "0",
            f"{formset}-MAX_NUM_FORMS": "1000",
            f"{formset}-0-{name}": str(foreign.pk),
            f"{formset}-0-ORDER": "1",
        }
        form = _bound_form(model, alpha, data)
        child = form.formsets[formset].forms[0]
        child.is_valid()
        assert name in child.errors, f"{model.__name__}.{formset}.{name} accepted Beta's object"
    form = _bound_form(model, alpha, {})
    fields = form.fields if formset is None else form.formsets[formset].empty_form.fields
    assert fields[name].queryset.filter(pk=own.pk).exists(), "Alpha's own object is refused"


# --- Listings, searches and the pioneers' view ---------------------------------------------


@pytest.mark.django_db
def test_territory_listing_and_chooser_search_show_ones_own_only(client, sweep_worlds):
    from modelsearch.index import insert_or_update_object

    alpha, beta = sweep_worlds
    for world in (alpha, beta):  # indexing waits for a commit this module's data never has
        world.territory.name = f"Pôle {world.territory.slug}"  # a word both answer to
        Territory.objects.filter(pk=world.territory.pk).update(name=world.territory.name)
        insert_or_update_object(world.territory)
    client.force_login(alpha.user)
    for url in (
        reverse("wagtailsnippets_territories_territory:list") + "?q=p%C3%B4le",
        reverse("wagtailsnippetchoosers_territories_territory:choose") + "?q=p%C3%B4le",
        reverse("wagtailsnippetchoosers_territories_territory:choose_results") + "?q=p%C3%B4le",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        is_json = response["Content-Type"].startswith("application/json")
        content = response.json()["html"] if is_json else response.content.decode()
        assert "Pôle alpha" in content and "Pôle beta" not in content, url


@pytest.mark.django_db
def test_a_pioneer_sees_own_drafts_and_published_write_ups_only(client, sweep_worlds):
    from territories.models import TerritoryRole

    alpha, beta = sweep_worlds
    index = experience_index(alpha.territory)
    other = UserFactory(
        username="autre-pionnier",
        password="x",
        team=alpha.territory,
        team__role=TerritoryRole.Role.PIONEERS,
    )
    others_draft = ExperiencePageFactory(
        parent=index,
        title="Carnet caché",
        slug="carnet-cache",
        summary="Résumé",
        owner=other,
        live=False,
        no_revision=True,
    )
    ExperiencePageFactory(
        parent=index, title="Récit publié", slug="recit-publie", summary="Résumé", no_revision=True
    )

    client.force_login(alpha.pioneer)
    pages = [
        reverse("wagtailadmin_explore", args=[index.pk]),
        reverse("wagtailadmin_pages:search") + "?q=carnet",
        reverse("wagtailadmin_pages:search") + "?q=r%C3%A9cit",
        reverse("wagtailadmin_choose_page_child", args=[index.pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=carnet",
        f"/admin/api/main/pages/?child_of={index.pk}",
    ]
    seen = ""
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        seen += response.content.decode()
        assert "Carnet caché" not in response.content.decode(), url
    assert "Expérience alpha" in seen and "Récit publié" in seen
    for url in (
        f"/admin/api/main/pages/{others_draft.pk}/",
        reverse("wagtailadmin_pages:edit", args=[others_draft.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[others_draft.pk]),
    ):
        assert client.get(url).status_code in REFUSED, url
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[alpha.experience.pk])).status_code
        == 200
    )


@pytest.mark.django_db
def test_a_forged_post_of_an_experience_with_a_foreign_draft_actor_saves_nothing(
    client, sweep_worlds
):
    """The path the issue found: the form field accepted any actor id."""
    from wagtail.test.utils.form_data import inline_formset

    from experiences.models import ExperiencePage
    from tests.experiences.test_pioneers_and_workflow import add_url, form

    alpha, beta = sweep_worlds
    client.force_login(alpha.pioneer)
    index = experience_index(alpha.territory)

    def post(actor):
        actors = inline_formset([{"actor": actor.pk, "role": "partenaire", "ORDER": "1"}])
        return client.post(add_url(index), form("Atelier forgé", involved_actors=actors))

    response = post(beta.draft_actor)
    assert response.status_code == 200
    assert not ExperiencePage.objects.filter(title="Atelier forgé").exists()
    assert "Brouillon beta" not in response.content.decode()

    response = post(alpha.draft_actor)  # the control: one's own actor is accepted
    assert response.status_code == 302
    page = ExperiencePage.objects.get(title="Atelier forgé")
    assert [link.actor_id for link in page.involved_actors.all()] == [alpha.draft_actor.pk]
