"""Choices that the models, the public forms and the filters share (a module of its own, so the
forms and filters the pages render do not import the models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProjectStatus(models.TextChoices):
    IDEA = "idee", _("Idée")
    PREPARATION = "preparation", _("En préparation")
    RUNNING = "en_cours", _("En cours")
    DONE = "termine", _("Terminé")


class ContributionStatus(models.TextChoices):
    """Nouvelle until the team answers or closes it; answered from the admin, it is
    « Répondue » (the conversation may go on by e-mail); « Close » once nothing is left to do."""

    NEW = "new", _("Nouvelle")
    ANSWERED = "answered", _("Répondue")
    # A context of its own: the bare msgid "Close" is Wagtail's button, « Fermer » in French.
    CLOSED = "closed", pgettext_lazy("état d’une proposition d’aide", "Close")
