"""Privacy rules that need no database: the words of the factual reminder (kept in
``data/sensitive_words.txt``), the retention, and what a purge reports.

Whether a text names someone, and where, is the one matcher's answer: ``desktop.domain.mentions``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.mentions import compose, fold, fold_keeping_length
from desktop.i18n import N_

# Statuses after which a complaint is over: retention counts from its last change.
FINISHED_STATUSES = ("closed", "rejected", "duplicate", "not_landlord_responsibility")
DEFAULT_RETENTION_YEARS = 5

# Audit actions and what they concern (stored as codes, shown through tr("Privacy", label)).
ACTION_LABELS = {
    "created": N_("created"), "changed": N_("changed"), "exported": N_("exported"),
    "printed": N_("printed"), "deleted": N_("deleted"), "purged": N_("purged"), "forgotten": N_("forgotten"),
    "access_request": N_("access request"),
}

SENSITIVE_WORDS_FILE = Path(__file__).with_name("data") / "sensitive_words.txt"


def load_sensitive_words(path: Path = SENSITIVE_WORDS_FILE) -> dict[str, str]:
    """``{folded word or expression: category}`` read from the reminder's data file (lines
    ``category | expression``; ``#`` starts a comment)."""
    words: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "|" not in line:
            continue
        kind, expression = (part.strip() for part in line.split("|", 1))
        words[" ".join(fold(expression).split())] = kind
    return words


SENSITIVE_WORDS = load_sensitive_words()
# Longest first, so that "malade mental" is one finding rather than "malade".
_SENSITIVE = re.compile(r"(?<!\w)(?:" + "|".join(
    r"\s+".join(re.escape(w) for w in key.split()) for key in sorted(SENSITIVE_WORDS, key=len, reverse=True)
) + r")(?!\w)")


def sensitive_words(text: str) -> list[str]:
    """The words and expressions of ``text`` that call for a gentle reminder (health, judgement
    of a person, offences), as written in the text, each once, in order of appearance. Case,
    accents and spacing are ignored and only whole words count ("vol" is found, "volet" is not)."""
    composed = compose(text)
    folded = fold_keeping_length(composed)
    found: list[str] = []
    seen: set[str] = set()
    for match in _SENSITIVE.finditer(folded):
        key = " ".join(match.group().split())
        if key not in seen:
            seen.add(key)
            found.append(composed[match.start():match.end()])
    return found


def retention_cutoff(today: dt.date, years: float) -> dt.date:
    """The date before which finished records are anonymised, ``years`` before ``today``."""
    whole = int(years)
    try:
        cutoff = today.replace(year=today.year - whole)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - whole, day=28)
    return cutoff - dt.timedelta(days=round((years - whole) * 365))


@dataclass
class PurgeReport:
    """What a retention purge did (or, in a dry run, would do)."""

    cutoff: dt.date
    complaint_ids: list[int] = field(default_factory=list)
    form_ids: list[int] = field(default_factory=list)
    photos_removed: int = 0
    texts_removed: int = 0
    dry_run: bool = False

    @property
    def is_empty(self) -> bool:
        """True when nothing was (or would be) anonymised."""
        return not self.complaint_ids and not self.form_ids
