"""Sectors and funding: the people-in-need and funding tables as the report states them."""

from __future__ import annotations

import datetime as dt

from sitrep.merge import merge
from sitrep.merge.sectors import slug
from sitrep.models import Extraction, Situation, Table, TableKind
from sitrep.models.records import FundingRecord, SectorNeedRecord
from tests.test_merge import DAY


def _needs(*rows: tuple[int, str | None, str, int, int | None, int | None]) -> Table:
    return Table(
        kind=TableKind.people_in_need,
        file="sectors.csv",
        columns={
            "inneed": ("People in need", "#inneed"),
            "targeted": ("People targeted", "#targeted"),
            "reached": ("People reached", "#reached"),
        },
        sector_needs=[
            SectorNeedRecord(
                row=row,
                sector=sector,
                adm2_name=place,
                adm2_code="SY0200" if place == "Jebel Saman" else "SY0204",
                inneed=inneed,
                targeted=targeted,
                reached=reached,
                source="sector lead",
            )
            for row, sector, place, inneed, targeted, reached in rows
        ],
    )


def test_a_sector_adds_its_places_and_sectors_stay_apart(situation: Situation) -> None:
    table = _needs(
        (3, "Shelter", "Jebel Saman", 30_000, 25_000, 10_000),
        (4, "Shelter", "A'zaz", 5_000, 5_000, 2_500),
        (5, "Food security", "Jebel Saman", 150_000, 120_000, None),
    )
    report = merge(situation, day=DAY, tables=[table], extraction=Extraction())
    shelter, food = report.sectors
    assert (shelter.sector, shelter.in_need, shelter.targeted, shelter.reached) == (
        "Shelter",
        35_000,
        30_000,
        12_500,
    )
    assert shelter.reached_share == 12_500 / 30_000
    assert (food.sector, food.in_need, food.reached) == ("Food security", 150_000, None)
    assert (shelter.slug, food.slug) == ("shelter", "food-security")
    reached = next(
        report.sources[n - 1] for n in shelter.citations if report.sources[n - 1].rows == [3, 4]
    )
    assert reached.cell is not None and reached.cell.file == "sectors.csv"
    cited = [c.place for e in report.sources for c in e.cells if e.cell.column == "People in need"]  # type: ignore[union-attr]
    assert cited == ["Shelter, Jebel Saman", "Shelter, A'zaz", "Food security, Jebel Saman"]


def test_funding_gives_percent_and_gap_from_the_latest_row(situation: Situation) -> None:
    def row(n: int, day: dt.date, funded: float) -> FundingRecord:
        return FundingRecord(
            row=n, appeal="Flash appeal", required_usd=25e6, funded_usd=funded, date=day
        )

    table = Table(
        kind=TableKind.funding,
        file="funding.csv",
        columns={"required_usd": ("Required", None), "funded_usd": ("Funded", None)},
        funding=[
            row(3, dt.date(2016, 12, 1), 5e6),
            row(4, DAY, 9.5e6),
            row(5, DAY + dt.timedelta(days=1), 20e6),
        ],
    )
    report = merge(situation, day=DAY, tables=[table], extraction=Extraction())
    (funding,) = report.funding
    assert (funding.funded_usd, funding.percent_funded, funding.gap_usd) == (9.5e6, 38.0, 15.5e6)
    assert [report.sources[n - 1].rows for n in funding.citations] == [[4], [4]]


def test_a_sector_slug_is_an_anchor_name() -> None:
    assert slug("Water, Sanitation & Hygiene (WASH)") == "water-sanitation-hygiene-wash"
    assert slug("Sécurité alimentaire") == "securite-alimentaire"


def test_a_places_groups_add_up_unless_it_gives_its_total(situation: Situation) -> None:
    def need(row: int, place: str, group: str, inneed: int) -> SectorNeedRecord:
        return SectorNeedRecord(
            row=row,
            sector="Health",
            adm2_name=place,
            adm2_code="SY0200" if place == "Jebel Saman" else "SY0204",
            group=group,
            inneed=inneed,
            targeted=inneed // 2,
            figure_rows={"inneed": row, "targeted": row + 100},
            source="sector lead",
        )

    table = _needs()
    table.sector_needs = [
        need(3, "Jebel Saman", "Adults", 6_000),
        need(4, "Jebel Saman", "Children", 4_000),
        need(5, "A'zaz", "Adults", 700),
        need(6, "A'zaz", "Children", 300),
        need(7, "A'zaz", "Total", 1_000),
    ]
    report = merge(situation, day=DAY, tables=[table], extraction=Extraction())
    (health,) = report.sectors
    assert (health.in_need, health.targeted) == (11_000, 5_500)
    targeted = [
        e.rows
        for n in health.citations
        if (e := report.sources[n - 1]).cell is not None and e.cell.column == "People targeted"
    ]
    assert targeted == [[103, 104, 107]]
