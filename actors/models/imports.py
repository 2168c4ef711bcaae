"""An actor import started from the admin: the uploaded file, its progress and its report."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from territories.models import Territory


class ActorImport(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        RUNNING = "running", _("En cours")
        DONE = "done", _("Terminé")
        REFUSED = "refused", _("Refusé : erreurs dans le fichier")
        FAILED = "failed", _("Échec")

    territory = models.ForeignKey(
        Territory, verbose_name=_("territoire"), on_delete=models.CASCADE, related_name="imports"
    )
    file = models.FileField(_("fichier"), upload_to="imports/%Y/%m/")
    source = models.CharField(_("source"), max_length=60, default="import")
    dry_run = models.BooleanField(_("simulation"), default=False)
    skip_invalid = models.BooleanField(_("ignorer les lignes invalides"), default=False)
    publish = models.BooleanField(_("publier les acteurs"), default=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    summary = models.TextField(blank=True)
    report_csv = models.TextField(blank=True)
    # Rows that look like existing actors: ``actor_import.DuplicateFlag.as_dict()`` each.
    duplicates = models.JSONField(default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # When the run was last handed to the workers (``import_runs``): its message carries
    # this value, so a message superseded by a later re-queue does not run it again.
    queued_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "territories_actorimport"
        ordering = ["-created_at"]
        verbose_name = _("import d’acteurs")
        verbose_name_plural = _("imports d’acteurs")

    def __str__(self):
        return f"{self.territory} – {self.file.name}"

    @property
    def percent(self) -> int:
        if self.status in (self.Status.DONE, self.Status.REFUSED):
            return 100
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.REFUSED, self.Status.FAILED)

    @property
    def summary_head(self) -> str:
        """The summary's first sentence (what happened), shown as a paragraph."""
        return (self.summary or "").split("\n", 1)[0]

    @property
    def summary_details(self) -> list[str]:
        """The summary's other lines (each row's error, possible duplicates), as a list."""
        return [line for line in (self.summary or "").split("\n")[1:] if line.strip()]

    @property
    def can_import_valid_rows(self) -> bool:
        """Refused for some rows (a report was written), not for the file itself."""
        return (
            self.status == self.Status.REFUSED and bool(self.report_csv) and not self.skip_invalid
        )
