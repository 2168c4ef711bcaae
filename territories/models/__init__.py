from .territory import (
    Commune,
    KeyFigure,
    Maturity,
    TeamContact,
    Territory,
    TerritoryHomePage,
    TerritoryRole,
)

__all__ = [
    "Commune",
    "KeyFigure",
    "Maturity",
    "TeamContact",
    "Territory",
    "TerritoryHomePage",
    "TerritoryRole",
]
