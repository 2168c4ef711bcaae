"""The page permission policy answers what Wagtail's answers, in one condition per depth.

Wagtail ORs one queryset per page permission: quadratic in Python, and the network team
holds five per territory (the experience index it reviews), 1,505 at 300 territories. Our
policy builds the same sets with one ``IN`` per depth; these tests compare both, page by
page, for every kind of user, and check the condition does not grow with the territories.
"""

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page, PagePermissionTester, Site
from wagtail.permission_policies.pages import PagePermissionPolicy

from experiences.services import ensure_index
from territories.models import TerritoryRole
from territories.services import network_team_provision
from territories.wagtail_scopes import WAGTAIL_TESTER_INIT, TerritoryPagePermissionPolicy
from tests.experiences.conftest import make_experience, pioneers
from tests.module_data import rolled_back
from tests.territories.factories import TerritoryFactory, UserFactory, network, team

pytestmark = pytest.mark.django_db

ACTION_SETS = [
    {"change"},
    {"publish"},
    {"add"},
    {"change", "publish"},
    {"add", "change", "publish", "lock", "unlock", "bulk_delete"},
]


@pytest.fixture(scope="module")
def world_ids(django_db_setup, django_db_blocker):
    """Built once for the module (rolled back at its end): the users' primary keys."""
    with rolled_back(django_db_blocker):
        home = network()
        site = Site.objects.get(is_default_site=True)
        alpha, beta, gamma = (TerritoryFactory(slug=slug) for slug in ("alpha", "beta", "gamma"))
        for territory in (alpha, beta, gamma):
            ensure_index(territory)  # the network team reviews each experience index
        pioneer = UserFactory(username="pionnier", groups=[pioneers(alpha)])
        make_experience(alpha, "Brouillon du pionnier", publish=False, owner=pioneer)
        make_experience(alpha, "Brouillon d’un autre", publish=False)
        make_experience(beta, "Publiée à Beta")
        users = {
            "editor": UserFactory(username="editeur", groups=[team(alpha)]),
            "moderator": UserFactory(
                username="moderateur", groups=[team(alpha, TerritoryRole.Role.MODERATORS)]
            ),
            "pioneer": pioneer,
            "network team": UserFactory(
                username="equipe", groups=[network_team_provision(home, site)]
            ),
            "nobody": UserFactory(username="personne"),
        }
        yield {role: user.pk for role, user in users.items()}


@pytest.fixture
def world(world_ids, db):
    User = get_user_model()
    return {role: User.objects.get(pk=pk) for role, pk in world_ids.items()}


def pks(queryset):
    return set(queryset.values_list("pk", flat=True))


@pytest.mark.parametrize("role", ["editor", "moderator", "pioneer", "network team", "nobody"])
def test_same_pages_as_wagtail_for_every_user(world, role):
    user = world[role]
    ours, wagtails = TerritoryPagePermissionPolicy(Page), PagePermissionPolicy(Page)
    for actions in ACTION_SETS:
        assert pks(ours.instances_user_has_any_permission_for(user, actions)) == pks(
            wagtails.instances_user_has_any_permission_for(user, actions)
        ), actions
    assert pks(ours._explorable(user)) == pks(wagtails.explorable_instances(user))


def test_the_condition_has_one_test_per_depth_whatever_the_territories(world, make_territory):
    user = world["network team"]
    policy = TerritoryPagePermissionPolicy(Page)
    sql = str(policy.instances_user_has_any_permission_for(user, {"change"}).query)
    for slug in ("delta", "epsilon", "zeta"):
        ensure_index(TerritoryFactory(slug=slug))
    user = type(user).objects.get(pk=user.pk)  # its cached permissions, read again
    more = str(policy.instances_user_has_any_permission_for(user, {"change"}).query)
    assert more.count(" OR ") == sql.count(" OR ")
    assert more.count("LIKE") == sql.count("LIKE") == 0


@pytest.mark.parametrize("role", ["editor", "moderator", "pioneer", "network team", "nobody"])
def test_each_pages_tester_knows_what_wagtails_would(world, role):
    """The explorer builds a ``PagePermissionTester`` per row: ours reads the ancestors'
    actions from a per-user map; Wagtail's tested every permission. Same answers."""
    user = world[role]
    for page in Page.objects.all():
        ours = PagePermissionTester(user, page)
        wagtails = PagePermissionTester.__new__(PagePermissionTester)
        WAGTAIL_TESTER_INIT(wagtails, user, page)
        assert getattr(ours, "permissions", None) == getattr(wagtails, "permissions", None)
        assert (ours.can_edit(), ours.can_publish(), ours.can_add_subpage()) == (
            wagtails.can_edit(),
            wagtails.can_publish(),
            wagtails.can_add_subpage(),
        ), page.url_path
