"""The exchange file: SQLite's changeset and a small manifest, in one zip archive.

``manifest.json`` says which computer wrote it for which partner, its sequence number, the last
file of the partner's it had applied (the acknowledgement), the schema it was made with, the
decisions taken on conflicts, and the changeset's SHA-256; ``changes.sqlite-changeset`` is the
changeset itself, as ``Session.changeset`` gives it. Reading checks all of it before anything is
applied, and refuses with a sentence.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.i18n import tr

FORMAT = "palier-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHANGES = "changes.sqlite-changeset"


def _t(text: str) -> str:
    return tr("Exchange", text)


class RefusedFile(UserError):
    """An exchange file that is not applied: damaged, not for this computer, from a newer version."""


@dataclass
class Bundle:
    """A read (or to be written) exchange file."""

    manifest: dict
    changeset: bytes


def write(target: Path, bundle: Bundle) -> None:
    """Write ``bundle`` to ``target`` (beside, then renamed: a full USB key leaves no half file)."""
    manifest = dict(bundle.manifest, format=FORMAT, format_version=FORMAT_VERSION,
                    sha256=hashlib.sha256(bundle.changeset).hexdigest(), size=len(bundle.changeset))
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            archive.writestr(CHANGES, bundle.changeset)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(_t("The exchange file could not be written to {path} ({reason}). Nothing was "
                           "recorded as sent.").format(path=target, reason=error.strerror or error)) from error


def read(source: Path) -> Bundle:
    """Read and check the exchange file ``source`` (RefusedFile when it is not a sound one)."""
    source = Path(source)
    if not source.is_file():
        raise RefusedFile(_t("There is no exchange file at {path}. Nothing was changed.").format(path=source))
    damaged = RefusedFile(_t("{path} is not a Palier exchange file, or it is damaged (was it copied "
                             "completely?). Nothing was changed.").format(path=source))
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            changeset = archive.read(CHANGES)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as error:
        raise damaged from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise damaged
    if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > FORMAT_VERSION:
        raise RefusedFile(_t("{path} was written by a newer version of Palier. Install the same version on "
                             "both computers, then exchange again. Nothing was changed.").format(path=source))
    if manifest.get("sha256") != hashlib.sha256(changeset).hexdigest():
        raise damaged
    for name in ("from", "from_name", "to", "seq", "ack", "schema", "made_at"):
        if name not in manifest:
            raise damaged
    return Bundle(manifest, changeset)


def check_schema(source: Path, theirs: list[str], mine: list[str]) -> None:
    """Refuse a file made with another schema: SQLite applies changes column by column, so both
    computers must hold the same tables."""
    if set(theirs) - set(mine):
        raise RefusedFile(_t("{path} was written by a newer version of Palier. Install the same version on "
                             "both computers, then exchange again. Nothing was changed.").format(path=source))
    if set(mine) - set(theirs):
        raise RefusedFile(_t("{path} was written by an older version of Palier. Update Palier on the other "
                             "computer, open it once, then exchange again. Nothing was changed.").format(path=source))
