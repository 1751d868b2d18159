"""A handwritten signature kept as vectors: strokes of points normalised to 0..1.

Keeping the strokes (not a picture) lets the minutes draw them at any size and keeps the
signature small enough to store beside the meeting. (0, 0) is the top-left corner of the pad.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

Point = tuple[float, float]


def _clamp(value: float) -> float:
    # 4 decimals: a tenth of a millimetre on a 10 cm pad, and JSON round trips are exact.
    return round(min(1.0, max(0.0, float(value))), 4)


@dataclass(frozen=True)
class Strokes:
    """A list of strokes, each a list of (x, y) points in 0..1 (origin top-left)."""

    strokes: tuple[tuple[Point, ...], ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, strokes) -> "Strokes":
        """Build from any nested iterable of (x, y) pairs; values are clamped to 0..1, 4 decimals."""
        return cls(tuple(tuple((_clamp(x), _clamp(y)) for x, y in stroke) for stroke in strokes if len(stroke)))

    @property
    def is_empty(self) -> bool:
        """True when nothing was drawn."""
        return not self.strokes

    def to_json(self) -> str:
        """A compact JSON text: [[[x, y], ...], ...] with 4 decimals."""
        return json.dumps([[[x, y] for x, y in stroke] for stroke in self.strokes],
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Strokes":
        """The strokes stored by ``to_json``; ValueError when the text is not such a list."""
        data = json.loads(text)
        if not isinstance(data, list) or not all(
                isinstance(s, list) and all(isinstance(p, list) and len(p) == 2 for p in s) for s in data):
            raise ValueError("not a list of strokes")
        return cls.of(data)


@dataclass(frozen=True)
class SignedMinutes:
    """The digitally signed minutes of a meeting as kept in the database (written once)."""

    meeting_id: int
    pdf: bytes
    sha256: str
    fingerprint: str
    signers: str
    signed_at: str
