"""An editor of territory Alpha can reach nothing of territory Beta through any admin URL.

Each URL of this table is requested with Beta's object (refused: 403 or 404) and, where it
makes sense, with Alpha's own object (allowed): the controls that prove the layer does not
refuse one's own work. Every admin URL, found by walking the resolver, is swept against
Beta in ``test_isolation_sweep``.
"""

import pytest
from wagtail_factories import DocumentFactory, ImageFactory

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupApprovalTask, UploadedFile, Workflow, WorkflowTask

from actors.models import Actor, ActorKind
from network.models import ContentPage, SiteIdentity
from territories.models import Territory, TerritoryRole
from tests.actors.factories import ActorFactory
from tests.conftest import team
from tests.module_data import shared_territories
from tests.network.factories import ContentPageFactory

REFUSED = {403, 404}
# A view that only accepts the other method answers 405: it reveals nothing either.
WRONG_METHOD = 405


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def _content_page(territory, title, user):
    page = ContentPageFactory(
        parent=territory.site.root_page,
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro="Texte",
        revision_user=user,
    )
    page.title = f"{title} (brouillon)"
    revision = page.save_revision(user=user)
    return page, revision


def _page_in_review(territory, title, user):
    """A page submitted to a review workflow owned by the territory's moderators."""
    page = ContentPageFactory(
        parent=territory.site.root_page,
        title=title,
        slug="relecture",
        intro="Texte",
        no_revision=True,
    )
    page.save_revision(user=user)
    task = GroupApprovalTask.objects.create(name=f"Relecture {territory.slug}")
    task.groups.add(team(territory, TerritoryRole.Role.MODERATORS))
    workflow = Workflow.objects.create(name=f"Relecture {territory.slug}")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow.start(page, user)


def _media(territory, title, user):
    from django.core.files.base import ContentFile

    image = ImageFactory(
        title=f"Image {title}", file=get_test_image_file(), collection=territory.collection
    )
    document = DocumentFactory(
        title=f"Document {title}",
        file=ContentFile(b"contenu", name=f"{title}.txt"),
        collection=territory.collection,
    )
    upload = UploadedFile.objects.create(
        file=get_test_image_file(),
        for_content_type=ContentType.objects.get_for_model(Image),
        uploaded_by_user=user,
    )
    doc_upload = UploadedFile.objects.create(
        file=ContentFile(b"x", name="x.txt"),
        for_content_type=ContentType.objects.get_for_model(Document),
        uploaded_by_user=user,
    )
    return image, document, upload, doc_upload


class World:
    """Alpha's and Beta's objects, under the same names, for building URLs."""

    def __init__(self, territory, user):
        self.territory = territory
        self.site = territory.site
        self.home = territory.site.root_page
        self.page, self.revision = _content_page(territory, f"Page {territory.slug}", user)
        self.workflow_state = _page_in_review(territory, f"Relecture {territory.slug}", user)
        self.review_page = self.workflow_state.content_object
        self.task_state = self.workflow_state.current_task_state
        self.image, self.document, self.upload, self.doc_upload = _media(
            territory, territory.slug, user
        )
        self.actor = ActorFactory(
            territory=territory,
            name=f"Acteur {territory.slug}",
            kind=ActorKind.objects.first(),
            private_notes="secret",
            revision_user=user,
        )
        self.actor_revision = self.actor.save_revision(user=user)
        # Never published: no chooser of another territory may offer it.
        self.draft_actor = ActorFactory(
            territory=territory,
            name=f"Brouillon {territory.slug}",
            kind=ActorKind.objects.first(),
            live=False,
            no_revision=True,
        )


@pytest.fixture
def worlds(territory_a, territory_b, editor_a, make_user):
    editor_b = make_user("editeur-beta", team(territory_b))
    return World(territory_a, editor_a), World(territory_b, editor_b)


