"""projects.0003–0005: each need's old kind (a choice value) becomes a link to the need kind
of that slug, on the same table; and back."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("projects", "0002_actors_app"), ("actors", "0005_seed_need_kinds")]
AFTER = [("projects", "0005_need_kind_fk")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def back_to_the_latest():
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_old_kinds_map_to_the_need_kinds_of_the_same_slug(back_to_the_latest):
    old = migrate(BEFORE)
    Territory = old.get_model("territories", "Territory")
    Need = old.get_model("projects", "Need")
    territory = Territory.objects.create(name="Migrée", slug="migree")
    for value in ("stagiaires", "benevoles", "autre", "locaux"):
        Need.objects.create(territory=territory, title=f"Besoin {value}", kind=value)
    table = Need._meta.db_table

    new = migrate(AFTER)
    Need = new.get_model("projects", "Need")
    assert Need._meta.db_table == table
    assert sorted(Need.objects.values_list("title", "kind__slug")) == [
        ("Besoin autre", "autre"),
        ("Besoin benevoles", "benevoles"),
        ("Besoin locaux", "locaux"),
        ("Besoin stagiaires", "stagiaires"),
    ]
    assert Need.objects.get(title="Besoin benevoles").kind.name == "Bénévoles"

    back = migrate(BEFORE)
    Need = back.get_model("projects", "Need")
    assert sorted(Need.objects.values_list("kind", flat=True)) == [
        "autre",
        "benevoles",
        "locaux",
        "stagiaires",
    ]
