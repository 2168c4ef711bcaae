"""Projects section: provisioning, derived territory, need visibility."""

import pytest

from django.core.exceptions import ValidationError

from actors.models import NeedKind
from projects.models import Need, NeedStatus, ProjectIndexPage, ProjectPage
from projects.services import project_index, projects_provision
from tests.actors.factories import ActorFactory
from tests.projects.factories import NeedFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


def make_actor(**fields):
    return ActorFactory(no_revision=True, **fields)


def add_project(index, title="Jardin partagé", live=True, **fields):
    return ProjectPageFactory(
        parent=index,
        title=title,
        summary="Un jardin pour tous.",
        live=live,
        no_revision=True,
        **fields,
    )


def test_provisioning_creates_one_published_index(territory_a):
    index = project_index(territory_a)
    assert index is not None and index.slug == "projets" and index.live
    assert index.get_parent().pk == territory_a.site.root_page_id
    projects_provision(territory_a)
    assert ProjectIndexPage.objects.child_of(territory_a.site.root_page).count() == 1


def test_project_territory_is_derived_from_the_tree(territory_a, territory_b):
    page = add_project(project_index(territory_a))
    assert page.territory == territory_a
    page.move(project_index(territory_b), pos="last-child")
    page = ProjectPage.objects.get(pk=page.pk)
    page.save()
    assert page.territory == territory_b


def test_end_date_must_follow_start_date(territory_a):
    import datetime

    page = ProjectPage(
        title="X",
        summary="x",
        start_date=datetime.date(2026, 5, 1),
        end_date=datetime.date(2026, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "Date de fin" in str(error.value)


def test_public_needs_exclude_drafts_filled_pending_and_unlisted(territory_a, territory_b):
    live = add_project(project_index(territory_a), "Vivant")
    draft = add_project(project_index(territory_a), "Brouillon", live=False)
    actor_draft = make_actor(territory=territory_a, name="Brouillon", live=False)
    actor_live = make_actor(territory=territory_a, name="Publié", live=True)

    def need(title, **fields):
        fields.setdefault("territory", territory_a)
        return NeedFactory(title=title, kind="benevoles", **fields)

    visible = {
        need("seul"),
        need("projet vivant", project=live),
        need("acteur publié", actor=actor_live),
    }
    need("projet brouillon", project=draft)
    need("acteur brouillon", actor=actor_draft)
    need("pourvu", status=NeedStatus.FILLED)
    need("à valider", is_approved=False)
    territory_b.is_listed = False
    territory_b.save()
    hidden_b = need("non listé", territory=territory_b)

    assert set(Need.objects.public()) == visible
    assert set(Need.objects.public_on_site(territory_a)) == visible
    assert list(Need.objects.public_on_site(territory_b)) == [hidden_b]


def test_need_must_stay_in_its_territory(territory_a, territory_b):
    project_b = add_project(project_index(territory_b))
    actor_b = make_actor(territory=territory_b, name="Ailleurs")
    need = Need(
        territory=territory_a,
        title="x",
        kind=NeedKind.objects.get(slug="autre"),
        project=project_b,
        actor=actor_b,
    )
    with pytest.raises(ValidationError) as error:
        need.full_clean()
    assert set(error.value.message_dict) == {"project", "actor"}


def test_provision_projects_command_is_idempotent(territory_a):
    import io

    from django.core.management import call_command

    project_index(territory_a).delete()
    out = io.StringIO()
    call_command("provision_projects", stdout=out)
    call_command("provision_projects", stdout=out)
    assert ProjectIndexPage.objects.child_of(territory_a.site.root_page).count() == 1
    assert "1 territoire(s)" in out.getvalue()
