"""workreport: the text of a Chinese government work report as tidy, traceable datasets."""
from .catalogue import load_catalogue, match_indicator
from .contract.errors import ParameterError, ReportInputError, SchemaError, WorkReportError
from .read.datasets import Extraction, extract, extract_text, write_datasets
from .read.document import parse_document
from .read.loading import read_report

__all__ = [
    "Extraction", "ParameterError", "ReportInputError", "SchemaError", "WorkReportError",
    "extract", "extract_text", "load_catalogue", "match_indicator", "parse_document", "read_report",
    "write_datasets",
]
__version__ = "0.1.0"
