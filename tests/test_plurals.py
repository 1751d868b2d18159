"""Counts agree with their noun in both languages ("1 page", "0 jour", "2 jours")."""

from __future__ import annotations

import pytest

from desktop import i18n


@pytest.mark.parametrize("language,count,expected", [
    ("fr", 0, "one"), ("fr", 1, "one"), ("fr", 2, "many"), ("fr", 40, "many"),
    ("en", 0, "many"), ("en", 1, "one"), ("en", 2, "many"),
])
def test_plural_follows_each_language_s_rule(language, count, expected):
    i18n.set_language(language)
    try:
        assert i18n.plural(count, "one", "many") == expected
    finally:
        i18n.set_language("en")


def test_the_window_s_counts_read_right_in_french(qapp):
    from desktop.ui import translator
    from desktop.ui.complaints.page import showing_text

    translator.install(qapp, "fr")
    try:
        assert showing_text(1) == "1 réclamation affichée"
        assert showing_text(0) == "0 réclamation affichée"
        assert showing_text(3) == "3 réclamations affichées"
    finally:
        translator.install(qapp, "en")
    assert showing_text(1) == "Showing 1 complaint" and showing_text(0) == "Showing 0 complaints"
