"""Validating the rows of an actor import: one ``CleanRow`` or the errors of each row.

Everything a row needs is prepared once per import: the taxonomies as dictionaries (slug
and accent-free lowercase label), the communes' centres, the e-mail and URL validators. A
row costs a few dictionary look-ups and string operations, no query and no model instance.
"""

import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actors.models import ActorKind, NeedKind, Offer
from network.models import Theme
from network.text import fold
from network.validators import INSEE_CODE
from territories.models import Territory

# An imported position must lie within this distance of one of the territory's communes.
AREA_MARGIN_KM = 15.0
LIMITS = {
    "name": 200,
    "description": 5000,
    "address": 255,
    "city": 120,
    "phone": 30,
    "website": 300,
}
# The actor's columns a row sets, in the order of ``CleanRow.values``; a re-import compares
# them (with the kind, themes, offers and seeks) to tell updated actors from unchanged ones.
COMPARED = (
    "name",
    "description",
    "address",
    "postcode",
    "city",
    "commune_insee",
    "email",
    "phone",
    "website",
    "latitude",
    "longitude",
    "location",
)
NAME, DESCRIPTION, ADDRESS, POSTCODE, CITY, INSEE, *_REST = range(len(COMPARED))
# The columns a row is read from.
READ = (
    "external_id",
    "name",
    "kind",
    "description",
    "address",
    "postcode",
    "city",
    "insee",
    "latitude",
    "longitude",
    "email",
    "phone",
    "website",
    "themes",
    "offers",
    "seeks",
)
LATITUDE, LONGITUDE = COMPARED.index("latitude"), COMPARED.index("longitude")
# What the reports call the columns (the French headers the import also reads).
COLUMN_LABELS = {
    "external_id": gettext_lazy("identifiant"),
    "name": gettext_lazy("nom"),
    "kind": gettext_lazy("type d’acteur"),
    "description": gettext_lazy("présentation"),
    "address": gettext_lazy("adresse"),
    "postcode": gettext_lazy("code postal"),
    "city": gettext_lazy("ville"),
    "insee": gettext_lazy("code INSEE"),
    "commune_insee": gettext_lazy("code INSEE"),
    "latitude": gettext_lazy("latitude"),
    "longitude": gettext_lazy("longitude"),
    "email": gettext_lazy("courriel"),
    "phone": gettext_lazy("téléphone"),
    "website": gettext_lazy("site web"),
    "themes": gettext_lazy("thèmes"),
    "offers": gettext_lazy("offres"),
}


@dataclass
class RowError:
    line: int
    column: str
    message: str

    @property
    def column_label(self) -> str:
        """The column's French name (the file may use either: see ``ALIASES``)."""
        return str(COLUMN_LABELS.get(self.column, self.column))

    def __str__(self):
        return _("ligne %(line)s, colonne « %(column)s » : %(message)s") % {
            "line": self.line,
            "column": self.column_label,
            "message": self.message,
        }


class CleanRow(NamedTuple):
    """A valid row, as plain values (cheap to spool to disk between the two passes)."""

    line: int
    external_id: str
    values: tuple  # in the order of COMPARED
    kind_id: int
    theme_ids: list[int]
    offer_ids: list[int]
    seek_ids: list[int]
    search_text: str

    @property
    def fields(self) -> dict:
        return dict(zip(COMPARED, self.values, strict=True))


def search_text(name: str, city: str, postcode: str, address: str, description: str) -> str:
    """What ``Actor.build_search_text`` computes, without a model instance."""
    return fold(" ".join((name, city, postcode, address, description)))


class Vocabulary:
    """A taxonomy looked up by slug or French label, case and accents ignored."""

    def __init__(self, model):
        self.by_key = {}
        items = list(model.objects.all())
        for item in items:
            self.by_key[fold(item.slug)] = item.pk
            self.by_key[fold(item.name)] = item.pk
        self.choices = ", ".join(sorted(item.slug for item in items))
        self._seen = {}  # raw value → pk: files repeat the same few labels on every row

    def get(self, value: str) -> int | None:
        try:
            return self._seen[value]
        except KeyError:
            if len(self._seen) > 10_000:  # bounded, whatever the file holds
                self._seen.clear()
            found = self._seen[value] = self.by_key.get(fold(value.strip()))
            return found


