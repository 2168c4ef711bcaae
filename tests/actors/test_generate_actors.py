"""`manage.py generate_actors`: realistic published actors, in bulk, inside the communes."""

import json

import pytest

from django.core.management import CommandError, call_command

from actors import actor_map
from actors.models import Actor
from tests.module_data import shared_territories
from tests.territories.factories import CommuneFactory

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def communes(territory_a):
    return [
        CommuneFactory(
            territory=territory_a,
            insee_code="94018",
            name="Charenton-le-Pont",
            postcodes="94220",
            latitude=48.8219,
            longitude=2.4139,
            population=30500,
        ),
        CommuneFactory(
            territory=territory_a,
            insee_code="94080",
            name="Vincennes",
            postcodes="94300",
            latitude=48.8474,
            longitude=2.439,
            population=49500,
        ),
    ]


def generate(*args, **options):
    call_command("generate_actors", *args, verbosity=0, **options)


def test_creates_published_actors_around_the_communes(territory_a, communes):
    generate("alpha", "300", "--seed", "1", "--batch", "120")

    actors = Actor.objects.filter(territory=territory_a)
    assert actors.count() == 300
    assert not actors.filter(live=False).exists()
    assert not actors.filter(first_published_at__isnull=True).exists()
    by_code = {commune.insee_code: commune for commune in communes}
    for actor in actors:
        commune = by_code[actor.commune_insee]
        assert actor.city == commune.name
        assert actor.postcode in commune.postcode_list
        # Within ~10 km of the commune's centre (gaussian, 1.5 km standard deviation).
        assert abs(actor.latitude - commune.latitude) < 0.1
        assert abs(actor.longitude - commune.longitude) < 0.15
        assert actor.search_text == actor.build_search_text()
        assert actor.name and actor.slug and actor.kind_id
    assert len({actor.slug for actor in actors}) == 300
    assert Actor.themes.through.objects.filter(actor__territory=territory_a).exists()
    assert Actor.offers.through.objects.filter(actor__territory=territory_a).exists()
    assert actors.values("kind").distinct().count() > 5


def test_names_read_like_french_actors(territory_a, communes):
    generate("alpha", "200", "--seed", "3")

    names = list(Actor.objects.values_list("name", flat=True))
    prefixes = ("Collège ", "Lycée ", "Association ", "École ", "Mairie de ", "Fondation ")
    assert sum(name.startswith(prefixes) for name in names) > 30


def test_a_seed_gives_the_same_actors(territory_a, territory_b, communes):
    for commune in communes:
        commune.pk = None
        commune.territory = territory_b
        commune.save()
    generate("alpha", "50", "--seed", "7")
    generate("beta", "50", "--seed", "7")

    def rows(territory):
        return list(
            Actor.objects.filter(territory=territory)
            .order_by("id")
            .values_list("name", "slug", "latitude", "longitude")
        )

    assert rows(territory_a) == rows(territory_b)


def test_running_again_adds_actors_with_unique_slugs(territory_a, communes):
    generate("alpha", "100", "--seed", "1")
    generate("alpha", "100", "--seed", "1")

    slugs = list(Actor.objects.filter(territory=territory_a).values_list("slug", flat=True))
    assert len(slugs) == 200 == len(set(slugs))


def test_generated_actors_reach_the_map_at_once(client, territory_a, communes):
    empty = json.loads(client.get("/api/actors.geojson", HTTP_HOST="alpha.localhost").content)
    assert empty["meta"]["total"] == 0

    before = actor_map.cache_version()
    generate("alpha", "40", "--seed", "2")

    assert actor_map.cache_version() > before
    data = json.loads(client.get("/api/actors.geojson", HTTP_HOST="alpha.localhost").content)
    assert data["meta"]["total"] == 40


def test_an_unknown_territory_is_a_clear_error(territory_a):
    with pytest.raises(CommandError, match="Territoire « atlantide » introuvable.*alpha"):
        generate("atlantide", "10")


def test_a_territory_without_located_communes_is_a_clear_error(territory_a):
    CommuneFactory(territory=territory_a, insee_code="94018", name="Sans position")

    with pytest.raises(CommandError, match="aucune commune avec une position"):
        generate("alpha", "10")
    assert not Actor.objects.exists()


@pytest.mark.parametrize("args", [("alpha", "0"), ("alpha", "10", "--batch", "0")])
def test_counts_must_be_positive(territory_a, communes, args):
    with pytest.raises(CommandError, match="positif"):
        generate(*args)
