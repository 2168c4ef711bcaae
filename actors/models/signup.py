"""Self-registration: an actor's request to appear on its territory's map, or to update its card.

A sign-up always points to an ``Actor``: a new card is created as a draft (``live=False``)
with one revision; an update of an existing card is a new, unpublished revision of it. The
request waits for the territory's moderators, who approve (the revision is published) or
reject it with a reason. The person's own contact stays private: it is stored here and in the
actor's private fields, never shown on public pages, APIs or exports.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from territories.models import Territory

from .actor import Actor


class ActorSignup(models.Model):
    class Kind(models.TextChoices):
        NEW = "new", _("Nouvelle fiche")
        UPDATE = "update", _("Mise à jour d’une fiche")

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente de modération")
        APPROVED = "approved", _("Acceptée")
        REJECTED = "rejected", _("Refusée")

    territory = models.ForeignKey(
        Territory, verbose_name=_("territoire"), on_delete=models.CASCADE, related_name="signups"
    )
    actor = models.ForeignKey(
        Actor, verbose_name=_("acteur"), on_delete=models.CASCADE, related_name="signups"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("révision proposée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("demande"), max_length=10, choices=Kind.choices, default=Kind.NEW)

    # The person who asked (private).
    contact_name = models.CharField(_("nom de la personne"), max_length=120)
    contact_email = models.EmailField(_("courriel de la personne"))
    contact_phone = models.CharField(_("téléphone de la personne"), max_length=30, blank=True)
    consent_at = models.DateTimeField(_("consentement donné le"))
    ip_hash = models.CharField(
        _("empreinte de l’adresse IP"),
        max_length=64,
        blank=True,
        help_text=_("Empreinte à sens unique : l’adresse IP elle-même n’est pas conservée."),
    )

    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    rejection_reason = models.TextField(_("motif du refus"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("décidée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True)
    duplicate_ids = models.JSONField(
        _("doublons possibles"),
        default=list,
        blank=True,
        help_text=_("Identifiants des acteurs qui ressemblent à celui-ci au moment de la demande."),
    )
    created_at = models.DateTimeField(_("reçue le"), auto_now_add=True)
    # The update link e-mailed for this sign-up carries this number; submitting an update
    # with it adds one, so each link serves once (``actors.signup``).
    link_version = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "territories_actorsignup"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("demande d’inscription")
        verbose_name_plural = _("demandes d’inscription")
        indexes = [
            models.Index(
                fields=["territory", "status", "created_at"], name="signup_territory_status"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.actor.name if self.actor_id else '?'}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
