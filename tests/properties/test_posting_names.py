"""The posting version names no one: generated texts mixing registered names in every usual form
(surname alone, first name beside the surname, initials, any order and case, without accents,
decomposed, any kind of space, after a civility or "famille") and home numbers in a disturbance
matter never show a name or a home number in ``pdftotext`` of the posting PDF."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.commitments import Commitment
from desktop.domain.meetings import Invitation, Meeting, Minutes, Presence, Side
from desktop.domain.mentions import fold
from desktop.domain.people import Role
from desktop.reports.context import ComplaintFacts, ReportContext
from desktop.reports.posting import posting_pdf
from tests.properties.conftest import budget

PEOPLE = [("Ahmed", "Brunet"), ("Élodie", "Lefèvre"), ("Jean-Pierre", "Moreau"), ("Aïcha", "Benali")]
SPACES = [" ", "\u00a0", "\u202f", "  "]
FILLERS = ["se plaint du bruit", "a vu", "dit que", "signale", "et", "la nuit,", "depuis lundi", "encore"]
HOMES = ["appt {n}", "Appt B{n}", "logement n° {n}", "#{n}", "le {n}", "du {n}", "porte {n}", "appartement {n}",
         "logement {n}", "{f}e étage"]


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@st.composite
def name_form(draw):
    first, last = draw(st.sampled_from(PEOPLE))
    space = draw(st.sampled_from(SPACES))
    form = draw(st.sampled_from([
        "{F}{s}{L}", "{L}{s}{F}", "{L}", "M.{s}{L}", "M{s}{L}", "Mme{s}{L}", "Monsieur{s}{L}", "la famille {L}",
        "{i}.{s}{L}", "{L}{s}{i}.", "Madame{s}{F}{s}{L}", "{L}, {F}",
    ]))
    text = form.format(F=first, L=last, s=space, i=first[0])
    case = draw(st.sampled_from([str, str.upper, str.lower, str.title]))
    if "M" in form[:2] or "famille" in form:  # a civility needs its capital to be a civility
        case = draw(st.sampled_from([str, str.upper]))
        text = case(text) if case is str else text.split(space, 1)[0] + space + case(text.split(space, 1)[-1]) \
            if space in text else text
    else:
        text = case(text)
    if draw(st.booleans()):
        text = _unaccented(text)
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    return text


@st.composite
def sentence(draw):
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(name_form()))
        parts.append(draw(st.sampled_from(FILLERS)))
        if draw(st.booleans()):
            home = draw(st.sampled_from(HOMES)).format(n=draw(st.integers(100, 999)), f=draw(st.integers(2, 9)))
            parts.append(home)
    return " ".join(parts) + "."


def _minutes(question: str, answer: str, commitment: str) -> tuple[Minutes, ReportContext]:
    meeting = Meeting(date=dt.date(2026, 3, 12), start_time=dt.time(18), place="Salle commune", id=1)
    attendance = [Invitation(name="Paul Martin", role=Role.BUILDING_REPRESENTATIVE, side=Side.TENANTS,
                             presence=Presence.PRESENT)]
    point = AgendaPoint(kind=AgendaPointKind.COMPLAINTS, position=1, complaint_ids=[7],
                        title="Troubles de voisinage – Bâtiment A: 1 complaint", question=question,
                        answer=answer, commitments=[Commitment(what=commitment, owner_name="Sophie Roux",
                                                               due_on=dt.date(2026, 4, 1))])
    context = ReportContext(
        residence="Les Tilleuls",
        complaints={7: ComplaintFacts("Troubles de voisinage", "Bâtiment A – Entrée 2", "Ahmed Brunet")},
        private_names=[f"{first} {last}" for first, last in PEOPLE],
    )
    return Minutes(meeting, attendance, [point], []), context


def _pdftotext(data: bytes, folder) -> str:
    path = folder / "posting.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@budget(25)
@given(question=sentence(), answer=sentence(), commitment=sentence())
@example(question="BRUNET Ahmed, M Brunet, A. Brunet, la famille Brunet et Mme Lopez (appt 203, logement n° 45).",
         answer="Ahmed a parlé à Brunet. Appt B12, #204, le 203, voisin du 304.",
         commitment="Rencontrer Ahmed\u00a0Brunet au 3e étage")
def test_no_name_nor_home_number_reaches_the_posting_pdf(question, answer, commitment, tmp_path_factory):
    minutes, context = _minutes(question, answer, commitment)
    text = fold(" ".join(_pdftotext(posting_pdf(minutes, context), tmp_path_factory.mktemp("p")).split()))
    for first, last in PEOPLE:
        assert not re.search(rf"\b{fold(last)}\b", text), last
        assert not re.search(rf"\b{fold(first)}\b", text), first
    assert "lopez" not in text
    numbers = set(re.findall(r"\d+", fold(question + answer + commitment))) - {"2", "1"}
    assert not any(re.search(rf"(?<!\d){n}(?!\d)", text) for n in numbers if len(n) == 3), numbers
    assert "paul martin" in text
