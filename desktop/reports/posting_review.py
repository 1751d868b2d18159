"""What the posting version removes, sentence by sentence, and the public wording a person confirmed.

Every text of the minutes is cut into sentences. A sentence where the matcher
(``desktop.domain.mentions``) found a name or, in a disturbance matter, a home is *reviewed*: its
automatic public text shows each removal as "[name withheld]" (or the entrance for a home), and
its suspected words (a capitalised word close to a registered surname) are listed. The secretary
confirms or rewords the public text before the posting version is printed or saved; the confirmed
wording is kept with the meeting under the sentence's key (a hash of the sentence as the minutes
hold it), so a reprint says the same and a changed sentence is reviewed again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from desktop.domain.mentions import Mention, MentionFinder, compose, replace
from desktop.i18n import tr

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


def _t(text_: str) -> str:
    return tr("Reports", text_)


def name_withheld() -> str:
    """What stands for a removed name."""
    return _t("[name withheld]")


def home_withheld() -> str:
    """What stands for a removed home when the entrance is not known."""
    return _t("[home withheld]")


def sentence_key(sentence: str) -> str:
    """The key under which the public wording of ``sentence`` is kept."""
    return hashlib.sha256(" ".join(compose(sentence).split()).encode("utf-8")).hexdigest()[:32]


@dataclass
class ReviewedSentence:
    """A sentence of the minutes where something was removed or is suspected."""

    key: str
    automatic: str                 # the public text the program proposes, removals shown
    public: str                    # what will be printed: the confirmed wording, else automatic
    removed: list[str] = field(default_factory=list)
    suspected: list[str] = field(default_factory=list)
    confirmed: bool = False
    where: str = ""                # "3. Neighbourhood disturbance – …", for the person reading


def _full_names(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The spans of two or more name words in a row (with only spaces between): a full name."""
    spans: list[list[int]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if spans and not text[spans[-1][1]:mention.start].strip():
            spans[-1][1] = mention.end
            spans[-1][2] += 1
        else:
            spans.append([mention.start, mention.end, 1])
    return [(start, end) for start, end, words in spans if words >= 2]


class Scrubber:
    """Cleans the texts of one posting version and remembers each reviewed sentence."""

    def __init__(self, finder: MentionFinder, wordings: dict[str, str] | None = None,
                 spared: MentionFinder | None = None):
        self.finder = finder
        # The full names of those who sit at the table in a public role ("Mamadou Haddad, of the
        # landlord"): a protected surname inside one of them ("Haddad", a tenant's too) is theirs,
        # not the tenant's, and half a name removed ("Mamadou [name withheld]") helps nobody.
        self.spared = spared
        self.wordings = wordings or {}
        self.sentences: list[ReviewedSentence] = []
        self._seen: set[str] = set()

    def scrub(self, value: str, entrance: str | None = None, where: str = "") -> str:
        """``value`` for posting: names removed and, when ``entrance`` is given (a disturbance
        matter), homes and floors replaced by the entrance ("" when not known)."""
        if not value:
            return value
        composed = compose(value)
        # The whole text is searched at once: "Ahmed" alone names Ahmed Brunet when the text
        # names him elsewhere, even in another sentence.
        mentions = self.finder.find(composed, homes=entrance is not None, fuzzy=True)
        if mentions and self.spared is not None:
            whole = _full_names(composed, self.spared.find(composed))
            mentions = [m for m in mentions
                        if not any(start <= m.start and m.end <= end and (start, end) != (m.start, m.end)
                                   for start, end in whole)]
        if not mentions:
            return composed
        out, start = [], 0
        # A boundary inside a mention ("M. Brunet") is no boundary.
        ends = [m.start() for m in _SENTENCE_END.finditer(composed)
                if not any(x.start < m.start() < x.end for x in mentions)]
        for end in ends + [len(composed)]:
            inside = [Mention(m.start - start, m.end - start, m.kind, m.certain)
                      for m in mentions if start <= m.start < end]
            gap = _SENTENCE_END.match(composed, end)
            sentence_end = end
            out.append(self._sentence(composed[start:sentence_end], inside, entrance, where))
            start = gap.end() if gap else end
            out.append(composed[end:start])
        return "".join(out)

    def _sentence(self, sentence: str, mentions: list[Mention], entrance: str | None, where: str) -> str:
        if not mentions:
            return sentence
        mentions = [Mention(m.start, min(m.end, len(sentence)), m.kind, m.certain) for m in mentions]
        certain = [m for m in mentions if m.certain]
        automatic = replace(sentence, certain, name_withheld(), entrance or home_withheld())
        key = sentence_key(sentence)
        public = self.wordings.get(key, automatic)
        if key not in self._seen:
            self._seen.add(key)
            self.sentences.append(ReviewedSentence(
                key, automatic, public, removed=[_part(sentence, m) for m in certain],
                suspected=[_part(sentence, m) for m in mentions if not m.certain],
                confirmed=key in self.wordings, where=where))
        return public


def _part(sentence: str, mention: Mention) -> str:
    return sentence[mention.start:mention.end]
