"""The error hierarchy; its classes encode the retry policy of the workers."""

from __future__ import annotations


class PipelineError(Exception):
    """Something went wrong in the pipeline."""

    def __init__(self, message: str | None = None) -> None:
        # The docstring is the default message, so a bare raise still says something useful.
        super().__init__(message or (self.__doc__ or "").strip())


class PermanentError(PipelineError):
    """The input cannot be processed; trying again would give the same result."""


class TransientError(PipelineError):
    """A passing failure (a timeout, a rate limit, a server error); retried with backoff."""


class MigrationError(PipelineError):
    """The database schema cannot be brought up to date."""


class IllegalTransition(PermanentError):
    """The database refused a status change that its state machine does not allow."""


class Refused(PipelineError):
    """A person's request does not make sense for this row (said to them as it is: the
    command line prints it, the dashboard shows it)."""
