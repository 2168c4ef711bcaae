"""Choices that the models, the public forms and the filters share (a module of its own, so the
forms and filters the pages render do not import the models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    IDEA = "idee", _("Idée")
    PREPARATION = "preparation", _("En préparation")
    RUNNING = "en_cours", _("En cours")
    DONE = "termine", _("Terminé")
