"""Every admin URL that takes an id, requested by Alpha's editor with Beta's objects.

The two territories are built once for the module (see ``shared_worlds``); the URL table
and the world builder live in ``test_admin_isolation``.
"""

import pytest

from django.urls import reverse

from tests.territories.factories import TerritoryFactory, UserFactory, network
from tests.territories.test_admin_isolation import REFUSED, URLS, WRONG_METHOD, World, _snapshot


@pytest.fixture(scope="module")
def shared_worlds(django_db_setup, django_db_blocker):
    """The same two worlds, built once for the ~100 URL checks of this module.

    Like Django's ``setUpTestData``: built inside a transaction that is rolled back when
    the module ends, while each test runs in a savepoint of its own.
    """
    from django.db import transaction

    from wagtail.models import Site

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            network(name="Réseau")
            alpha = TerritoryFactory(slug="alpha", name="Alpha")
            beta = TerritoryFactory(slug="beta", name="Beta")
            editor_a = UserFactory(username="editeur-alpha", password="x", team=alpha)
            editor_b = UserFactory(username="editeur-beta", password="x", team=beta)
            yield World(alpha, editor_a), World(beta, editor_b), editor_a
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            Site.clear_site_root_paths_cache()  # the rolled-back sites must not linger


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "kwargs", "control"), URLS, ids=[u[0] for u in URLS])
def test_other_territory_object_is_refused(client, shared_worlds, name, kwargs, control):
    alpha, beta, editor_a = shared_worlds
    client.force_login(editor_a)
    before = _snapshot(beta)

    url = reverse(name, kwargs=kwargs(beta))
    get = client.get(url).status_code
    post = client.post(
        url, {"title": "Piraté", "name": "Piraté", "main_colour": "#000000", "new_title": "x"}
    ).status_code
    assert {get, post} <= REFUSED | {WRONG_METHOD}, f"{url}: GET {get}, POST {post}"
    assert {get, post} & REFUSED, f"{url}: neither GET nor POST was refused"
    assert _snapshot(beta) == before

    if control:
        own = client.get(reverse(name, kwargs=kwargs(alpha)))
        assert own.status_code not in REFUSED, f"Alpha's own object refused at {name}"
