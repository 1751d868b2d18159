"""A demo residence shared by a module's report tests (read only), and PDF text helpers."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from desktop.services.demo import build_demo
from desktop.services.meetings import load_minutes
from desktop.store import Store

FIXED_NOW = dt.datetime(2026, 3, 12, 10, 30, 0)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """A small demo (60 complaints, 11 meetings); tests only read it."""
    opened = Store.open(tmp_path_factory.mktemp("demo") / "demo.db", profile="tester", now=lambda: FIXED_NOW)
    build_demo(opened, complaints=60)
    yield opened
    opened.close()


@pytest.fixture
def drafted(demo_store):
    """The Minutes of the demo's last meeting held (minutes drafted, many points)."""
    meeting = [m for m in demo_store.meetings.list() if m.status.has_taken_place][-1]
    return load_minutes(demo_store, meeting.id)


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def squeezed(value: str) -> str:
    """``value`` without any white space: wrapped lines compare equal to the original."""
    return re.sub(r"\s+", "", value)


def page_count(data: bytes) -> int:
    """How many pages a PDF has."""
    return len(PdfReader(io.BytesIO(data)).pages)
