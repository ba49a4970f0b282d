"""The real-article corpus: labels that point into texts we may not commit.

Each article's text is someone else's words, so only `manifest.json` (where the text
is found and how it was cleaned) and `labels/<id>.json` (each figure's indicator,
value, qualifier, source, date, character span and a hash of the quoted span) are
committed. The texts are re-pulled into `texts/` (git-ignored) before measuring.
`second/<id>.json` is a second labeller's set for some of the same articles, made from
drafts kept apart from the first labeller's, so the two can be compared
(bench/label_agreement.py) and neither overwrites the other.

    python tests/data/real/spans.py check          # every span of labels/, second/ quotes its text
    python tests/data/real/spans.py label ID...    # labels/ID.json from texts/drafts/ID.draft
    python tests/data/real/spans.py label --second DIR ID...   # second/ID.json from DIR/ID.draft

A draft (kept beside the texts, never committed) has one figure a line:
`indicator | value | qualifier | source | date | quote`, where `value` is `N` or
`LOW-HIGH`, `source` may list alternatives with `/` between them (`Joel
Millman/IOM`), `date` is `YYYY-MM-DD` or `YYYY-MM` (any day of that month), and
`quote` is a short passage of the text that holds the figure, unique in the text or
followed by `@N` for its N-th occurrence.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
DRAFTS = TEXTS / "drafts"
LABELS = HERE / "labels"
SECOND = HERE / "second"
MANIFEST = HERE / "manifest.json"
HASH_CHARS = 12


@dataclass(frozen=True)
class Label:
    indicator: str
    value: int | tuple[int, int]
    qualifier: str
    sources: tuple[str, ...]
    date: str | None
    span: tuple[int, int]
    sha256: str


def digest(quoted: str) -> str:
    """The hash of a quoted span, white space collapsed (pages differ in spaces they keep)."""
    return hashlib.sha256(" ".join(quoted.split()).encode("utf-8")).hexdigest()[:HASH_CHARS]


def manifest() -> list[dict[str, str]]:
    entries: list[dict[str, str]] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return entries


def read_text(article_id: str) -> str | None:
    path = TEXTS / f"{article_id}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def load_labels(article_id: str, folder: Path = LABELS) -> list[Label]:
    raw = json.loads((folder / f"{article_id}.json").read_text(encoding="utf-8"))
    labels = []
    for item in raw["labels"]:
        value = item["value"]
        labels.append(
            Label(
                indicator=item["indicator"],
                value=(value[0], value[1]) if isinstance(value, list) else value,
                qualifier=item["qualifier"],
                sources=tuple(item["source"]),
                date=item["date"],
                span=(item["span"][0], item["span"][1]),
                sha256=item["sha256"],
            )
        )
    return labels


def check() -> int:
    """Print every label whose span no longer quotes the text it was labelled on: labels/
    for every manifest entry, second/ for each article it holds (which must be in the
    manifest, so its text is known)."""
    entries = {entry["id"]: entry for entry in manifest()}
    second = sorted(p.stem for p in SECOND.glob("*.json"))
    unknown = [article_id for article_id in second if article_id not in entries]
    for article_id in unknown:
        print(f"second/{article_id}.json: no manifest entry")
    sets = [(LABELS, list(entries)), (SECOND, [i for i in second if i in entries])]
    bad = missing = total = 0
    for folder, ids in sets:
        for article_id in ids:
            text = read_text(article_id)
            if text is None:
                print(f"{article_id}: text not pulled ({entries[article_id]['url']})")
                missing += 1
                continue
            for label in load_labels(article_id, folder):
                total += 1
                quoted = text[label.span[0] : label.span[1]]
                if digest(quoted) != label.sha256:
                    bad += 1
                    print(
                        f"{folder.name}/{article_id}: span {label.span} no longer matches "
                        f"({quoted[:40]!r})"
                    )
    print(f"{total} spans checked, {bad} changed, {missing} texts missing")
    return 1 if bad or missing or unknown else 0


def label(article_id: str, drafts: Path = DRAFTS, into: Path = LABELS) -> None:
    """Write INTO/ID.json from DRAFTS/ID.draft, finding each quote in the text."""
    text = read_text(article_id)
    if text is None:
        raise SystemExit(f"{article_id}: no text in {TEXTS}")
    draft = (drafts / f"{article_id}.draft").read_text(encoding="utf-8")
    labels = []
    for number, line in enumerate(draft.splitlines(), start=1):
        if not line.strip():
            continue
        indicator, value, qualifier, source, date, quote = (p.strip() for p in line.split("|"))
        occurrence = 1
        if "@" in quote:
            quote, nth = quote.rsplit("@", 1)
            occurrence = int(nth)
        start = -1
        for _ in range(occurrence):
            start = text.find(quote, start + 1)
        if start == -1 or (occurrence == 1 and text.find(quote, start + 1) != -1):
            raise SystemExit(f"{article_id} line {number}: quote not found once: {quote!r}")
        low, _, high = value.partition("-")
        labels.append(
            {
                "indicator": indicator,
                "value": [int(low), int(high)] if high else int(low),
                "qualifier": qualifier,
                "source": [s.strip() for s in source.split("/")] if source else [],
                "date": date or None,
                "span": [start, start + len(quote)],
                "sha256": digest(quote),
            }
        )
    out = into / f"{article_id}.json"
    body = ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in labels)
    out.write_text(f'{{\n  "id": "{article_id}",\n  "labels": [\n{body}\n  ]\n}}\n', "utf-8")
    print(f"{into.name}/{out.name}: {len(labels)} labels")


def main() -> None:
    match sys.argv[1:]:
        case ["check"]:
            raise SystemExit(check())
        case ["label", "--second", drafts, *ids] if ids:
            SECOND.mkdir(exist_ok=True)
            for article_id in ids:
                label(article_id, Path(drafts), SECOND)
        case ["label", *ids] if ids and not any(i.startswith("--") for i in ids):
            for article_id in ids:
                label(article_id)
        case _:
            raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
