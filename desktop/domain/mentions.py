"""Finding where a text names someone or a home: the one matcher of the program.

The posting version, forgetting a person, the retention purge, the access request and the
factual reminder all ask this module, so a form of a name caught by one is caught by all.

Given the names of the register and a text, ``MentionFinder.find`` returns every span that:

* names a registered person in a usual form: the full name in any order ("Ahmed Brunet",
  "BRUNET Ahmed"), the surname alone ("Brunet", "la famille Brunet"), an initial with the
  surname ("A. Brunet", "Brunet A."), the initials alone ("A.B."), and the first name alone
  ("Ahmed") when the same text names that person otherwise; in any case, with or without
  accents, composed or decomposed, with any kind of space or a hyphen between the words;
* is a civility or "famille" followed by a capitalised word ("M Brunet", "Mme Lopez",
  "Monsieur BRUNET", "la famille Lopez"), registered or not;
* only when ``homes`` is asked (neighbourhood disturbances): a home or floor ("appt 203",
  "logement n° 45", "Appt B12", "#204", "porte 3", "3e étage", "bâtiment A 12", "le 203",
  "du 304", "… › 304");
* with ``fuzzy``: a capitalised word close to a registered surname ("Brunnet"), as *suspected*
  (``certain`` is False): shown to a person, not removed.

Spans index the text as given after NFC composition (``compose``): callers that cut spans out
compose the text first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

NAME, HOME = "name", "home"

# Surnames that are also everyday words: written in lower case they are the word, not the name.
COMMON_WORDS = frozenset({
    "petit", "blanc", "roux", "rose", "fontaine", "bois", "pierre", "lenoir", "noir", "brun",
    "martin", "vincent", "michel", "laurent", "lion", "marchand", "boucher", "leger", "masse",
    "porte", "mur", "garde", "gardien", "salle", "hall", "cave", "grand", "bon", "bonne", "long",
    "court", "haut", "bas", "neuf", "vieux", "chat", "loup", "renard", "poirier", "meunier",
    "barbier", "boulanger", "charpentier", "mercier", "berger", "pasteur", "roi", "leroy", "page",
    "moulin", "riviere", "forest", "marie", "rue", "place", "paris", "france", "bruit", "nuit",
})

def _frequent_words() -> frozenset:
    """Everyday words never suspected of being a name (``data/frequent_words.txt``)."""
    from pathlib import Path

    path = Path(__file__).with_name("data") / "frequent_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


FREQUENT_WORDS = _frequent_words()

_WORD = re.compile(r"\w+")
_GAP = re.compile(r"[\s.\-‐‑–'’]*", re.UNICODE)  # what may stand between the words of one name
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
CIVILITY = re.compile(
    r"(?<!\w)(?:M\.?|MM\.?|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mmes\.?|Mlle\.?|Melle\.?|Mlles\.?|Dr\.?"
    r"|[Mm]onsieur|[Mm]essieurs|[Mm]adame|[Mm]esdames|[Mm]ademoiselle|(?:la\s+|les\s+)?[Ff]amilles?"
    r"|the\s+[A-Z]\w+\s+family)"
    r"\s+" + _CAPITALISED + r"(?:[\s-]+(?!(?:et|and|de|du|la|le)\b)" + _CAPITALISED + r")?")
# Written folded (lower case, no accents): see ``fold_keeping_length``.
_NUMBER = r"[a-z]?\d{1,4}[a-z]?(?![\w/:])"
_MONTHS = (r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
           r"|janv|fevr|avr|juil|sept|oct|nov|dec")
_UNITS = r"h\b|heures?|min|ans?\b|jours?|mois|semaines?|euros?|eur\b|%|€|personnes?|fois|m2|m²|cm|kg|db"
HOME_PATTERNS = re.compile("|".join((
    r"(?<!\w)(?:appartements?|appart|appts?|apt|logements?|log|flats?|homes?|portes?|doors?|num(?:ero)?s?"
    r"|n°|nº|no|#)\.?\s*(?:n°\s*|no\.?\s*)?" + _NUMBER,
    r"(?<!\w)\d{1,2}\s*(?:e|er|ere|eme|em|ieme|nd|rd|st|th)?\s*(?:etages?|floor)\b",
    r"(?<!\w)(?:etages?|floor)\s*(?:n°\s*)?\d{1,2}\b",
    r"(?<!\w)(?:au|du)\s+\d{1,2}\s*(?:e|er|ere|eme|ieme)(?:\s+etages?)?(?!\w)",
    r"(?<!\w)rez[\s-]+de[\s-]+chaussee\b",
    r"(?<!\w)(?:batiment|bat|entree|escalier|esc|cage)\.?\s*[a-z0-9]{1,3}\s*[,/\-]?\s*(?:n°\s*)?\d{1,4}[a-z]?(?!\w)",
    r"(?<!\w)(?:le|la|du|au|des|les|aux|chez\s+le|voisins?\s+(?:du|d'en\s+face|de)?)\s*\d{1,4}[a-z]?"
    r"(?!\s*(?:" + _MONTHS + "|" + _UNITS + r"))(?![\w/:.,]\d)(?!\w)",
    r"›\s*[a-z]?\d{1,4}[a-z]?(?!\w)",
)))


@dataclass(frozen=True)
class Mention:
    """A span of a composed text that names someone (``kind`` NAME) or a home (HOME)."""

    start: int
    end: int
    kind: str
    certain: bool = True


def compose(text: str) -> str:
    """``text`` in NFC: the form whose indexes the mentions use."""
    return unicodedata.normalize("NFC", text or "")


def fold(text: str) -> str:
    """``text`` in lower case without accents (for comparing words as people read them)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fold_keeping_length(composed: str) -> str:
    """``composed`` folded one character for one character, so indexes carry over; every kind
    of space becomes a plain space."""
    if composed.isascii():  # most texts: one C call
        return composed.lower().translate(_ASCII_SPACES)
    return "".join([_FOLDED.get(ch) or _fold_char(ch) for ch in composed])


