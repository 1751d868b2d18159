"""``list meetings|commitments`` and ``meeting show|plan|close``, run as from a terminal."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop.app import main
from desktop.services import meetings as service
from desktop.store import Store

POINT_FIELDS = {"id", "position", "kind", "title", "question", "answer", "no_answer_reason", "decision",
                "carried_from", "complaint_ids", "form_ids", "commitments"}
ATTENDANCE_FIELDS = {"name", "role", "side", "presence"}
COMMITMENT_FIELDS = {"owner", "what", "due_on", "status"}


def run(capsys, db, *arguments):
    """Run ``main.py --db DB ARGUMENTS``; return (exit status, stdout, stderr)."""
    status = main(["main.py", "--db", str(db), *arguments])
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys, db, *arguments):
    status, out, err = run(capsys, db, *arguments, "--json")
    assert status == 0, err
    return json.loads(out)


class _Opened:
    """``with _Opened(path) as store``: a store closed on the way out."""

    def __init__(self, path):
        self.store = Store.open(path)

    def __enter__(self):
        return self.store

    def __exit__(self, *_):
        self.store.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One demo database (120 complaints, the meetings) made by the command, copied by each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["main.py", "--db", str(path), "demo", "--seed", "5", "--complaints", "120"]) == 0
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


def test_list_meetings_gives_id_date_kind_and_status(demo_db, capsys):
    meetings = run_json(capsys, demo_db, "list", "meetings")
    assert len(meetings) >= 9 and all(set(m) == {"id", "date", "kind", "status"} for m in meetings)
    assert [m["date"] for m in meetings] == sorted(m["date"] for m in meetings)
    assert all(dt.date.fromisoformat(m["date"]) and m["kind"] == "quarterly" for m in meetings)
    assert meetings[-1]["status"] == "planned" and meetings[-2]["status"] == "minutes_drafted"
    assert {m["status"] for m in meetings[:-2]} <= {"signed", "amended"}


def test_meeting_show_json_has_the_attendance_and_agenda_fields_of_the_issue(demo_db, capsys):
    meetings = run_json(capsys, demo_db, "list", "meetings")
    shown = [run_json(capsys, demo_db, "meeting", "show", str(m["id"])) for m in meetings]
    for meeting, listed in zip(shown, meetings):
        assert {key: meeting[key] for key in listed} == listed
        assert meeting["attendance"] and all(ATTENDANCE_FIELDS <= set(a) for a in meeting["attendance"])
        assert meeting["agenda"] and all(POINT_FIELDS <= set(p) for p in meeting["agenda"])
        assert [p["position"] for p in meeting["agenda"]] == list(range(1, len(meeting["agenda"]) + 1))
    points = [p for m in shown for p in m["agenda"]]
    commitments = [c for p in points for c in p["commitments"]]
    assert commitments and all(COMMITMENT_FIELDS <= set(c) for c in commitments)
    assert {c["status"] for c in commitments} <= {"open", "done", "late"}
    carried = [p for p in points if p["carried_from"] is not None]
    ids = {m["id"] for m in meetings}
    assert carried and all(p["carried_from"] in ids and p["kind"] == "carried" for p in carried)
    assert any(p["complaint_ids"] for p in points) and any(p["form_ids"] for p in points)
    attendance = shown[0]["attendance"]
    assert {"tenants", "landlord", "guest", "listener"} <= {a["side"] for a in attendance}
    assert {a["presence"] for a in attendance} <= {"present", "excused", "absent", "represented"}
    with _Opened(demo_db) as store:
        first = store.agenda.points(meetings[0]["id"])
    assert [p["title"] for p in shown[0]["agenda"]] == [p.title for p in first]


def test_meeting_show_plain_text_reads_like_minutes(demo_db, capsys):
    meetings = run_json(capsys, demo_db, "list", "meetings")
    status, out, _ = run(capsys, demo_db, "meeting", "show", str(meetings[0]["id"]))
    assert status == 0
    assert out.startswith(f"Meeting {meetings[0]['id']}: Quarterly correspondents' meeting\nDate: Thursday ")
    assert "Attendance" in out and "Agenda" in out and "\n1. Approval" not in out  # the first has no previous
    assert "Answer:" in out and "Present" in out and "quarterly" not in out


def test_meeting_plan_creates_a_meeting_with_the_proposed_agenda(demo_db, capsys):
    meetings = run_json(capsys, demo_db, "list", "meetings")
    planned = dt.date.fromisoformat(meetings[-1]["date"])
    status, _out, err = run(capsys, demo_db, "meeting", "plan")        # the next date is already planned
    assert status == 2 and "already a meeting of this kind" in err
    later = planned + dt.timedelta(days=7)
    created = run_json(capsys, demo_db, "meeting", "plan", "--date", later.isoformat())
    assert (created["date"], created["status"], created["kind"]) == (later.isoformat(), "planned", "quarterly")
    kinds = [p["kind"] for p in created["agenda"]]
    assert kinds[0] == "previous_minutes" and kinds[-4:] == [
        "landlord_information", "guest_slot", "neighbourhood_life", "next_meeting"]
    assert {a["side"] for a in created["attendance"]} == {"tenants", "landlord"}
    assert len(run_json(capsys, demo_db, "list", "meetings")) == len(meetings) + 1


def test_meeting_plan_plain_output_lists_the_agenda(tmp_path, capsys):
    path = tmp_path / "new.db"
    assert run(capsys, path, "demo", "--complaints", "0")[0] == 0
    status, out, _ = run(capsys, path, "meeting", "plan", "--date", "2030-01-10")
    lines = out.splitlines()
    assert status == 0 and lines[0].startswith("Meeting 12 planned on Thursday 10 January 2030:")
    assert lines[1].strip().startswith("1. Approval of the minutes") and "Guest slot" in out


@pytest.mark.parametrize("arguments", [("meeting", "plan", "--date", "12/03/2026"),
                                       ("meeting", "show", "999"), ("meeting", "close", "abc"),
                                       ("list", "commitments", "--status", "closed"),
                                       ("list", "meetings", "--status", "open")])
def test_bad_input_exits_2_with_a_sentence(demo_db, capsys, arguments):
    status, out, err = run(capsys, demo_db, *arguments)
    assert status == 2 and out == "" and err.strip().endswith(".") and "Traceback" not in err


def test_closing_lists_the_unanswered_points_and_exits_2(demo_db, capsys):
    planned = run_json(capsys, demo_db, "list", "meetings")[-1]
    status, _out, err = run(capsys, demo_db, "meeting", "close", str(planned["id"]))
    assert status == 2 and "cannot become" in err
    with _Opened(demo_db) as store:
        service.start_meeting(store, planned["id"])
        questions = [p for p in store.agenda.points(planned["id"]) if p.needs_answer]
    status, out, err = run(capsys, demo_db, "meeting", "close", str(planned["id"]))
    assert status == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines[0].startswith("The meeting of ") and (f"{len(questions)} points have" in lines[0] if len(questions) > 1 else "1 point has" in lines[0])
    assert lines[1:] == [f"  point {p.position}: {p.title}" for p in questions]
    assert run_json(capsys, demo_db, "meeting", "show", str(planned["id"]))["status"] == "held"
    with _Opened(demo_db) as store:
        for index, point in enumerate(questions):
            field = "answer" if index % 2 else "no_answer_reason"
            store.agenda.update_point_fields(point.id, **{field: "Réponse du bailleur."})
    status, out, err = run(capsys, demo_db, "meeting", "close", str(planned["id"]))
    assert status == 0, err
    assert f"Points carried to the next meeting: {(len(questions) + 1) // 2}." in out
    assert run_json(capsys, demo_db, "meeting", "show", str(planned["id"]))["status"] == "minutes_drafted"


def test_list_commitments_by_status(demo_db, capsys):
    everything = run_json(capsys, demo_db, "list", "commitments")
    late = run_json(capsys, demo_db, "list", "commitments", "--status", "late")
    opened = run_json(capsys, demo_db, "list", "commitments", "--status", "open")
    done = run_json(capsys, demo_db, "list", "commitments", "--status", "done")
    assert everything and COMMITMENT_FIELDS <= set(everything[0])
    assert len(everything) == len(opened) + len(done)
    assert late and {c["status"] for c in late} == {"late"} and {c["id"] for c in late} <= {c["id"] for c in opened}
    assert all(c["due_on"] < dt.date.today().isoformat() for c in late)
    assert done and all(c["done_on"] for c in done)
    status, out, _ = run(capsys, demo_db, "list", "commitments", "--limit", "2")
    assert status == 0 and out.splitlines()[0].split()[:3] == ["No.", "Due", "Status"] and len(out.splitlines()) == 4


def test_french_listing_of_meetings(demo_db, capsys):
    status, out, _ = run(capsys, demo_db, "--lang", "fr", "list", "meetings")
    assert status == 0 and out.splitlines()[0].split()[:3] == ["N°", "Date", "Type"]
    assert "Réunion trimestrielle des correspondants" in out and "Signée" in out and "Prévue" in out
