"""The same batch on a Dask cluster, as docs/many-situations.md shows (extra: `dask`)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sitrep.batch import Outcome, build_one

distributed = pytest.importorskip("distributed")

EXAMPLE = Path(__file__).resolve().parent.parent / "inputs" / "aleppo"
DAY = dt.date(2016, 12, 8)


def test_a_local_dask_cluster_builds_each_situation_like_a_local_build(tmp_path: Path) -> None:
    folders = []
    for name in ("aleppo", "idlib"):
        shutil.copytree(EXAMPLE, tmp_path / "in" / name)
        folders.append(tmp_path / "in" / name)
    out = tmp_path / "out"
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        distributed.Client(cluster) as client,
    ):
        futures = client.map(build_one, folders, day=DAY, out=out)
        outcomes: list[Outcome] = client.gather(futures)
    here = build_one(folders[0], day=DAY, out=tmp_path / "here")
    assert [(o.situation.name, o.exit_code, o.number) for o in outcomes] == [
        ("aleppo", 0, here.number),
        ("idlib", 0, here.number),
    ]
    assert here.folder is not None and outcomes[0].folder is not None
    assert (outcomes[0].folder / "sitrep.pdf").read_bytes() == (
        here.folder / "sitrep.pdf"
    ).read_bytes()
