"""The weekly digest's subscriptions: an actor's contact asked to receive, at most weekly,
the new needs of the territory that the actor's offers answer (``projects.digest``).

Double opt-in: a request (at sign-up or through the update link) is ``pending`` until the
person opens the signed link of the confirmation e-mail; only ``confirmed`` subscriptions
of published actors receive. Every digest carries a one-click unsubscribe link.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .actor import Actor


class DigestSubscription(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("À confirmer")
        CONFIRMED = "confirmed", _("Confirmé")
        UNSUBSCRIBED = "unsubscribed", _("Désabonné")

    actor = models.OneToOneField(
        Actor,
        verbose_name=_("acteur"),
        on_delete=models.CASCADE,
        related_name="digest_subscription",
    )
    # The contact's address when they asked (private, like the sign-up's); forgotten when
    # they unsubscribe.
    email = models.EmailField(_("courriel de l’abonné"), blank=True)
    status = models.CharField(
        _("état"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    requested_at = models.DateTimeField(_("demandé le"))
    confirmed_at = models.DateTimeField(_("confirmé le"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("désabonné le"), null=True, blank=True)
    # Needs created after this are new to the subscriber: the confirmation, then each digest.
    since = models.DateTimeField(_("besoins nouveaux depuis le"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("dernier envoi le"), null=True, blank=True)
    # Each new request moves it on: an older confirmation link no longer confirms.
    link_version = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("abonnement aux besoins de la semaine")
        verbose_name_plural = _("abonnements aux besoins de la semaine")
        indexes = [
            # The weekly run reads the confirmed subscriptions only.
            models.Index(
                fields=["last_sent_at"],
                condition=Q(status="confirmed"),
                name="digest_confirmed_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.actor_id} – {self.get_status_display()}"

    @property
    def is_active(self) -> bool:
        """Asked for, and not withdrawn (confirmed or waiting for its confirmation)."""
        return self.status in (self.Status.PENDING, self.Status.CONFIRMED)
