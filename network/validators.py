"""Validators shared by the network's models and forms."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(colour_a: str, colour_b: str) -> float:
    lighter, darker = sorted(
        (_relative_luminance(colour_a), _relative_luminance(colour_b)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def validate_brand_colour(value: str) -> None:
    """A main colour must be #RRGGBB and readable as a background for white text (WCAG AA)."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Indiquez une couleur au format hexadécimal #RRGGBB, par exemple #1d4e89."),
            code="invalid_colour",
        )
    ratio = contrast_ratio(value, "#ffffff")
    if ratio < 4.5:
        raise ValidationError(
            _(
                "Cette couleur est trop claire : le texte blanc posé dessus n’atteint qu’un "
                "contraste de %(ratio).1f:1, il faut au moins 4,5:1 (RGAA). Choisissez une teinte "
                "plus foncée."
            ),
            params={"ratio": ratio},
            code="low_contrast",
        )


# ASCII digits (``\d`` takes any script's), the whole value (``$`` allows a final newline).
INSEE_CODE = re.compile(r"^(?:[0-9]{5}|2[AB][0-9]{3})\Z")


def validate_insee_code(value: str) -> None:
    if not INSEE_CODE.match(value or ""):
        raise ValidationError(
            _(
                "Le code INSEE compte 5 caractères : 5 chiffres, ou 2A/2B suivis de 3 chiffres pour la Corse."
            ),
            code="invalid_insee",
        )


POSTCODE = re.compile(r"^[0-9]{5}\Z")


def validate_postcode(value: str) -> None:
    if value and not (len(value) == 5 and value.isascii() and value.isdigit()):
        raise ValidationError(_("Le code postal compte 5 chiffres, par exemple 94220."))


def validate_postcodes(value: str) -> None:
    codes = [code.strip() for code in (value or "").split(",") if code.strip()]
    bad = [code for code in codes if not POSTCODE.match(code)]
    if bad:
        raise ValidationError(
            _(
                "Codes postaux invalides : %(codes)s. Attendu : 5 chiffres, séparés par des virgules."
            ),
            params={"codes": ", ".join(bad)},
            code="invalid_postcode",
        )


def validate_latitude(value: float) -> None:
    if value is not None and not -90 <= value <= 90:
        raise ValidationError(
            _("La latitude doit être comprise entre -90 et 90."), code="invalid_lat"
        )


def validate_longitude(value: float) -> None:
    if value is not None and not -180 <= value <= 180:
        raise ValidationError(
            _("La longitude doit être comprise entre -180 et 180."), code="invalid_lng"
        )


HOSTNAME = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"
)


def validate_hostname(value: str) -> None:
    if not HOSTNAME.match(value or ""):
        raise ValidationError(
            _(
                "Nom de domaine invalide : lettres minuscules, chiffres, tirets et points "
                "seulement, sans http:// ni chemin (par exemple vitawin.catalyseurs.fr)."
            ),
            code="invalid_hostname",
        )
