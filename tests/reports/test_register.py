"""The complaint register and statistics of a period."""

from __future__ import annotations

import datetime as dt
import io
import statistics

import pytest
from pypdf import PdfReader

from desktop.domain.errors import InvalidValue
from desktop.reports.register import register_pdf
from desktop.services.reports import gather_register
from tests.reports.conftest import pdf_text, squeezed

START, END = dt.date(2024, 1, 1), dt.date(2024, 12, 31)


def test_the_register_counts_lists_and_times_the_complaints_of_the_period(demo_store):
    data = gather_register(demo_store, START, END)
    assert data.complaints and all(START <= c.opened_on <= END for c in data.complaints)
    text = squeezed(pdf_text(register_pdf(data)))
    assert squeezed(f"Complaints opened in the period: {len(data.complaints)}") in text
    still_open = sum(1 for c in data.complaints if c.status.is_open)
    assert squeezed(f"Still open today: {still_open}") in text
    days = [(data.closed_on[c.id] - c.opened_on).days for c in data.complaints if c.id in data.closed_on]
    assert squeezed(f"Median time to resolve: {round(statistics.median(days))} days") in text
    assert squeezed(f"Longest time to resolve: {max(days)} days") in text
    for heading in ("By category", "By building", "By status", "The register"):
        assert squeezed(heading) in text
    for complaint in data.complaints:
        assert squeezed(complaint.opened_on.strftime("%d/%m/%Y")) in text
    reporters = {c.reporter_name for c in data.complaints if c.reporter_name}
    assert reporters and not any(squeezed(name) in text for name in reporters)


def test_the_register_embeds_its_fonts_in_the_chart_too(demo_store):
    data = register_pdf(gather_register(demo_store, START, END))
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            assert "DejaVuSans" in font.get_object()["/BaseFont"]


def test_an_empty_period_says_so_and_a_reversed_one_is_refused(demo_store):
    text = pdf_text(register_pdf(gather_register(demo_store, dt.date(2001, 1, 1), dt.date(2001, 12, 31))))
    assert "No complaint was opened in this period." in " ".join(text.split())
    with pytest.raises(InvalidValue, match="ends"):
        gather_register(demo_store, END, START)
