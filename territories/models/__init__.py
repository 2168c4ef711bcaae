from .territory import (
    Commune,
    KeyFigure,
    Maturity,
    TeamContact,
    Territory,
    TerritoryHomePage,
    TerritoryRole,
    commune_key,
)

__all__ = [
    "Commune",
    "KeyFigure",
    "Maturity",
    "TeamContact",
    "Territory",
    "TerritoryHomePage",
    "TerritoryRole",
    "commune_key",
]
