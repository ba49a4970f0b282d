"""Read field tables (CSV, XLSX, JSON) as text, find their HXL row, and say what they are.

Every cell is kept as the text the person typed, so validation can report "abc" as
"abc" instead of as a missing number; typing happens only after the rules have run.
A table is recognised by its HXL hashtags or, without them, by its header names
(the accepted names are listed in README.md, "Validating spreadsheets"). A file that
cannot be read becomes one file-level `Problem`, never an exception.
"""

from sitrep.tables.cells import Tally, check_cells, spilled_cells
from sitrep.tables.kinds import (
    FIGURE_TYPES,
    KINDS,
    LOCATION_PRIORITY,
    LONG_FIGURES,
    PART,
    FieldSpec,
    FieldType,
    base_field,
    is_disaggregation,
    normalise_header,
    normalise_tag,
    qualifier_of,
)
from sitrep.tables.read import CSV_SUFFIXES, TABLE_SUFFIXES, read_table_file
from sitrep.tables.read_csv import _sniff_delimiter
from sitrep.tables.recognise import fields_of, gazetteer_entries, has_field, long_key
from sitrep.tables.sheet import LINE, REST, ROW, SERIES, Column, ReadResult, Sheet
from sitrep.tables.stream import (
    BATCH_BYTES,
    CsvStream,
    StreamFallbackError,
    StreamRestartError,
    open_csv_stream,
)
from sitrep.tables.workbooks import _cell_text

__all__ = [
    "BATCH_BYTES",
    "CSV_SUFFIXES",
    "FIGURE_TYPES",
    "KINDS",
    "LINE",
    "LOCATION_PRIORITY",
    "LONG_FIGURES",
    "PART",
    "REST",
    "ROW",
    "SERIES",
    "TABLE_SUFFIXES",
    "Column",
    "CsvStream",
    "FieldSpec",
    "FieldType",
    "ReadResult",
    "Sheet",
    "StreamFallbackError",
    "StreamRestartError",
    "Tally",
    "_cell_text",
    "_sniff_delimiter",
    "base_field",
    "check_cells",
    "fields_of",
    "gazetteer_entries",
    "has_field",
    "is_disaggregation",
    "long_key",
    "normalise_header",
    "normalise_tag",
    "open_csv_stream",
    "qualifier_of",
    "read_table_file",
    "spilled_cells",
]
