"""sitrep: daily humanitarian situation reports, every figure traceable to its source."""

__version__ = "0.1.0"
