from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo network (``manage.py load_demo``): it loads every app's content, so it sits
    on top of them all, beside the project package."""

    name = "demo"
    verbose_name = _("Démonstration")
