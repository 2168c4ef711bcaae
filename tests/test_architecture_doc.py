"""docs/architecture.md names modules and files: each must still exist."""

import importlib
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "architecture.md").read_text()
APPS = ("config", "demo", "search", "experiences", "projects", "library", "events", "actors")
APPS += ("territories", "network", "templates", "tests", "docs", "bench")


def named_paths():
    """Backticked paths that start with one of the project's folders (`actors/signup.py`)."""
    for path in re.findall(r"`([a-z_]+/[\w./<>-]*)`", DOC):
        if path.split("/")[0] in APPS and "<" not in path:
            yield path


def named_modules():
    """Backticked dotted names of the project's modules (`network.caching.invalidation`)."""
    packages = "|".join(APPS[:10])
    yield from re.findall(rf"`((?:{packages})(?:\.\w+)+)`", DOC)


def _exists(dotted: str) -> bool:
    """A module, an attribute of one, or a model label (``network.ContentPage``)."""
    from django.apps import apps

    parts = dotted.split(".")
    if len(parts) == 2 and parts[0] in {c.label for c in apps.get_app_configs()}:
        codenames = {
            codename
            for model in apps.get_app_config(parts[0]).get_models()
            for codename, _label in model._meta.permissions
        }
        if parts[1] in codenames:  # a permission (``territories.manage_network``)
            return True
    if len(parts) == 2 and parts[1][:1].isupper():
        try:
            apps.get_model(dotted)
            return True
        except LookupError:
            pass
    for cut in range(len(parts), 0, -1):
        module = ".".join(parts[:cut])
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            value = importlib.import_module(module)
            for attribute in parts[cut:]:
                if not hasattr(value, attribute):
                    return False
                value = getattr(value, attribute)
            return True
    return False


def test_every_path_the_architecture_doc_names_exists():
    paths = list(named_paths())
    assert len(paths) > 20
    missing = [p for p in paths if not (ROOT / p).exists()]
    assert missing == []


def test_every_module_the_architecture_doc_names_exists():
    names = [n for n in named_modules() if not any(p[:1].isdigit() for p in n.split("."))]
    assert len(names) > 10
    missing = [name for name in names if not _exists(name)]
    assert missing == []
