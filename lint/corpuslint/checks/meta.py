"""Kinds for findings about the run itself rather than the claims in it.

These kinds find nothing in a corpus: CL001 comes from the I/O layer (a file that cannot be
read) and CL002 from the suppression step of the pipeline. They exist so that those findings
are rules like any other: listed by ``corpuslint rule``, configurable, and rendered through
``Check.finding`` with the rule's own messages.
"""

from __future__ import annotations

from corpuslint.checks.base import Check, register


class _ReportedElsewhere(Check):
    """Checks nothing: the base class's empty document and claims hooks are all it needs."""


@register
class UnreadableDocument(_ReportedElsewhere):
    """Reported by the check command for each file that raised a DocumentError."""

    kind = "unreadable-document"


@register
class UnusedSuppression(_ReportedElsewhere):
    """Reported by the pipeline for each suppression comment that hid nothing."""

    kind = "unused-suppression"
