"""Finding a person or a place from a few typed letters, the way people type them.

"hadd" finds "Karim Haddad", "batiment b" puts "Bâtiment B" before "Bâtiment A": every typed word
must match a different word of the name (its start, best; inside it; or, for words of four
letters or more, a near spelling such as "hadad"), accents and case aside. Names that match better
come first; a name that leaves a typed word unmatched is not offered at all, so picking from the
list can never choose someone who was not asked for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

_WORD = re.compile(r"\w+")
EXACT, PREFIX, INSIDE = 100.0, 90.0, 60.0
# A typed word this close to a name's word (rapidfuzz ratio, 0-100) counts as a misspelling of it.
NEAR_SPELLING = 80.0
NEAR_WEIGHT = 0.6


def folded(text: str) -> str:
    """``text`` without accents or case, so "entree 2" finds "Entrée 2"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The words of ``text``, folded: "Bâtiment B › Entrée 1" gives batiment, b, entree, 1."""
    return _WORD.findall(folded(text))


def _word_score(typed: str, word: str) -> float:
    if word == typed:
        return EXACT
    if word.startswith(typed):
        return PREFIX
    if typed in word:
        return INSIDE
    if len(typed) >= 4:
        ratio = fuzz.ratio(typed, word)
        if ratio >= NEAR_SPELLING:
            return ratio * NEAR_WEIGHT
    return 0.0


def match_score(query: str, label: str) -> float:
    """How well ``label`` matches what was typed: 0 when some typed word finds no word of the
    label (each label word serves one typed word), more the better; any label matches empty text.
    """
    typed_words = words(query)
    if not typed_words:
        return 1.0
    label_words = words(label)
    free = list(range(len(label_words)))
    total = 0.0
    # Longer typed words first: "b" must not take the word "batiment" that "batiment" needs.
    for typed in sorted(typed_words, key=len, reverse=True):
        best, best_at = 0.0, None
        for position in free:
            score = _word_score(typed, label_words[position])
            if score > best:
                best, best_at = score, position
        if best_at is None:
            return 0.0
        free.remove(best_at)
        total += best
    # Among equal matches, the shorter name (the building before its homes) comes first.
    return total / len(typed_words) - 0.1 * len(free)


def rank(query: str, labels: Sequence[str]) -> list[int]:
    """The positions of the ``labels`` that match ``query``, best first (the list's own order
    among equals). Empty text keeps every label, in order."""
    scored = [(match_score(query, label), position) for position, label in enumerate(labels)]
    if not words(query):
        return list(range(len(labels)))
    return [position for score, position in sorted(scored, key=lambda pair: (-pair[0], pair[1])) if score > 0]
