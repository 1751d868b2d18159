"""Finding people and places from a few letters: any word, accents and case aside, best first."""

from desktop.domain.matching import match_score, rank

PEOPLE = ["Bernard Martin", "Karim Haddad", "Léa Durand", "Marc Dubois", "Hadrien Petit"]
PLACES = [
    "Bâtiment A", "Bâtiment A › Entrée 1", "Bâtiment A › Entrée 1 › Logement 11",
    "Bâtiment B", "Bâtiment B › Entrée 1", "Bâtiment B › Entrée 1 › Logement 11", "Parking",
]


def names(query, labels):
    return [labels[position] for position in rank(query, labels)]


def test_a_few_letters_of_a_surname_find_the_person_whatever_word_it_is():
    assert names("hadd", PEOPLE) == ["Karim Haddad"]
    assert names("HADD", PEOPLE) == ["Karim Haddad"]
    assert names("lea", PEOPLE) == ["Léa Durand"]


def test_the_start_of_a_word_comes_before_letters_inside_a_word():
    assert names("had", PEOPLE) == ["Karim Haddad", "Hadrien Petit"]  # both start so: the list's order
    assert names("mar", PEOPLE)[:2] == ["Bernard Martin", "Marc Dubois"]
    assert names("nard", PEOPLE) == ["Bernard Martin"]


def test_a_building_letter_finds_that_building_first_then_its_entrances_and_homes():
    found = names("batiment b", PLACES)
    assert found[:3] == ["Bâtiment B", "Bâtiment B › Entrée 1", "Bâtiment B › Entrée 1 › Logement 11"]
    assert all(name.startswith("Bâtiment B") for name in found)


def test_each_typed_word_needs_its_own_word_of_the_name():
    assert match_score("b b", "Bâtiment A") == 0
    assert match_score("batiment b", "Bâtiment A › Entrée 1") == 0


def test_a_near_spelling_of_a_long_word_still_finds_it_but_after_true_matches():
    assert names("hadad", PEOPLE) == ["Karim Haddad"]
    assert match_score("haddad", "Karim Haddad") > match_score("hadad", "Karim Haddad")


def test_nothing_that_does_not_match_is_ever_offered():
    assert names("zzz", PEOPLE) == []
    assert names("durand martin", PEOPLE) == []


def test_empty_text_offers_everything_in_the_list_order():
    assert names("", PEOPLE) == PEOPLE
    assert names("  ", PEOPLE) == PEOPLE
