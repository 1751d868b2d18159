"""Errors a user can cause and can read.

A ``UserError`` carries a sentence meant for the person at the keyboard: the window shows it as is
and the command line prints it and exits with status 2. Anything else is a bug.
"""


class UserError(Exception):
    """A mistake in what the user asked for or supplied; nothing was changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """A record the user named does not exist."""


class ForbiddenTransition(UserError):
    """A status change the complaint life cycle does not allow."""


class NewerDatabase(UserError):
    """The file was written by a newer version of Palier and is left untouched."""


class InvalidValue(UserError):
    """A field holds a value that cannot be accepted (a bad date, an empty title...)."""
