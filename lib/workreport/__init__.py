"""workreport: the text of a Chinese government work report as tidy, traceable datasets."""
from .catalogue import load_catalogue, match_indicator
from .datasets import Extraction, extract, extract_text, write_datasets
from .document import parse_document
from .errors import ParameterError, ReportInputError, SchemaError, WorkReportError
from .loading import read_report

__all__ = [
    "Extraction", "ParameterError", "ReportInputError", "SchemaError", "WorkReportError",
    "extract", "extract_text", "load_catalogue", "match_indicator", "parse_document", "read_report",
    "write_datasets",
]
__version__ = "0.1.0"