# (url name, kwargs from a World, also check Alpha's own object is allowed)
URLS = [
    ("wagtailadmin_explore", lambda w: {"parent_page_id": w.home.pk}, True),
    ("wagtailadmin_explore_results", lambda w: {"parent_page_id": w.home.pk}, True),
    ("wagtailadmin_choose_page_child", lambda w: {"parent_page_id": w.home.pk}, True),
    ("wagtailadmin_pages:add_subpage", lambda w: {"parent_page_id": w.home.pk}, True),
    (
        "wagtailadmin_pages:add",
        lambda w: {
            "content_type_app_name": "network",
            "content_type_model_name": "contentpage",
            "parent_page_id": w.home.pk,
        },
        True,
    ),
    (
        "wagtailadmin_pages:preview_on_add",
        lambda w: {
            "content_type_app_name": "network",
            "content_type_model_name": "contentpage",
            "parent_page_id": w.home.pk,
        },
        False,
    ),
    ("wagtailadmin_pages:edit", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:preview_on_edit", lambda w: {"page_id": w.page.pk}, False),
    ("wagtailadmin_pages:view_draft", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:usage", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:delete", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:unpublish", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:convert_alias", lambda w: {"page_id": w.page.pk}, False),
    ("wagtailadmin_pages:copy", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:set_privacy", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:lock", lambda w: {"page_id": w.page.pk}, False),
    ("wagtailadmin_pages:unlock", lambda w: {"page_id": w.page.pk}, False),
    ("wagtailadmin_pages:move", lambda w: {"page_to_move_id": w.page.pk}, True),
    (
        "wagtailadmin_pages:move_confirm",
        lambda w: {"page_to_move_id": w.page.pk, "destination_id": w.home.pk},
        False,
    ),
    ("wagtailadmin_pages:set_page_position", lambda w: {"page_to_move_id": w.page.pk}, False),
    ("wagtailadmin_pages:revisions_index", lambda w: {"page_id": w.page.pk}, True),
    (
        "wagtailadmin_pages:revisions_view",
        lambda w: {"page_id": w.page.pk, "revision_id": w.revision.pk},
        True,
    ),
    (
        "wagtailadmin_pages:revisions_revert",
        lambda w: {"page_id": w.page.pk, "revision_id": w.revision.pk},
        True,
    ),
    (
        "wagtailadmin_pages:revisions_unschedule",
        lambda w: {"page_id": w.page.pk, "revision_id": w.revision.pk},
        False,
    ),
    (
        "wagtailadmin_pages:revisions_compare",
        lambda w: {"pk": w.page.pk, "revision_id_a": "earliest", "revision_id_b": "latest"},
        True,
    ),
    ("wagtailadmin_pages:history", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:history_results", lambda w: {"page_id": w.page.pk}, True),
    ("wagtailadmin_pages:workflow_history", lambda w: {"page_id": w.review_page.pk}, True),
    (
        "wagtailadmin_pages:workflow_history_detail",
        lambda w: {"page_id": w.review_page.pk, "workflow_state_id": w.workflow_state.pk},
        True,
    ),
    (
        "wagtailadmin_pages:workflow_action",
        lambda w: {
            "page_id": w.review_page.pk,
            "action_name": "approve",
            "task_state_id": w.task_state.pk,
        },
        False,
    ),
    (
        "wagtailadmin_pages:collect_workflow_action_data",
        lambda w: {
            "page_id": w.review_page.pk,
            "action_name": "approve",
            "task_state_id": w.task_state.pk,
        },
        False,
    ),
    (
        "wagtailadmin_pages:confirm_workflow_cancellation",
        lambda w: {"page_id": w.review_page.pk},
        False,
    ),
    (
        "wagtailadmin_pages:workflow_preview",
        lambda w: {"page_id": w.review_page.pk, "task_id": w.task_state.task_id},
        False,
    ),
    ("wagtailadmin_api:pages:detail", lambda w: {"pk": w.page.pk}, True),
    (
        "wagtailadmin_api:pages:action",
        lambda w: {"pk": w.page.pk, "action_name": "unpublish"},
        False,
    ),
    ("wagtailadmin_api:images:detail", lambda w: {"pk": w.image.pk}, True),
    ("wagtailadmin_api:documents:detail", lambda w: {"pk": w.document.pk}, True),
    ("wagtailimages:edit", lambda w: {"image_id": w.image.pk}, True),
    ("wagtailimages:delete", lambda w: {"image_id": w.image.pk}, True),
    ("wagtailimages:url_generator", lambda w: {"image_id": w.image.pk}, False),
    ("wagtailimages:url_generator_output", lambda w: {"image_id": w.image.pk}, False),
    ("wagtailimages:preview", lambda w: {"image_id": w.image.pk, "filter_spec": "original"}, True),
    ("wagtailimages:image_usage", lambda w: {"image_id": w.image.pk}, True),
    ("wagtailimages:edit_multiple", lambda w: {"image_id": w.image.pk}, False),
    ("wagtailimages:delete_multiple", lambda w: {"image_id": w.image.pk}, False),
    (
        "wagtailimages:create_multiple_from_uploaded_image",
        lambda w: {"uploaded_file_id": w.upload.pk},
        False,
    ),
    ("wagtailimages:delete_upload_multiple", lambda w: {"uploaded_file_id": w.upload.pk}, False),
    ("wagtailimages_chooser:chosen", lambda w: {"pk": w.image.pk}, True),
    ("wagtailimages_chooser:select_format", lambda w: {"image_id": w.image.pk}, True),
    ("wagtaildocs:edit", lambda w: {"document_id": w.document.pk}, True),
    ("wagtaildocs:delete", lambda w: {"document_id": w.document.pk}, True),
    ("wagtaildocs:document_usage", lambda w: {"document_id": w.document.pk}, True),
    ("wagtaildocs:edit_multiple", lambda w: {"doc_id": w.document.pk}, False),
    ("wagtaildocs:delete_multiple", lambda w: {"doc_id": w.document.pk}, False),
    (
        "wagtaildocs:create_multiple_from_uploaded_document",
        lambda w: {"uploaded_file_id": w.doc_upload.pk},
        False,
    ),
    ("wagtaildocs:delete_upload_multiple", lambda w: {"uploaded_file_id": w.doc_upload.pk}, False),
    ("wagtaildocs_chooser:chosen", lambda w: {"pk": w.document.pk}, True),
    (
        "wagtailsettings:edit",
        lambda w: {"app_name": "network", "model_name": "siteidentity", "pk": w.site.pk},
        True,
    ),
    (
        "wagtailsettings:preview_on_edit",
        lambda w: {"app_name": "network", "model_name": "siteidentity", "pk": w.site.pk},
        False,
    ),
    ("wagtailadmin_collections:edit", lambda w: {"pk": w.territory.collection_id}, False),
    ("wagtailadmin_collections:delete", lambda w: {"pk": w.territory.collection_id}, False),
    (
        "wagtailadmin_collections:set_privacy",
        lambda w: {"collection_id": w.territory.collection_id},
        False,
    ),
    ("wagtailsites:edit", lambda w: {"pk": w.site.pk}, False),
    ("wagtailsites:delete", lambda w: {"pk": w.site.pk}, False),
    ("wagtailsites:history", lambda w: {"pk": w.site.pk}, False),
    ("wagtailsites:usage", lambda w: {"pk": w.site.pk}, False),
    ("wagtailsites:copy", lambda w: {"pk": w.site.pk}, False),
    ("wagtailforms:list_submissions", lambda w: {"page_id": w.page.pk}, False),
    ("wagtailforms:list_submissions_results", lambda w: {"page_id": w.page.pk}, False),
    ("wagtailforms:delete_submissions", lambda w: {"page_id": w.page.pk}, False),
]


def _snippet_urls(app, model_name, attr, revisions):
    """The admin URLs of a territory-scoped snippet, built for World attribute ``attr``."""
    ns = f"wagtailsnippets_{app}_{model_name}"
    obj = lambda w: {"pk": getattr(w, attr).pk}  # noqa: E731
    rows = [
        (f"{ns}:edit", obj, True),
        (f"{ns}:delete", obj, model_name != "territory"),
        (f"{ns}:usage", obj, True),
        (f"{ns}:history", obj, True),
        (f"{ns}:history_results", obj, True),
        (f"{ns}:copy", obj, False),
        # Choosers may link another territory's published actor, never a draft.
        (
            f"wagtailsnippetchoosers_{app}_{model_name}:chosen",
            (lambda w: {"pk": w.draft_actor.pk}) if model_name == "actor" else obj,
            True,
        ),
    ]
    if revisions:

        def rev(w):
            return {"pk": getattr(w, attr).pk, "revision_id": getattr(w, f"{attr}_revision").pk}

        rows += [
            (f"{ns}:preview_on_edit", obj, False),
            (f"{ns}:revisions_view", rev, True),
            (f"{ns}:revisions_revert", rev, True),
            (f"{ns}:revisions_unschedule", rev, False),
            (
                f"{ns}:revisions_compare",
                lambda w: {
                    "pk": getattr(w, attr).pk,
                    "revision_id_a": "earliest",
                    "revision_id_b": "latest",
                },
                True,
            ),
            (f"{ns}:unpublish", obj, True),
            (f"{ns}:lock", obj, False),
            (f"{ns}:unlock", obj, False),
        ]
    return rows


URLS += _snippet_urls("territories", "territory", "territory", revisions=False)
URLS += _snippet_urls("actors", "actor", "actor", revisions=True)


def _snapshot(world: World) -> dict:
    page = ContentPage.objects.get(pk=world.page.pk)
    review = ContentPage.objects.get(pk=world.review_page.pk)
    actor = Actor.objects.get(pk=world.actor.pk)
    return {
        "actor": (
            actor.name,
            actor.live,
            actor.locked,
            actor.private_notes,
            actor.revisions.count(),
        ),
        "review": (
            review.title,
            review.live,
            review.workflow_states.filter(status="in_progress").count(),
        ),
        "page": (page.title, page.live, page.locked, page.url_path, page.has_unpublished_changes),
        "revisions": page.revisions.count(),
        "image": Image.objects.filter(pk=world.image.pk)
        .values_list("title", "collection_id")
        .first(),
        "document": Document.objects.filter(pk=world.document.pk).values_list("title").first(),
        "identity": SiteIdentity.for_site(world.site).main_colour,
        "territory": Territory.objects.filter(pk=world.territory.pk)
        .values_list("name", "hostname")
        .first(),
        "collection": world.territory.collection.__class__.objects.filter(
            pk=world.territory.collection_id
        )
        .values_list("name")
        .first(),
    }


@pytest.mark.django_db
def test_listings_and_searches_show_nothing_of_the_other_territory(client, worlds, editor_a):
    alpha, beta = worlds
    client.force_login(editor_a)
    listings = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_pages:search") + "?q=Page",
        reverse("wagtailimages:index"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailadmin_choose_page") + "?q=Page",
        reverse("wagtailadmin_choose_page_search") + "?q=Page",
        reverse("wagtailsnippets_territories_territory:list"),
        reverse("wagtailsnippetchoosers_territories_territory:choose"),
        reverse("wagtailsnippets_actors_actor:list"),
        reverse("wagtailsnippets_actors_actor:list") + "?q=Acteur",
        reverse("wagtailsnippetchoosers_actors_actor:choose"),
        reverse("wagtailsnippetchoosers_actors_actor:choose_results") + "?q=Acteur",
        "/admin/api/main/pages/?search=Page",
        "/admin/api/main/images/",
        "/admin/api/main/documents/",
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:locked_pages_results"),
        reverse("wagtailadmin_reports:workflow_results"),
        reverse("wagtailadmin_reports:workflow_tasks_results"),
        reverse("wagtailadmin_reports:page_types_usage"),
        reverse("wagtailsettings:edit", args=["network", "siteidentity"]),
    ]
    seen_own = False
    for url in listings:
        response = client.get(url, follow=True)
        content = response.content.decode()
        assert response.status_code in {200, 403, 404}, url
        # Beta's published pages are public and may be linked to; its drafts may not.
        for secret in ("Relecture beta", "Image beta", "Document beta", "Beta –", "Brouillon beta"):
            assert secret not in content, f"{secret!r} visible at {url}"
        # Beta's published pages and actors are public and may be linked to.
        if "choose" not in url:
            assert "Page beta" not in content, f"Beta's page listed at {url}"
            assert "Acteur beta" not in content, f"Beta's actor listed at {url}"
        seen_own = seen_own or "Acteur alpha" in content
    assert seen_own, "the listings never showed Alpha's own content: the check proves nothing"


def test_the_explorers_filters_offer_only_ones_own_sites_and_people(client, worlds, editor_a):
    """The page explorer's « Site », « Propriétaire » and « Modifiée par » filters listed
    every territory's sites and users: one checkbox per territory, its name beside it."""
    alpha, beta = worlds
    client.force_login(editor_a)
    home = alpha.territory.site.root_page
    content = client.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()
    assert f'name="site" value="{alpha.territory.site_id}"' in content  # the control
    assert f'name="site" value="{beta.territory.site_id}"' not in content
    assert "Beta" not in content
    forged = client.get(
        reverse("wagtailadmin_explore", args=[home.pk]), {"site": beta.territory.site_id}
    )
    assert forged.status_code in {200, 400} and "Beta" not in forged.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("report", ["site_history", "site_history_results", "page_types_usage"])
def test_cross_territory_reports_are_for_the_network_team(
    client, worlds, editor_a, network_editor, report
):
    url = reverse(f"wagtailadmin_reports:{report}")
    client.force_login(editor_a)
    assert client.get(url).status_code == 403
    client.force_login(network_editor)
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_network_team_reaches_every_territory(client, worlds, network_editor):
    alpha, beta = worlds
    client.force_login(network_editor)
    for world in worlds:
        assert (
            client.get(
                reverse("wagtailsnippets_territories_territory:edit", args=[world.territory.pk])
            ).status_code
            == 200
        )
        assert client.get(reverse("wagtailimages:edit", args=[world.image.pk])).status_code == 200


@pytest.mark.django_db
def test_editor_cannot_create_a_territory(client, territory_a, editor_a):
    client.force_login(editor_a)
    response = client.post(
        reverse("wagtailsnippets_territories_territory:add"),
        {"name": "Intrus", "slug": "intrus", "hostname": "intrus.localhost"},
    )
    assert response.status_code in REFUSED
    assert not Territory.objects.filter(slug="intrus").exists()