def _haversine_km(lat1, lng1, lat2, lng2) -> float:
    lat1, lng1, lat2, lng2 = map(math.radians, (lat1, lng1, lat2, lng2))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class _Area:
    """Within ``AREA_MARGIN_KM`` of one of the territory's communes, through a grid.

    Each commune's circle fits in a box of ± dlat, ± dlng degrees (dlng grows with the
    latitude: the cosine of the latitude nearest a pole within the box), widened by 1 % so
    that rounding never leaves out a position the distance accepts. The box is entered in
    every cell of a grid of ``CELL`` degrees (about 15 km north-south) it overlaps; a row
    looks in its own cell only and computes the haversine distance to the few communes
    there. The cost of a row depends on the density of communes, not on their number
    (about 20 candidates per cell in the densest départements, 34,827 communes in all).
    Boxes that wrap around the world (near a pole or the antimeridian) are kept apart and
    checked for every row: there are none in France.
    """

    CELL = math.degrees(AREA_MARGIN_KM / 6371) * 1.01

    def __init__(self, centres: list[tuple[float, float]]):
        self.centres = centres
        self.grid: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self.everywhere: list[tuple[float, float]] = []
        dlat = cell = self.CELL
        for lat, lng in centres:
            cos = math.cos(math.radians(min(abs(lat) + dlat, 90.0)))
            dlng = dlat / cos if cos > 0.01 else 360.0
            if abs(lng) + dlng >= 180:  # near the antimeridian or a pole: no box
                self.everywhere.append((lat, lng))
                continue
            for cy in range(math.floor((lat - dlat) / cell), math.floor((lat + dlat) / cell) + 1):
                for cx in range(
                    math.floor((lng - dlng) / cell), math.floor((lng + dlng) / cell) + 1
                ):
                    self.grid.setdefault((cx, cy), []).append((lat, lng))

    def candidates(self, lat: float, lng: float) -> list[tuple[float, float]]:
        """The communes whose box may hold the position (a superset of those within reach)."""
        cell = self.CELL
        near = self.grid.get((math.floor(lng / cell), math.floor(lat / cell)), [])
        return near + self.everywhere if self.everywhere else near

    def contains(self, lat: float, lng: float) -> bool:
        if not self.centres:
            return True
        return any(
            _haversine_km(lat, lng, c_lat, c_lng) <= AREA_MARGIN_KM
            for c_lat, c_lng in self.candidates(lat, lng)
        )


def _compiled(pattern) -> re.Pattern:
    return re.compile(pattern.pattern, pattern.flags)


