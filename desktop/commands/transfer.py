"""Placeholder: filled in by the command-line work."""


def register(subparsers) -> None:
    """Add this module's commands."""
