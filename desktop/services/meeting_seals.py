"""Whether a signed meeting's data still match what was signed (filled in by the seals of part 5)."""


def warning(store, meeting_id: int) -> str:
    """A sentence when the data of ``meeting_id`` no longer match what was signed, else ""."""
    return ""
