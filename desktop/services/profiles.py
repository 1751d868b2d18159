"""Optional profiles for a shared office PC: who is working, behind a password, and the idle lock.

Profiles stop a passer-by at a shared computer; they do not encrypt the database, and whoever
holds the file can read it (and reset a password from the command line). With no profile at all,
Palier opens as it always did.

Passwords are hashed with argon2id by argon2-cffi (never hand-made crypto), with the first
configuration OWASP recommends: 19 MiB of memory, 2 passes, 1 lane. The library's defaults
(64 MiB, 3 passes, 4 lanes) took about 0.3 s per check on the development machine, too slow for
an old office PC to unlock; these take about 45 ms. A hash made with other parameters is
replaced at the next successful sign-in (``check_needs_rehash``). Passwords are never stored,
written to the audit log or to the program's log.

The functions that only hash or check (``prepare_*``, ``check_password``) touch no database, so
the window can run them in a worker thread; the others write, each in one transaction.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from desktop.domain.errors import InvalidValue, NotFound, UserError
from desktop.i18n import tr
from desktop.store.profiles import Profile

log = logging.getLogger("palier.profiles")

ARGON2_PARAMETERS = {"time_cost": 2, "memory_cost": 19 * 1024, "parallelism": 1}  # memory in KiB
MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 60
LOCK_KEY = "lock_after_minutes"
DEFAULT_LOCK_MINUTES = 10
LOCK_CHOICES = (0, 5, 10, 15, 30)  # 0: never
MAX_LOCK_MINUTES = 240


def _t(text: str) -> str:
    return tr("Profiles", text)


@lru_cache(maxsize=1)
def hasher():
    """argon2-cffi's argon2id PasswordHasher with Palier's parameters. Imported on first use: it
    takes about 40 ms, which a start-up without profiles need not pay."""
    from argon2 import PasswordHasher

    return PasswordHasher(**ARGON2_PARAMETERS)


class WrongPassword(UserError):
    """The password typed is not the profile's."""


# Checks that need no hashing ------------------------------------------------------------------
def clean_name(store, name: str) -> str:
    """``name`` trimmed, refused (with a sentence) when empty, too long or already taken."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidValue(_t("A profile needs a name."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidValue(_t("A profile name has at most {count} characters.").format(count=MAX_NAME_LENGTH))
    # SQLite's NOCASE only folds ASCII letters: "Émilie" and "ÉMILIE" are compared here.
    for profile in store.profiles.list():
        if profile.name.casefold() == cleaned.casefold():
            raise InvalidValue(_t("There is already a profile called “{name}”.").format(name=profile.name))
    return cleaned


def check_new_password(password: str, repeat: str | None = None) -> None:
    """Refuse, with a sentence, a password shorter than 8 characters or typed differently twice."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise InvalidValue(_t("A password needs at least {count} characters.").format(count=MIN_PASSWORD_LENGTH))
    if repeat is not None and repeat != password:
        raise InvalidValue(_t("The two passwords are not the same: type the same password twice."))


# Hashing and checking (no database: safe in a worker thread) ----------------------------------
def prepare_new_password(password: str, repeat: str | None = None) -> str:
    """The argon2id hash of a new password, after ``check_new_password``."""
    check_new_password(password, repeat)
    return hasher().hash(password)


