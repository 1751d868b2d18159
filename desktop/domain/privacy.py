"""Privacy rules that need no database: the words that call for a gentle warning, how to tell
whether a text names someone, and how names are blanked out.

Whether a text "names someone" is decided by a deliberately simple, explainable rule:

* it contains the name of a known person (anyone in the register, any reporter or asker typed
  by hand), compared without regard to case or accents, as whole words; or
* it contains a civility followed by a capitalised word ("M. Dupont", "Mme Roux",
  "Monsieur Karim", "Madame Li", "Mlle Diallo", "Mr Smith", "Mrs Brown").

A first name alone ("Karim a dit...") of someone who is in nobody's register is not caught:
the rule errs on the side of being predictable, and the retention purge removes the reporter
whatever the text says.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

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

# Kept short on purpose: a reminder to stay factual, not a censor. Written without accents and
# in lower case; texts are compared folded the same way. "sale"/"dirty" are left out: "hall sale"
# is the most factual complaint there is.
SENSITIVE_WORDS = {
    "health": (
        "malade", "malades", "maladie", "depression", "depressif", "depressive", "alcoolique",
        "alcoolisme", "handicap", "handicape", "handicapee", "hospitalise", "hospitalisee",
        "enceinte", "cancer", "psychiatrique", "sick", "illness", "disease", "depressed",
        "alcoholic", "disabled", "pregnant", "hospitalised", "hospitalized",
    ),
    "judgement": (
        "fou", "folle", "cinglé", "cingle", "fainéant", "faineant", "faineante",
        "idiot", "idiote", "hysterique", "crazy", "lazy", "stupid", "mad",
    ),
    "offence": (
        "drogue", "drogues", "drogué", "drogue", "dealer", "dealers", "voleur", "voleuse", "vol",
        "trafic", "trafiquant", "delinquant", "casier", "drug", "drugs", "thief", "theft",
        "criminal", "dealing",
    ),
}

CIVILITY = re.compile(
    r"\b(?:M\.|MM\.|Mr\.?|Mrs\.?|Ms\.?|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle)\s+"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
)
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` in lower case without accents (for comparing words as people read them)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_FOLDED_WORDS = {fold(word): kind for kind, words in SENSITIVE_WORDS.items() for word in words}


def sensitive_words(text: str) -> list[str]:
    """The words of ``text`` that call for a gentle reminder (health, judgement of a person,
    offences), as written in the text, each once, in order of appearance. Case and accents are
    ignored and only whole words count ("vol" is found, "volet" is not)."""
    found: list[str] = []
    seen: set[str] = set()
    for match in _WORD.finditer(unicodedata.normalize("NFC", text or "")):
        key = fold(match.group())
        if key in _FOLDED_WORDS and key not in seen:
            seen.add(key)
            found.append(match.group())
    return found


def _name_pattern(name: str) -> re.Pattern | None:
    words = _WORD.findall(fold(name))
    if not words or len("".join(words)) < 3:
        return None
    return re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b")


@dataclass
class NameMatcher:
    """Finds known people's names (and civility + name) in texts, to test or blank them out."""

    names: Iterable[str] = ()
    civility: bool = True  # also catch "M. Dupont", "Mme Roux"...
    _patterns: list[re.Pattern] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.names = sorted({n.strip() for n in self.names if n and n.strip()}, key=len, reverse=True)
        self._patterns = [p for p in (_name_pattern(n) for n in self.names) if p is not None]

    def _spans(self, text: str) -> list[tuple[int, int]]:
        # Folding keeps one character per character for Latin text once recomposed: the spans
        # found in the folded text are those of the original.
        original = unicodedata.normalize("NFC", text)
        folded = "".join(fold(ch)[:1] or ch for ch in original)
        spans = [m.span() for p in self._patterns for m in p.finditer(folded)]
        if self.civility:
            spans += [m.span() for m in CIVILITY.finditer(original)]
        return sorted(spans)

    def names_someone(self, text: str) -> bool:
        """True when ``text`` names a person by the module's rule."""
        return bool(text) and bool(self._spans(text))

    def redact(self, text: str, replacement: str) -> str:
        """``text`` with every name found replaced by ``replacement``."""
        if not text:
            return text
        original = unicodedata.normalize("NFC", text)
        out, last = [], 0
        for start, end in self._spans(original):
            if start < last:
                continue
            out.append(original[last:start])
            out.append(replacement)
            last = end
        out.append(original[last:])
        return "".join(out)


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
