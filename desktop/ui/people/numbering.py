"""How the "Add homes" dialog numbers a range of homes (plain Python, no Qt)."""

from __future__ import annotations

import string
from enum import Enum


class Numbering(str, Enum):
    """The numbering patterns French residences commonly use."""

    FLOOR_AND_NUMBER = "floor_and_number"  # 101, 102, 201, 202 (ground floor: 001, 002)
    CONTINUOUS = "continuous"              # 1, 2, 3, 4... across floors
    FLOOR_AND_LETTER = "floor_and_letter"  # 1A, 1B, 2A, 2B


def home_numbers(
    floor_from: int, floor_to: int, per_floor: int, pattern: Numbering,
    prefix: str = "", first: int = 1,
) -> list[tuple[int, str]]:
    """(floor, number) for every home of the range, floor by floor.

    ``first`` is where the continuous numbering starts; ``prefix`` goes before every number.
    """
    homes: list[tuple[int, str]] = []
    counter = first
    letters = string.ascii_uppercase
    for floor in range(floor_from, floor_to + 1):
        for position in range(1, per_floor + 1):
            if pattern == Numbering.CONTINUOUS:
                number = str(counter)
                counter += 1
            elif pattern == Numbering.FLOOR_AND_LETTER:
                index = position - 1
                suffix = letters[index % 26] * (index // 26 + 1)
                number = f"{floor}{suffix}"
            else:
                number = f"{floor}{position:02d}"
            homes.append((floor, f"{prefix}{number}"))
    return homes