_ASCII_SPACES = str.maketrans("\t\n\r\x0b\x0c", "     ")
_FOLDED: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    if ch.isspace():
        folded = " "
    else:
        folded = fold(ch)[:1] or ch
    _FOLDED[ch] = folded
    return folded


@dataclass
class _Person:
    tokens: tuple[str, ...]
    firsts: frozenset[str]      # tokens that only name the person next to the others
    surnames: frozenset[str]    # tokens that name the person on their own
    joined: frozenset[str] = frozenset()  # "ndiaye" for "N'Diaye", "jeanpierre" for "Jean-Pierre"


def _person(name: str) -> _Person | None:
    tokens = tuple(t for t in _WORD.findall(fold(name)) if not t.isdigit())
    if not tokens or len("".join(tokens)) < 3:
        return None
    joined = frozenset("".join(_WORD.findall(part)) for part in fold(name).split() if len(_WORD.findall(part)) > 1)
    if len(tokens) == 1:
        return _Person(tokens, frozenset(), frozenset(tokens) | joined, joined)
    surnames = frozenset(tokens[1:]) - frozenset(tokens[:1])
    # A one- or two-letter particle ("N'", "d'", "Le") never names anyone on its own.
    surnames = frozenset(t for t in surnames if len(t) > 2 or t not in {"n", "d", "de", "le", "la", "du", "l"})
    return _Person(tokens, frozenset(tokens[:1]), surnames | joined, joined)


