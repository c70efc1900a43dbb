"""Errors a user can act on: one sentence saying what is wrong and what to do."""


class WorkReportError(Exception):
    """Base class: the message is a complete sentence meant for the user."""


class ReportInputError(WorkReportError):
    """The report file cannot be read as the English text of a work report."""


class SchemaError(WorkReportError):
    """A dataset does not meet its declared contract (a bug, not a user error)."""


class ParameterError(WorkReportError):
    """A notebook or CLI parameter has a value the analysis cannot use."""