def check_password(password_hash: str, password: str) -> tuple[bool, str | None]:
    """Whether ``password`` matches ``password_hash``; on a match made with older parameters, also
    a new hash to keep instead (else None)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):  # a mismatch is a VerificationError too
        return False, None
    return True, hasher().hash(password) if hasher().check_needs_rehash(password_hash) else None


def prepare_password_change(current_hash: str, current: str, new: str, repeat: str | None = None) -> str:
    """The hash of ``new`` once ``current`` is shown to be the present password."""
    check_new_password(new, repeat)
    if not check_password(current_hash, current)[0]:
        raise WrongPassword(_t("The current password is not right, so it was not changed."))
    return hasher().hash(new)


# Reading and writing --------------------------------------------------------------------------
def profiles_enabled(store) -> bool:
    """True once at least one profile exists: Palier then asks who is working."""
    return store.profiles.count() > 0


def profile_named(store, name: str) -> Profile:
    """The profile called ``name``; NotFound with a sentence otherwise."""
    profile = store.profiles.find(name or "")
    if profile is None:
        raise NotFound(_t("There is no profile called “{name}”.").format(name=(name or "").strip()))
    return profile


def save_new_profile(store, name: str, password_hash: str) -> Profile:
    """Create the profile ``name`` with an already prepared hash, and say so in the audit log."""
    cleaned = clean_name(store, name)
    with store.atomic():
        profile = store.profiles.add(cleaned, password_hash)
        store.audit.record("created", "profile", profile.id, cleaned)  # the name only, never the password
    return profile


def create_profile(store, name: str, password: str, repeat: str | None = None) -> Profile:
    """Check, hash and create a profile in one go (the command line and tests)."""
    clean_name(store, name)  # before the hashing, so a taken name is said at once
    return save_new_profile(store, name, prepare_new_password(password, repeat))


def save_password(store, profile: Profile, password_hash: str, reset: bool = False) -> None:
    """Keep a new (prepared) password hash for ``profile``; the audit log says it changed."""
    detail = _t("password of {name} reset") if reset else _t("password of {name} changed")
    with store.atomic():
        store.profiles.get(profile.id)  # NotFound when someone deleted it meanwhile
        store.profiles.set_password_hash(profile.id, password_hash)
        store.audit.record("changed", "profile", profile.id, detail.format(name=profile.name))


def change_password(store, name: str, current: str, new: str, repeat: str | None = None) -> None:
    """Change a profile's password, the current one being required."""
    profile = profile_named(store, name)
    new_hash = prepare_password_change(store.profiles.password_hash(profile.id), current, new, repeat)
    save_password(store, profile, new_hash)


def reset_password(store, name: str, new: str, repeat: str | None = None) -> None:
    """Give a profile a new password without the old one (whoever holds the file can read it anyway)."""
    profile = profile_named(store, name)
    save_password(store, profile, prepare_new_password(new, repeat), reset=True)


def delete_profile(store, profile: Profile) -> None:
    """Remove ``profile``; histories keep its name. The last one gone, Palier asks nobody."""
    with store.atomic():
        store.profiles.get(profile.id)
        store.profiles.delete(profile.id)
        store.audit.record("deleted", "profile", profile.id, profile.name)


def finish_sign_in(store, profile: Profile, new_hash: str | None = None) -> None:
    """``profile`` is now who works: histories and the audit log name it. Keeps ``new_hash`` (a
    re-hash with today's parameters) when given and the file can be written."""
    store.profile = profile.name
    if new_hash:
        try:
            with store.atomic():
                store.profiles.set_password_hash(profile.id, new_hash)
        except UserError:  # read-only file: the old hash still works
            log.info("the password hash of profile %s could not be updated", profile.id)


def sign_in(store, name: str, password: str) -> Profile:
    """Check ``password`` for the profile ``name`` and make it the one working; WrongPassword else."""
    profile = profile_named(store, name)
    matches, new_hash = check_password(store.profiles.password_hash(profile.id), password)
    if not matches:
        raise WrongPassword(wrong_password_sentence(profile.name))
    finish_sign_in(store, profile, new_hash)
    return profile


def wrong_password_sentence(name: str) -> str:
    """What to say when the password typed for ``name`` is not the right one."""
    return _t("This is not the password of {name}. Type it again (capital letters count).").format(name=name)


def lock_after_minutes(store) -> int:
    """Minutes without a key or a click before the window locks itself (0: never; default 10)."""
    try:
        minutes = int(store.audit.setting(LOCK_KEY, str(DEFAULT_LOCK_MINUTES)))
    except ValueError:
        return DEFAULT_LOCK_MINUTES
    return minutes if 0 <= minutes <= MAX_LOCK_MINUTES else DEFAULT_LOCK_MINUTES


def set_lock_after_minutes(store, minutes: int) -> None:
    """Choose the idle time before the lock, from 0 (never) to 240 minutes."""
    if not 0 <= int(minutes) <= MAX_LOCK_MINUTES:
        raise InvalidValue(_t("The lock delay must be between 0 (never) and {most} minutes, not {minutes}.")
                           .format(most=MAX_LOCK_MINUTES, minutes=minutes))
    store.audit.set_setting(LOCK_KEY, str(int(minutes)))
