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


@pytest.mark.parametrize("language,count,expected", [
    ("en", 1, "1 backup rewritten: it no longer holds purged or forgotten data."),
    ("en", 3, "3 backups rewritten: they no longer hold purged or forgotten data."),
    ("fr", 1, "1 sauvegarde réécrite : elle ne contient plus les données anonymisées ou oubliées."),
    ("fr", 0, "0 sauvegarde réécrite : elle ne contient plus les données anonymisées ou oubliées."),
    ("fr", 2, "2 sauvegardes réécrites : elles ne contiennent plus les données anonymisées ou oubliées."),
])
def test_no_sentence_says_backup_s_any_more(language, count, expected, capsys, tmp_path):
    """Issue 10: "1 backup(s) rewritten"; every count now agrees with its noun."""
    from desktop.commands import privacy as command

    class Store:
        path = tmp_path / "x.db"

    i18n.set_language(language)
    try:
        from desktop.services import backup_privacy

        original = backup_privacy.rewrite_backups, backup_privacy.exposure_sentence, backup_privacy.exposure
        backup_privacy.rewrite_backups = lambda store, progress: count
        backup_privacy.exposure = lambda store: None
        backup_privacy.exposure_sentence = lambda found: ""
        try:
            command._backups(Store(), rewrite=True)
        finally:
            backup_privacy.rewrite_backups, backup_privacy.exposure_sentence, backup_privacy.exposure = original
    finally:
        i18n.set_language("en")
    assert capsys.readouterr().out.splitlines()[0] == expected


def test_the_purge_summary_counts_agree_in_french():
    import datetime as dt

    from desktop.domain.privacy import PurgeReport
    from desktop.services.privacy import purge_summary

    report = PurgeReport(cutoff=dt.date(2021, 12, 3), dry_run=False)
    report.complaint_ids, report.form_ids, report.photos_removed, report.texts_removed = [4], [], 2, 1
    i18n.set_language("fr")
    try:
        text = purge_summary(report)
    finally:
        i18n.set_language("en")
    assert text.splitlines()[0] == ("Anonymisé : 1 réclamation et 0 fiche de liaison antérieures au 03/12/2021 ; "
                                    "retiré : 2 photos et 1 texte nommant une personne.")


def test_a_conflict_is_told_in_words_not_in_column_codes():
    """The "To decide" list showed "status", "in_progress", "rejected" in the French window."""
    import json

    from desktop.services.exchange_words import field_text, record_text, values_text

    mine = json.dumps({"status": "in_progress", "status_reason": ""})
    theirs = json.dumps({"status": "rejected", "status_reason": "Pas le bailleur", "due_on": "2027-01-31"})
    i18n.set_language("fr")
    try:
        assert (record_text("complaints", (612,)), field_text("status")) == ("Réclamation 612", "statut")
        assert values_text("complaints", mine) == "En cours"
        assert values_text("complaints", theirs) == "Rejetée; Pas le bailleur; 31/01/2027"
        assert values_text("commitments", json.dumps({"status": "done"})) == "Tenu"
    finally:
        i18n.set_language("en")
    assert values_text("complaints", mine) == "In progress"
