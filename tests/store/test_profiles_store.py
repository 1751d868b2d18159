"""The profiles table: names unique whatever their case, only a hash kept, the audit told."""

import pytest

from desktop.domain.errors import InvalidValue, NotFound
from desktop.services import profiles
from desktop.services.profiles import WrongPassword

PASSWORD = "tilleuls-2026"


def test_a_profile_keeps_an_argon2id_hash_never_the_password(store):
    profile = profiles.create_profile(store, "  Josiane   Morel ", PASSWORD, PASSWORD)
    assert profile.name == "Josiane Morel"
    stored = store.profiles.password_hash(profile.id)
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    dump = "\n".join(store.db.conn.iterdump())
    assert PASSWORD not in dump
    assert profiles.check_password(stored, PASSWORD) == (True, None)
    assert profiles.check_password(stored, "tilleuls-2025") == (False, None)
    assert profiles.check_password("not a hash", PASSWORD) == (False, None)


def test_names_are_trimmed_not_empty_and_unique_whatever_their_case(store):
    hashed = profiles.prepare_new_password(PASSWORD)
    profiles.save_new_profile(store, "Émilie", hashed)
    for taken in ("émilie", "ÉMILIE ", " Émilie"):
        with pytest.raises(InvalidValue, match="There is already a profile called “Émilie”"):
            profiles.save_new_profile(store, taken, hashed)
    with pytest.raises(InvalidValue, match="needs a name"):
        profiles.save_new_profile(store, "   ", hashed)
    with pytest.raises(InvalidValue, match="at most 60"):
        profiles.clean_name(store, "x" * 61)
    assert [p.name for p in store.profiles.list()] == ["Émilie"]


def test_passwords_need_eight_characters_typed_twice_the_same(store):
    with pytest.raises(InvalidValue, match="at least 8 characters"):
        profiles.create_profile(store, "Ahmed", "1234567", "1234567")
    with pytest.raises(InvalidValue, match="not the same"):
        profiles.create_profile(store, "Ahmed", PASSWORD, PASSWORD + "!")
    assert store.profiles.count() == 0


def test_sign_in_names_the_profile_in_histories_and_the_audit(store):
    profiles.create_profile(store, "Ahmed Benali", PASSWORD)
    with pytest.raises(WrongPassword, match="not the password of Ahmed Benali"):
        profiles.sign_in(store, "ahmed benali", "wrong password")
    assert store.profile == "tester"
    profiles.sign_in(store, "ahmed benali", PASSWORD)
    assert store.profile == "Ahmed Benali"
    with pytest.raises(NotFound, match="no profile called “Paul”"):
        profiles.sign_in(store, "Paul", PASSWORD)


def test_changing_deleting_and_creating_leave_audit_lines_without_passwords(store):
    profile = profiles.create_profile(store, "Odette", PASSWORD)
    with pytest.raises(WrongPassword):
        profiles.change_password(store, "Odette", "not the one!", "nouveau-mot-2026")
    profiles.change_password(store, "Odette", PASSWORD, "nouveau-mot-2026", "nouveau-mot-2026")
    assert profiles.check_password(store.profiles.password_hash(profile.id), "nouveau-mot-2026")[0]
    profiles.delete_profile(store, profile)
    assert not profiles.profiles_enabled(store)
    lines = [(e.action, e.subject, e.subject_id, e.detail, e.profile) for e in reversed(store.audit.list())]
    assert lines == [("created", "profile", profile.id, "Odette", "tester"),
                     ("changed", "profile", profile.id, "password of Odette changed", "tester"),
                     ("deleted", "profile", profile.id, "Odette", "tester")]
    assert not any(secret in str(lines) for secret in (PASSWORD, "nouveau-mot-2026"))


def test_a_hash_with_older_parameters_is_replaced_at_sign_in(store, monkeypatch):
    from argon2 import PasswordHasher

    old = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    profile = profiles.save_new_profile(store, "Lucien", old)
    profiles.sign_in(store, "Lucien", PASSWORD)
    renewed = store.profiles.password_hash(profile.id)
    assert renewed != old and "m=19456,t=2,p=1" in renewed


def test_the_lock_delay_is_kept_with_the_data(store):
    assert profiles.lock_after_minutes(store) == 10
    profiles.set_lock_after_minutes(store, 0)
    assert profiles.lock_after_minutes(store) == 0
    with pytest.raises(InvalidValue, match="between 0 \\(never\\) and 240"):
        profiles.set_lock_after_minutes(store, 300)
    store.audit.set_setting(profiles.LOCK_KEY, "soon")
    assert profiles.lock_after_minutes(store) == 10
