"""Merge: validated tables, reviewed article facts and the previous report → one `Sitrep`.

Every figure in the report is resolved here, once: which value stands (field tables
before articles), who says so (citations), what changed since the previous report
(changes) and where sources disagree (conflicts, never averaged). Renderers only lay
the result out. One module per job: `table_facts`, `observations`, `figures`,
`history`, `citations`, `highlights`; `report` runs them in order.
"""

from sitrep.merge.report import merge, merge_report

__all__ = ["merge", "merge_report"]
