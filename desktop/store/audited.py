"""The base of repositories whose writes leave a line in the audit log (see ``audit``).

On its own, so that a repository importing it does not import the audit log's domain rules."""

from __future__ import annotations

from collections.abc import Callable


class Audited:
    """A repository whose writes leave a line in the audit log, in the same transaction.

    The Store facade gives each one its ``audit_hook`` (AuditStore.record); a repository used on
    its own (some tests) writes no line.
    """

    audit_hook: Callable[[str, str, int | None, str], None] | None = None

    def _audit(self, action: str, subject: str, subject_id: int | None = None, detail: str = "") -> None:
        if self.audit_hook is not None:
            self.audit_hook(action, subject, subject_id, detail)
