"""The gentle warning's word list and the rule deciding whether a text names someone."""

import datetime as dt

from desktop.domain.mentions import MentionFinder
from desktop.domain.privacy import retention_cutoff, sensitive_words


def test_sensitive_words_are_found_whatever_the_accents_and_case():
    assert sensitive_words("Le voisin est DÉPRESSIF et Hospitalise depuis mai") == ["DÉPRESSIF", "Hospitalise"]
    assert sensitive_words("Il est fou, il est fou !") == ["fou"]
    assert sensitive_words("Vol de vélo ; a drug dealer; she is sick") == ["Vol", "drug dealer", "sick"]
    # Decomposed accents (as some keyboards and pastes give them) count the same.
    assert sensitive_words("Il est fai\u0301ne\u0301ant") == ["fa\u00edn\u00e9ant"]


def test_only_whole_words_count():
    assert sensitive_words("Le volet du salon est cassé, la salle est propre.") == []
    assert sensitive_words("") == []


def test_a_text_names_someone_when_it_holds_a_known_name_or_a_civility_and_a_name():
    matcher = MentionFinder(["Hélène Guérin", "Karim Benali"])
    assert matcher.names_someone("Vu avec helene GUERIN hier")
    assert matcher.names_someone("Plainte contre M. Dupont")
    assert matcher.names_someone("Madame Lefort a appelé")
    assert not matcher.names_someone("La porte du hall ferme mal. Mme la gardienne prévenue.")
    assert matcher.redact("Karim Benali et Mme Roux", "[X]") == "[X] et [X]"


def test_the_retention_counts_whole_years_back_from_today():
    assert retention_cutoff(dt.date(2026, 3, 12), 5) == dt.date(2021, 3, 12)
    assert retention_cutoff(dt.date(2024, 2, 29), 1) == dt.date(2023, 2, 28)


def test_a_dirty_hall_is_a_fact_not_a_judgement():
    from desktop.domain.privacy import sensitive_words

    assert sensitive_words("Le hall est sale depuis lundi") == []
