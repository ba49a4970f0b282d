"""Input rows, typed, once a table has passed validation.

Validation works on whole text columns for speed; these models are built only
for the rows later stages use (merge, render), each keeping its spreadsheet row
so every figure can be cited back to its cell.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from sitrep.models.base import Model, Row, new_dict, new_list
from sitrep.models.facts import CeasefireStatus
from sitrep.models.gazetteer import GazetteerEntry


class TableKind(StrEnum):
    displacement = "displacement"
    medevac = "medevac"
    casualties = "casualties"
    ceasefire = "ceasefire"
    gazetteer = "gazetteer"
    people_in_need = "people_in_need"
    funding = "funding"


class _Located(Row):
    adm1_name: str | None = None
    adm1_code: str | None = None
    adm2_name: str | None = None
    adm2_code: str | None = None
    loc_name: str | None = None
    group: str | None = Field(default=None, description="Population group, when the table has one.")
    source: str | None = None

    @property
    def place(self) -> str | None:
        """The most specific place name given."""
        return self.loc_name or self.adm2_name or self.adm1_name

    @property
    def pcode(self) -> str | None:
        return self.adm2_code or self.adm1_code


class DisplacementRecord(_Located):
    date: dt.date = Field(description="The row's date; for a table by year (IDMC), its last day.")
    year: int | None = Field(default=None, description="The period's year, when by period.")
    month: int | None = Field(default=None, description="The period's month (1-12), if any.")
    idps_ind: int | None = None
    idps_hh: int | None = None
    returnees_ind: int | None = None


class MedevacRecord(_Located):
    date: dt.date
    medevac_ind: int
    critical_ind: int | None = None
    evacuated_ind: int | None = None


class CasualtyRecord(_Located):
    date: dt.date = Field(
        description="The row's date; for a table by month or year (ACLED), the period's last day."
    )
    year: int | None = Field(default=None, description="The period's year, when by period.")
    month: int | None = Field(default=None, description="The period's month (1-12), if any.")
    killed_ind: int | None = None
    injured_ind: int | None = None


class CeasefireRecord(_Located):
    date_start: dt.date
    date_end: dt.date | None = None
    description: str
    proposer: str | None = None
    status: CeasefireStatus
    duration_days: int | None = None


class SectorNeedRecord(_Located):
    """People in need, targeted and reached in one place, for one sector (or all of them).

    A table with one row per sector gives `sector` from its sector column; a wide table
    (`#inneed+health`, `#inneed+food`) gives one record per sector column group, `sector`
    being the tag's attribute (`health`). `sector` is None for an all-sector total.
    """

    date: dt.date | None = None
    country_code: str | None = None
    sector: str | None = None
    inneed: int | None = None
    targeted: int | None = None
    reached: int | None = None
    affected: int | None = Field(default=None, description="People affected (`#affected+total`).")
    figure_rows: dict[str, int] = Field(
        default_factory=new_dict,
        description="The row each of inneed, targeted and reached is written on, where it is "
        "not `row`: a long table (HDX HAPI's) gives each figure a row of its own.",
    )


class FundingRecord(_Located):
    """An appeal's (or one of its sectors') requirements and funding, in US dollars.

    As FTS and HDX publish them: one row per appeal, or per appeal and cluster.
    """

    appeal: str | None = Field(default=None, description="Appeal or plan name, as written.")
    appeal_code: str | None = Field(default=None, description="The plan's code (FTS `HSDN24`).")
    appeal_type: str | None = Field(default=None, description="`Flash appeal`, `Regional`, …")
    country_code: str | None = Field(default=None, description="ISO3, when the table has it.")
    sector: str | None = None
    required_usd: float | None = None
    funded_usd: float | None = None
    percent_funded: float | None = Field(
        default=None, description="As the table gives it; not recomputed."
    )
    date: dt.date | None = Field(default=None, description="The row's date or period start.")
    date_end: dt.date | None = None
    year: str | None = Field(default=None, description="The plan's year as written (`2024`).")

    @property
    def coverage(self) -> float | None:
        """Funded as a share of required (0.5 is half funded), when both are known."""
        if self.required_usd and self.funded_usd is not None:
            return self.funded_usd / self.required_usd
        return None


Record = DisplacementRecord | MedevacRecord | CasualtyRecord | CeasefireRecord | GazetteerEntry
"""The rows later stages turn into facts one figure per cell."""


class Table(Model):
    """One recognised sheet: its kind, where it is, its columns, and its typed rows.

    `columns` maps a record field (e.g. `idps_ind`) to the header text and HXL tag
    as they stand in the file, so a figure can be cited as "column X, row N".
    People in need by sector and funding have lists of their own (`sector_needs`,
    `funding`), apart from `records`: their figures are not summed across rows the way
    displacement is (people in need of two sectors are partly the same people).
    """

    kind: TableKind
    file: str
    sheet: str | None = None
    columns: dict[str, tuple[str, str | None]] = Field(default_factory=new_dict)
    records: list[Record] = Field(default_factory=new_list)
    sector_needs: list[SectorNeedRecord] = Field(default_factory=new_list)
    funding: list[FundingRecord] = Field(default_factory=new_list)
