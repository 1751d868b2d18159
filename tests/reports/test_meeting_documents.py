"""The four documents of a meeting, read back from the PDF as a person would read them."""

from __future__ import annotations

import pytest

import io
import re

from pypdf import PdfReader

from desktop import i18n
from desktop.services.reports import gather
from desktop.reports.meeting_documents import meeting_document
from desktop.reports.minutes import fingerprint, minutes_pdf
from tests.reports.conftest import page_count, pdf_text, squeezed


def test_the_minutes_name_every_participant_and_every_point(demo_store, drafted):
    text = squeezed(pdf_text(minutes_pdf(drafted, gather(demo_store, drafted))))
    assert len(drafted.attendance) > 10 and len(drafted.points) >= 8
    for invitation in drafted.attendance:
        assert squeezed(invitation.name) in text
    for point in drafted.points:
        assert squeezed(f"{point.position}. {point.title}") in text
        for commitment in point.commitments:
            assert squeezed(commitment.what) in text
    residence = demo_store.places.first_residence().name
    assert squeezed(residence) in text
    assert squeezed("Commitments made at this meeting") in text
    assert squeezed("The chair") in text and squeezed("The secretary") in text
    assert squeezed(f"Fingerprint: {fingerprint(drafted)}") in text


def test_every_page_says_page_x_of_y(demo_store, drafted):
    data = minutes_pdf(drafted, gather(demo_store, drafted))
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page.extract_text()


def test_the_same_minutes_give_the_same_bytes_and_a_change_gives_another_fingerprint(demo_store, drafted):
    context = gather(demo_store, drafted)
    first = minutes_pdf(drafted, context)
    assert minutes_pdf(drafted, context) == first
    before = fingerprint(drafted)
    assert re.fullmatch(r"[0-9a-f]{16}", before)
    drafted.points[0].decision += " Corrigé."
    assert fingerprint(drafted) != before
    assert minutes_pdf(drafted, context) != first


def test_the_fonts_are_embedded_truetype(demo_store, drafted):
    data = meeting_document("posting", drafted, gather(demo_store, drafted))
    fonts = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
        assert "DejaVuSans" in font["/BaseFont"]


def test_french_documents_write_dates_out_and_keep_accents_and_quotes(demo_store, drafted):
    i18n.set_language("fr")
    drafted.points[0].answer = "Le bœuf « bourguignon » coûte 12 € l’assiette."
    text = pdf_text(minutes_pdf(drafted, gather(demo_store, drafted)))
    assert "Le bœuf « bourguignon » coûte 12 € l’assiette." in " ".join(text.split())
    weekday = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")[drafted.meeting.date.weekday()]
    assert f"{weekday} {drafted.meeting.date.day} " in text


def test_the_convocation_lists_the_agenda_on_one_or_two_pages(demo_store):
    planned = [m for m in demo_store.meetings.list() if not m.status.has_taken_place][-1]
    from desktop.services.meetings import load_minutes

    minutes = load_minutes(demo_store, planned.id)
    data = meeting_document("agenda", minutes, gather(demo_store, minutes))
    text = squeezed(pdf_text(data))
    assert page_count(data) <= 2
    assert squeezed("Convocation") in text
    for point in minutes.points:
        assert squeezed(point.title) in text


def test_the_attendance_sheet_has_a_row_per_person_blank_rows_and_the_certified_count(demo_store, drafted):
    data = meeting_document("attendance", drafted, gather(demo_store, drafted))
    text = squeezed(pdf_text(data))
    for invitation in drafted.attendance:
        assert squeezed(invitation.name) in text
    assert squeezed("Number of people present certified by the chair:") in text
    assert squeezed("Signature of the chair:") in text


@pytest.mark.parametrize("address,city,expected", [
    ("8 allée des Tilleuls, 69100 Villeurbanne", "Villeurbanne", "8 allée des Tilleuls, 69100 Villeurbanne"),
    ("8 allée des Tilleuls, 69100 VILLEURBANNE", "Villeurbanne", "8 allée des Tilleuls, 69100 VILLEURBANNE"),
    ("8 allée des Tilleuls", "Villeurbanne", "8 allée des Tilleuls, Villeurbanne"),
    ("", "Villeurbanne", "Villeurbanne"),
    ("3 rue de Lyon", "", "3 rue de Lyon"),
])
def test_the_letterhead_names_the_city_once(address, city, expected):
    from desktop.domain.places import Residence
    from desktop.services.reports import postal_line

    assert postal_line(Residence(name="Les Tilleuls", address=address, city=city)) == expected


def test_the_next_meeting_says_the_proposed_date_when_nothing_was_decided(demo_store, drafted):
    """The walk: the posting version said "To be set" though the agenda proposed a date."""
    import copy

    from desktop.domain.agenda import AgendaPointKind, next_meeting_date
    from desktop.domain.dates import long_date

    minutes = copy.deepcopy(drafted)
    for point in minutes.points:
        if point.kind == AgendaPointKind.NEXT_MEETING:
            point.decision = point.answer = ""
    context = gather(demo_store, minutes)
    context.next_meeting = None
    text = squeezed(pdf_text(minutes_pdf(minutes, context)))
    proposed = long_date(next_meeting_date(minutes.meeting.date), weekday=True)
    assert squeezed(f"Proposed: {proposed}, to be confirmed.") in text


def test_the_attendance_sheet_never_ends_on_a_page_of_empty_rows(demo_store, drafted):
    """The walk: 17 people gave a third page holding only three empty rows."""
    import copy
    import dataclasses

    from desktop.reports.attendance import _render, attendance_pdf
    from desktop.reports.attendance import page_count as pages

    context = gather(demo_store, drafted)
    spilled = 0
    for extra in range(0, 16):
        minutes = copy.deepcopy(drafted)
        minutes.attendance += [dataclasses.replace(drafted.attendance[0], name=f"Personne {n}", id=None)
                               for n in range(extra)]
        with_six, with_three = pages(_render(minutes, context, 6)), pages(_render(minutes, context, 3))
        if with_three < with_six:  # three blank rows save a sheet: they are used
            spilled += 1
            assert pages(attendance_pdf(minutes, context)) == with_three, extra
        else:
            assert pages(attendance_pdf(minutes, context)) == with_six
    assert spilled  # the case of the walk was met
