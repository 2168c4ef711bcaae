"""Live progress of a background import, kept in the cache (Redis, shared by every process).

The import writes its rows inside one transaction, so progress saved on the import's
database row would only become visible once everything is committed: the bar would jump
from 0 to 100 %. The status page reads the cache while the import runs, its row once done.
``total`` is 0 while the file is being checked (rows validated so far, end unknown), then
the number of rows while they are written.
"""

import logging

from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)
TIMEOUT = 24 * 3600


def _key(import_id: int) -> str:
    return f"actor-import:progress:{import_id}"


def save(import_id: int, done: int, total: int) -> None:
    try:
        cache.set(_key(import_id), (done, total), TIMEOUT)
    except Exception:  # a cache outage costs the progress bar, never the import
        logger.warning("progression de l’import %s non enregistrée", import_id, exc_info=True)


def forget(import_id: int) -> None:
    """No progress yet: a run (re)queued starts from nothing."""
    try:
        cache.delete(_key(import_id))
    except Exception:
        logger.warning("progression de l’import %s non effacée", import_id, exc_info=True)


def apply(actor_import):
    """The import with ``rows_done`` / ``rows_total`` of its run so far (not saved)."""
    if actor_import.finished:
        return actor_import
    try:
        value = cache.get(_key(actor_import.pk))
    except Exception:
        value = None
    if value:
        actor_import.rows_done, actor_import.rows_total = value
    return actor_import


def rows_label(actor_import) -> str:
    """What the run has done so far, in words (the page and its JSON say the same)."""
    done, total = actor_import.rows_done, actor_import.rows_total
    if total:
        return ngettext(
            "%(done)s ligne écrite sur %(total)s.", "%(done)s lignes écrites sur %(total)s.", done
        ) % {"done": done, "total": total}
    if done:
        return ngettext(
            "Vérification du fichier : %(done)s ligne lue.",
            "Vérification du fichier : %(done)s lignes lues.",
            done,
        ) % {"done": done}
    return str(
        _("En attente de démarrage…")
        if actor_import.status == "pending"
        else _("Vérification du fichier…")
    )
