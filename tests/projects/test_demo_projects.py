"""Demo projects: their references exist, the loader is idempotent and publishes them."""

import pytest

from demo import actors as demo_actors
from demo import data as demo_data
from demo import projects as demo_projects
from projects.models import Need, ProjectPage
from projects.services import project_index
from tests.projects.conftest import make_actor


def test_demo_projects_reference_real_demo_actors_communes_and_themes():
    theme_slugs = {theme["slug"] for theme in demo_data.THEMES}
    communes = {
        t["slug"]: {c["insee"] for c in t.get("communes", [])} for t in demo_data.TERRITORIES
    }
    for slug, projects in demo_projects.PROJECTS.items():
        names = {actor["name"] for actor in demo_actors.ACTORS[slug]}
        for spec in projects:
            assert {name for name, _role in spec["partners"]} <= names, spec["slug"]
            assert set(spec["communes"]) <= communes[slug], spec["slug"]
            assert set(spec["themes"]) <= theme_slugs, spec["slug"]
            assert "@" not in spec.get("lead_email", "@x.example").split(".example")[-1]


@pytest.mark.django_db
def test_load_projects_is_idempotent(monkeypatch, alpha):
    make_actor(alpha, "Collège La Passerelle")
    spec = dict(demo_projects.PROJECTS["vitawin"][0])
    spec["communes"] = ["94018"]
    monkeypatch.setattr(demo_projects, "PROJECTS", {"alpha": [spec]})
    assert demo_projects.load_projects() == 1
    assert demo_projects.load_projects() == 0
    page = ProjectPage.objects.get()
    assert page.live and page.territory == alpha
    assert page.get_parent().pk == project_index(alpha).pk
    assert [link.actor.name for link in page.partners.all()] == ["Collège La Passerelle"]
    assert Need.objects.public().filter(project=page).count() == len(spec["needs"])
