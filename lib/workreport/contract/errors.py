"""Errors a user can act on: one sentence saying what is wrong and what to do."""


class WorkReportError(Exception):
    """Base class: the message is a complete sentence meant for the user."""


class ReportInputError(WorkReportError):
    """The report file cannot be read as the English text of a work report."""


class SchemaError(WorkReportError):
    """A dataset does not meet its declared contract (a bug, not a user error)."""


class ParameterError(WorkReportError):
    """A notebook or CLI parameter has a value the analysis cannot use."""


def _one_line(self):
    """IPython shows this instead of a traceback: one clear sentence in the notebook."""
    return [f"{type(self).__name__}: {self}"]


WorkReportError._render_traceback_ = _one_line
