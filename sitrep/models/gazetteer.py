"""A gazetteer row: the one table model that reading articles needs (to match places),
kept apart from the other records so that `sitrep extract` does not load them."""

from __future__ import annotations

from sitrep.models.base import Row


class GazetteerEntry(Row):
    """One admin area of the situation's gazetteer, with the areas above it. COD-AB sheets
    go down to admin 3 or 4 (CAR's sous-préfectures and communes); the aliases are names of
    the most specific area the row gives."""

    adm1_name: str
    adm1_code: str
    adm2_name: str | None = None
    adm2_code: str | None = None
    adm3_name: str | None = None
    adm3_code: str | None = None
    adm4_name: str | None = None
    adm4_code: str | None = None
    aliases: tuple[str, ...] = ()

    def levels(self) -> list[tuple[int, str, str | None]]:
        """(level, P-code, name) of each area the row gives, the most specific first."""
        areas = (
            (4, self.adm4_code, self.adm4_name),
            (3, self.adm3_code, self.adm3_name),
            (2, self.adm2_code, self.adm2_name),
            (1, self.adm1_code, self.adm1_name),
        )
        return [(level, code, name) for level, code, name in areas if code]