class MentionFinder:
    """Finds people's names (of ``names``) and home numbers in texts; see the module docstring."""

    def __init__(self, names: Iterable[str] = (), civility: bool = True):
        self.civility = civility
        self.people: list[_Person] = []
        self.index: dict[str, list[int]] = {}
        for name in {n.strip() for n in names if n and n.strip()}:
            person = _person(name)
            if person is None:
                continue
            self.people.append(person)
            for token in set(person.tokens) | person.joined:
                self.index.setdefault(token, []).append(len(self.people) - 1)
        self._surnames = sorted({t for p in self.people for t in p.surnames if len(t) >= 4})
        self._initials = {"".join(t[0] for t in p.tokens) for p in self.people if len(p.tokens) >= 2}

    @property
    def empty(self) -> bool:
        """True when there is no name to look for."""
        return not self.people

    # --- the one question --------------------------------------------------------------------
    def find(self, text: str, homes: bool = False, fuzzy: bool = False) -> list[Mention]:
        """Every mention in ``compose(text)``, sorted, overlapping ones merged."""
        composed = compose(text)
        if not composed:
            return []
        folded = fold_keeping_length(composed)
        found = self._names(composed, folded)
        if self.civility:
            found += [Mention(*m.span(), NAME) for m in CIVILITY.finditer(composed)]
        if homes:
            found += [Mention(*m.span(), HOME) for m in HOME_PATTERNS.finditer(folded)]
        if fuzzy and self._surnames:
            found += self._suspected(composed, folded, found)
        return _merged(found)

    def names_someone(self, text: str) -> bool:
        """True when ``text`` names a person (registered, or after a civility)."""
        return any(m.kind == NAME and m.certain for m in self.find(text))

    def redact(self, text: str, name: str, home: str | None = None, keep=None) -> str:
        """``compose(text)`` with each certain mention replaced by ``name`` (a person) or, when
        ``home`` is given, ``home`` (a home or floor). ``keep(start, end)`` may spare a span."""
        composed = compose(text)
        if not composed:
            return composed
        mentions = [m for m in self.find(composed, homes=home is not None) if m.certain]
        return replace(composed, [m for m in mentions if keep is None or not keep(m.start, m.end)],
                       name, home or "")

    # --- names --------------------------------------------------------------------------------
    def _names(self, composed: str, folded: str) -> list[Mention]:
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
        hits: list[tuple[int, int, set[int], set[int]]] = []  # start, end, people, those it names alone
        for start, end, word in words:
            people = self.index.get(word)
            if not people:
                continue
            original = composed[start:end]
            alone = {i for i in people if word in self.people[i].surnames and self._counts(word, original)}
            hits.append((start, end, set(people), alone))
        named = {i for _s, _e, _people, alone in hits for i in alone}
        found = []
        for start, end, people, alone in hits:
            if alone or people & named or self._beside_other_token(hits, start, end, people):
                found.append(Mention(*self._with_initials(composed, folded, start, end, people), NAME))
        found += self._initials_alone(composed)
        return found

    @staticmethod
    def _counts(word: str, original: str) -> bool:
        """Whether a surname written as ``original`` counts on its own."""
        if len(word) < 3 and not original[:1].isupper():
            return False
        return not (word in COMMON_WORDS and original.islower())

    @staticmethod
    def _beside_other_token(hits, start, end, people) -> bool:
        # "Ahmed Brunet" where only "Ahmed" is a first name: the neighbour makes it a name.
        for other_start, other_end, other_people, _alone in hits:
            if (other_start, other_end) == (start, end) or not people & other_people:
                continue
            if abs(other_start - end) <= 3 or abs(start - other_end) <= 3:
                return True
        return False

    def _with_initials(self, composed: str, folded: str, start: int, end: int, people: set[int]):
        initials = {t[0] for i in people for t in self.people[i].tokens}
        before = re.search(r"(?<!\w)([A-Z])\.?[\s\-]*$", composed[max(0, start - 4):start])
        if before and before.group(1).lower() in initials:
            start -= len(before.group())
        after = re.match(r"[\s\-]*([A-Z])(?:\.|(?!\w))", composed[end:end + 4])
        if after and after.group(1).lower() in initials:
            end += len(after.group())
        # "N'Diaye": a particle of the registered name goes with it ("d'Odette" keeps its "d'").
        particle = re.search(r"(?<!\w)(\w)['’]$", composed[max(0, start - 2):start])
        tokens = {t for i in people for t in self.people[i].tokens}
        if particle and fold(particle.group(1)) in tokens:
            start -= len(particle.group())
        return start, end

    def _initials_alone(self, composed: str) -> list[Mention]:
        found = []
        pairs = self._initials
        for match in re.finditer(r"(?<!\w)([A-Z])\.\s?([A-Z])\.(?:\s?([A-Z])\.)?", composed):
            letters = "".join(g.lower() for g in match.groups() if g)
            if letters in pairs or letters[::-1] in pairs:
                found.append(Mention(*match.span(), NAME))
        return found

    def _suspected(self, composed: str, folded: str, found: list[Mention]) -> list[Mention]:
        from rapidfuzz import fuzz, process

        taken = [(m.start, m.end) for m in found]
        suspected = []
        for match in re.finditer(_CAPITALISED, composed):
            start, end = match.span()
            word = folded[start:end]
            if len(word) < 4 or word in self.index or word in FREQUENT_WORDS \
                    or any(s <= start < e for s, e in taken):
                continue
            best = process.extractOne(word, self._surnames, scorer=fuzz.ratio, score_cutoff=80)
            if best is not None:
                suspected.append(Mention(start, end, NAME, certain=False))
        return suspected


def _merged(mentions: list[Mention]) -> list[Mention]:
    """Sorted, with overlapping spans (and names only a gap apart) made one; certain wins."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start <= out[-1].end:
            last = out[-1]
            kind = last.kind if last.kind == m.kind else NAME
            out[-1] = Mention(last.start, max(last.end, m.end), kind, last.certain or m.certain)
        else:
            out.append(m)
    return out


def replace(composed: str, mentions: list[Mention], name: str, home: str) -> str:
    """``composed`` with each of ``mentions`` (sorted, not overlapping) replaced."""
    out, last = [], 0
    for m in mentions:
        out.append(composed[last:m.start])
        out.append(name if m.kind == NAME else home)
        last = m.end
    out.append(composed[last:])
    return _joined_names("".join(out), name)


def _joined_names(text: str, name: str) -> str:
    # "Ahmed [name] [name]" after separate spans: one placeholder is enough.
    if not name:
        return text
    doubled = re.escape(name) + r"(?:[\s\-]+" + re.escape(name) + r")+"
    return re.sub(doubled, lambda _m: name, text)