class RowValidator:
    def __init__(self, territory: Territory):
        self.territory = territory
        self.kinds = Vocabulary(ActorKind)
        self.themes = Vocabulary(Theme)
        self.offers = Vocabulary(Offer)
        self.seeks = Vocabulary(NeedKind)
        self.area = _Area(
            [
                (commune.latitude, commune.longitude)
                for commune in territory.communes.all()
                if commune.latitude is not None and commune.longitude is not None
            ]
        )
        self.centres = self.area.centres
        self.email = EmailValidator()
        self.url = URLValidator(schemes=["http", "https"])
        # Django compiles its validators' patterns lazily: every row would go through the
        # lazy object's proxy, several times per address. The same patterns, compiled now.
        for name in ("user_regex", "domain_regex", "literal_regex"):
            setattr(self.email, name, _compiled(getattr(self.email, name)))
        self.url.regex = _compiled(self.url.regex)

    def _terms(
        self, raw: str, vocabulary: Vocabulary, column: str, errors: list[RowError], line: int
    ) -> list[int]:
        if not raw:
            return []
        found = set()
        for term in raw.split("|"):
            term = term.strip()
            if not term:
                continue
            pk = vocabulary.get(term)
            if pk is None:
                errors.append(
                    RowError(
                        line,
                        column,
                        _("« %(term)s » est inconnu. Valeurs possibles : %(choices)s")
                        % {"term": term, "choices": vocabulary.choices},
                    )
                )
            else:
                found.add(pk)
        return sorted(found)

    def validate(self, line: int, row: dict) -> tuple[CleanRow | None, list[RowError]]:
        # What the reader found wrong (a GeoJSON feature's shape) comes first.
        errors = [
            RowError(line, column, message) for column, message in getattr(row, "problems", ())
        ]
        if errors and not row:  # nothing could be read (not even a name to ask for)
            return None, errors
        get = {key: str(value).strip() for key, value in row.items() if value}.get
        for column in READ:
            if "\x00" in get(column, ""):  # PostgreSQL refuses it in any text
                errors.append(
                    RowError(
                        line,
                        column,
                        _("caractère nul (octet 0) interdit : le fichier est-il bien du texte ?"),
                    )
                )

        name, description, address = get("name", ""), get("description", ""), get("address", "")
        city, phone, website = get("city", ""), get("phone", ""), get("website", "")
        if not name:
            errors.append(RowError(line, "name", _("le nom est obligatoire")))
        for column, value in (
            ("name", name),
            ("description", description),
            ("address", address),
            ("city", city),
            ("phone", phone),
            ("website", website),
        ):
            limit = LIMITS[column]
            if len(value) > limit:
                errors.append(
                    RowError(line, column, _("%(limit)s caractères au plus") % {"limit": limit})
                )
        name, description, address = name[:200], description[:5000], address[:255]
        city, phone = city[:120], phone[:30]

        kind_id = None
        kind_raw = get("kind", "")
        if not kind_raw:
            errors.append(
                RowError(
                    line,
                    "kind",
                    _("le type est obligatoire. Valeurs possibles : %(c)s")
                    % {"c": self.kinds.choices},
                )
            )
        else:
            kind_id = self.kinds.get(kind_raw)
            if kind_id is None:
                errors.append(
                    RowError(
                        line,
                        "kind",
                        _("type « %(kind)s » inconnu. Valeurs possibles : %(choices)s")
                        % {"kind": kind_raw, "choices": self.kinds.choices},
                    )
                )
        theme_ids = self._terms(get("themes", ""), self.themes, "themes", errors, line)
        offer_ids = self._terms(get("offers", ""), self.offers, "offers", errors, line)
        seek_ids = self._terms(get("seeks", ""), self.seeks, "seeks", errors, line)

        postcode = get("postcode", "")
        if postcode and not (len(postcode) == 5 and postcode.isdigit()):
            errors.append(RowError(line, "postcode", _("attendu 5 chiffres, par exemple 94220")))
        insee = get("insee", "")
        if insee and not INSEE_CODE.match(insee):
            errors.append(
                RowError(
                    line, "insee", _("attendu un code INSEE de 5 caractères, par exemple 94018")
                )
            )

        email = get("email", "")
        if email:
            try:
                self.email(email)
            except ValidationError:
                errors.append(
                    RowError(
                        line, "email", _("adresse e-mail invalide, par exemple contact@exemple.fr")
                    )
                )
        if website and "://" not in website:
            website = f"https://{website}"
        if website:
            try:
                self.url(website)
            except ValidationError:
                errors.append(
                    RowError(
                        line, "website", _("adresse web invalide, par exemple https://exemple.fr")
                    )
                )

        latitude = longitude = None
        location = ""
        lat_raw, lng_raw = (
            get("latitude", "").replace(",", "."),
            get("longitude", "").replace(",", "."),
        )
        if lat_raw or lng_raw:
            try:
                lat, lng = float(lat_raw), float(lng_raw)
                if not (math.isfinite(lat) and math.isfinite(lng)):
                    raise ValueError
            except ValueError:
                column = "latitude" if not _is_float(lat_raw) else "longitude"
                errors.append(
                    RowError(
                        line,
                        column,
                        _("attendu deux nombres décimaux (latitude et longitude en degrés WGS84)"),
                    )
                )
            else:
                if not (-90 <= lat <= 90):
                    errors.append(
                        RowError(line, "latitude", _("attendu une latitude entre -90 et 90"))
                    )
                elif not (-180 <= lng <= 180):
                    errors.append(
                        RowError(line, "longitude", _("attendu une longitude entre -180 et 180"))
                    )
                elif not self.area.contains(lat, lng):
                    errors.append(
                        RowError(
                            line,
                            "latitude",
                            _(
                                "position (%(lat)s, %(lng)s) hors du territoire : elle doit se trouver à "
                                "moins de %(km)s km d’une de ses communes (latitude et longitude inversées ?)"
                            )
                            % {"lat": lat, "lng": lng, "km": int(AREA_MARGIN_KM)},
                        )
                    )
                else:
                    latitude, longitude = lat, lng
                    location = f"SRID=4326;POINT({lng} {lat})"

        if errors:
            return None, errors
        assert kind_id is not None  # a missing or unknown kind is an error above
        external_id = get("external_id", "")[:120] or f"auto:{fold(name)}|{postcode}"[:120]
        values = (
            name,
            description,
            address,
            postcode,
            city,
            insee,
            email,
            phone,
            website,
            latitude,
            longitude,
            location,
        )
        text = search_text(name, city, postcode, address, description)
        return CleanRow(
            line, external_id, values, kind_id, theme_ids, offer_ids, seek_ids, text
        ), []
