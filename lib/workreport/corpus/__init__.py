"""Many reports at once: the manifest that says what each report file is, and (later) panel tables.

It sits above the reading and analysis layers, whose functions it calls per report, and below the
report layer, whose notebooks and batch runs read the manifest.
"""
from .manifest import Entry, describe, read_manifest
from .reading import extract_report, is_read

__all__ = ["Entry", "describe", "extract_report", "is_read", "read_manifest"]
