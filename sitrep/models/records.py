"""Input rows, typed, once a table has passed validation.

Validation works on whole text columns for speed; these models are built only
for the rows later stages use (merge, render), each keeping its spreadsheet row
so every figure can be cited back to its cell.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sitrep.models.facts import CeasefireStatus


class TableKind(StrEnum):
    displacement = "displacement"
    medevac = "medevac"
    casualties = "casualties"
    ceasefire = "ceasefire"
    gazetteer = "gazetteer"
    people_in_need = "people_in_need"


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)

    row: int = Field(description="Spreadsheet row number (header row is 1).")


class _Located(_Row):
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
    date: dt.date
    idps_ind: int
    idps_hh: int | None = None
    returnees_ind: int | None = None


class MedevacRecord(_Located):
    date: dt.date
    medevac_ind: int
    critical_ind: int | None = None
    evacuated_ind: int | None = None


class CasualtyRecord(_Located):
    date: dt.date
    killed_ind: int | None = None
    injured_ind: int | None = None


class CeasefireRecord(_Located):
    date_start: dt.date
    date_end: dt.date | None = None
    description: str
    proposer: str | None = None
    status: CeasefireStatus
    duration_days: int | None = None


class GazetteerEntry(_Row):
    adm1_name: str
    adm1_code: str
    adm2_name: str | None = None
    adm2_code: str | None = None
    aliases: tuple[str, ...] = ()


Record = DisplacementRecord | MedevacRecord | CasualtyRecord | CeasefireRecord | GazetteerEntry


class Table(BaseModel):
    """One recognised sheet: its kind, where it is, its columns, and its typed rows.

    `columns` maps a record field (e.g. `idps_ind`) to the header text and HXL tag
    as they stand in the file, so a figure can be cited as "column X, row N".
    """

    kind: TableKind
    file: str
    sheet: str | None = None
    columns: dict[str, tuple[str, str | None]] = Field(default_factory=dict)
    records: list[Record] = Field(default_factory=list)
