"""One module per command family; each exposes ``register(subparsers)`` setting ``handler``."""

from __future__ import annotations


def register_all(subparsers) -> None:
    """Add every command's sub-parser."""
    from desktop.commands import backups, complaints, demo, meetings, transfer

    for module in (demo, complaints, transfer, meetings, backups):
        module.register(subparsers)
    __import__("desktop.commands.privacy", fromlist=["register"]).register(subparsers)  # purge, person, audit
    __import__("desktop.commands.reports", fromlist=["register"]).register(subparsers)  # report DOCUMENT
    __import__("desktop.commands.signing", fromlist=["register"]).register(subparsers)  # identity, verify
    __import__("desktop.commands.profiles", fromlist=["register"]).register(subparsers)  # profile ACTION
    __import__("desktop.commands.sync", fromlist=["register"]).register(subparsers)  # sync, complaint status
