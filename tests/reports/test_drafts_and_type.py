"""Issue 10, items 5 and 10: a draft says so on paper; letterheads never run together; the chart
counts in whole numbers; type sizes a person with weak eyesight can read; headings never broken."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from desktop import i18n
from desktop.reports.base import REGULAR, WIDTH, fit_line, header_widths
from desktop.reports.meeting_documents import meeting_document
from desktop.reports.register import number_text, register_pdf, whole_step
from desktop.services.meetings import load_minutes
from desktop.services.reports import gather, gather_register
from tests.reports.conftest import pdf_text

LONG_ADDRESS = "12 avenue du Général-Leclerc, bâtiment administratif, 69100 Villeurbanne, Villeurbanne"


def runs(data: bytes) -> list[tuple[int, str, float, float, float]]:
    """Every piece of text drawn: (page, text, font size, x, y), read back from the PDF."""
    found = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                found.append((number, text.strip(), size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5,
                              tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))
        page.extract_text(visitor_text=visit)
    return found


def _meeting(store, locked: bool):
    meetings = [m for m in store.meetings.list() if m.status.has_taken_place and m.is_locked == locked]
    minutes = load_minutes(store, meetings[-1].id)
    return minutes, gather(store, minutes)


@pytest.mark.parametrize("kind", ["minutes", "posting"])
def test_draft_minutes_print_projet_and_approved_ones_do_not(demo_store, kind):
    i18n.set_language("fr")
    draft = pdf_text(meeting_document(kind, *_meeting(demo_store, locked=False)))
    signed = pdf_text(meeting_document(kind, *_meeting(demo_store, locked=True)))
    pages = len(re.findall(r"Page \d+ / \d+", draft))
    assert draft.count("PROJET, non approuvé") == pages > 1  # in every page's letterhead
    assert draft.count("PROJET") >= 2 * pages  # and across every page
    assert "PROJET" not in signed


def test_the_letterhead_never_runs_words_together(demo_store):
    data = dataclasses.replace(gather_register(demo_store, dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
                               address=LONG_ADDRESS)
    pdf = register_pdf(data)
    head = [r for r in runs(pdf) if r[0] == 1 and r[4] > 760]
    lines: dict[float, list] = {}
    for _page, text, size, x, y in head:
        lines.setdefault(round(y), []).append((x, text, size))
    assert len(lines) == 2 and all(len(line) == 2 for line in lines.values())
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for line in lines.values():
        (left_x, left, left_size), (right_x, right, right_size) = sorted(line)
        assert right_size >= 9 and left_size >= 9
        # The right-hand text starts well after the left-hand one ends.
        assert left_x + stringWidth(left, "PalierSans", left_size) + 15 < right_x, (left, right)
        # Read back as text, the two never make one word ("Villeurbanne, VilleurbanneRegistre…").
        assert not re.search(r"\S" + re.escape(right), pdf_text(pdf)), right


def test_a_line_too_long_shrinks_to_nine_points_then_cuts_the_address():
    left, left_size, right_size = fit_line(LONG_ADDRESS * 2, "Complaint register and statistics", WIDTH,
                                           REGULAR, 10.5, 10.5)
    assert left.endswith("…") and left_size == right_size == 9
    untouched = fit_line("2 allée des Tilleuls", "Minutes", WIDTH, REGULAR, 10.5, 10.5)
    assert untouched == ("2 allée des Tilleuls", 10.5, 10.5)


def test_the_chart_counts_complaints_in_whole_numbers(demo_store):
    data = gather_register(demo_store, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    counts = Counter(c.category_name for c in data.complaints)
    assert max(counts.values()) <= 6, "a small count is where 0.5 steps appeared"
    chart_labels = [t for _p, t, _s, _x, y in runs(register_pdf(data)) if re.fullmatch(r"[\d.,]+", t)]
    assert chart_labels and not [t for t in chart_labels if re.search(r"[.,]", t)]
    axis = [int(t) for t in chart_labels]
    assert list(range(0, max(counts.values()) + 1)) == sorted(set(axis) & set(range(max(counts.values()) + 1)))


@pytest.mark.parametrize(("top", "step"), [(1, 1), (3, 1), (6, 1), (7, 2), (12, 2), (13, 5), (40, 10), (250, 50)])
def test_axis_steps_are_whole(top, step):
    assert whole_step(top) == step


def test_numbers_are_written_the_french_way_in_french():
    assert number_text(3.0) == "3" and number_text(1.5) == "1.5"
    i18n.set_language("fr")
    assert number_text(1.5) == "1,5" and number_text(12) == "12"


def _sizes(data: bytes) -> Counter:
    return Counter(round(size, 1) for _p, text, size, _x, _y in runs(data) for _ in text.split())


@pytest.mark.parametrize(("kind", "body"), [("minutes", 11), ("agenda", 11), ("attendance", 10), ("posting", 14)])
def test_type_is_large_enough(demo_store, kind, body):
    i18n.set_language("fr")
    sizes = _sizes(meeting_document(kind, *_meeting(demo_store, locked=False)))
    assert min(sizes) >= 9, f"{kind}: text in {min(sizes)} pt"
    assert sizes.most_common(1)[0][0] >= body, f"{kind}: body in {sizes.most_common(1)[0][0]} pt"


def test_the_register_type_is_at_least_nine_points(demo_store):
    sizes = _sizes(register_pdf(gather_register(demo_store, dt.date(2024, 1, 1), dt.date(2024, 12, 31))))
    assert min(sizes) >= 9


@pytest.mark.parametrize("language", ["en", "fr"])
def test_table_headings_are_never_broken_in_the_middle_of_a_word(demo_store, language):
    i18n.set_language(language)
    minutes, context = _meeting(demo_store, locked=True)
    for kind in ("posting", "minutes", "agenda", "attendance"):
        drawn = {t for _p, t, _s, _x, _y in runs(meeting_document(kind, minutes, context))}
        headings = {"posting": ["Point", "Who", "What", "By"], "minutes": ["Name", "Role", "Presence"],
                    "agenda": ["No.", "Point"], "attendance": ["Name", "Role", "Organisation", "Signature"]}[kind]
        for heading in headings:
            word = i18n.tr("Reports", heading)
            assert word in drawn, f"{kind}: “{word}” is not printed whole"


def test_a_heading_wider_than_its_column_widens_it_from_the_widest():
    widths = header_widths(["Point", "Qui", "Quoi"], [30.0, 100.0, 200.0], 13.8)
    assert widths[0] > 30 and widths[1] == 100 and sum(widths) == pytest.approx(330)
