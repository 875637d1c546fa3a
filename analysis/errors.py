"""One exception family. Every message says what went wrong and what to do."""
from __future__ import annotations


class DispatchesError(Exception):
    """Base class of every error the package raises on purpose."""


class InputError(DispatchesError):
    """The given paths or arguments cannot be read at all (nothing to load)."""


class ResourceError(DispatchesError):
    """A word list or gazetteer under analysis/resources is missing or malformed."""


class StoreError(DispatchesError):
    """A Parquet store is missing, incomplete or written by an incompatible version."""


class ActorNotFound(DispatchesError):
    """An actor name or id matched no actor, or several; the message lists the closest."""


class ReportError(DispatchesError):
    """A report could not be configured, executed or rendered."""


class EvaluationError(DispatchesError):
    """Gold or prediction files cannot be read for evaluation."""
