"""Two computers work apart and exchange files in any order, some twice, some lost and sent again.

Hypothesis drives both: complaints created, retitled and moved along their life cycle; people and
liaison forms created, changed and deleted; the answers of a meeting written. Files are written
by either side at any time and delivered in any order, duplicated or never (a later file makes a
lost one good). At the end both exchange until nothing is left, deciding every conflict by a fixed
rule (the office keeps its own value; the laptop follows the office's decisions): both registers
must then hold exactly the same content, and nothing typed on either side may be missing.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from desktop.domain.complaints import REASON_REQUIRED, TRANSITIONS, ComplaintStatus
from desktop.domain.meetings import LiaisonForm
from desktop.domain.people import Person, Role
from desktop.services import exchange
from desktop.services import meetings as meeting_service
from desktop.store import sync_state
from tests.properties.conftest import budget
from tests.services.exchange_pair import add_complaint, content, pair

SIDES = st.sampled_from(("office", "laptop"))
WORDS = st.text(alphabet="abcdeéàç ", min_size=1, max_size=12).map(lambda text: text.strip() or "x")


class TwoComputers(RuleBasedStateMachine):
    @initialize()
    def pair_them(self):
        self.folder = Path(tempfile.mkdtemp(prefix="palier-exchange-"))
        self.two = pair(self.folder, complaints=3)
        meeting = meeting_service.plan_meeting(self.two.office, __import__("datetime").date(2026, 3, 5))
        self.meeting_id = meeting.id
        exchange.import_file(self.two.laptop, self.two.write(self.two.office))
        self.pending = {"office": [], "laptop": []}  # files written by each side, not yet delivered
        self.titles: dict[int, set[str]] = {}      # every title typed for a complaint, last ones win
        self.last_title: dict[tuple[str, int], str] = {}
        self.created_forms: set[str] = set()
        self.deleted_forms: set[int] = set()
        self.made_forms: set[int] = set()

    def store(self, side):
        return getattr(self.two, side)

    def other(self, side):
        return "laptop" if side == "office" else "office"

    def complaint_ids(self, side):
        return [row[0] for row in self.store(side).db.execute("SELECT id FROM complaints ORDER BY id")]

    @rule(side=SIDES, title=WORDS)
    def create_complaint(self, side, title):
        made = add_complaint(self.store(side), title)
        self.last_title[(side, made.id)] = title

    @rule(side=SIDES, pick=st.integers(0, 50), title=WORDS)
    def retitle(self, side, pick, title):
        ids = self.complaint_ids(side)
        complaint = self.store(side).complaints.get(ids[pick % len(ids)])
        complaint.title = title
        self.store(side).complaints.update(complaint)
        self.last_title[(side, complaint.id)] = title

    @rule(side=SIDES, pick=st.integers(0, 50), choice=st.integers(0, 10))
    def change_status(self, side, pick, choice):
        ids = self.complaint_ids(side)
        complaint = self.store(side).complaints.get(ids[pick % len(ids)])
        targets = [t for t in TRANSITIONS[complaint.status] if t != ComplaintStatus.DUPLICATE]
        if targets:
            target = targets[choice % len(targets)]
            self.store(side).complaints.change_status(complaint.id, target,
                                                      "raison" if target in REASON_REQUIRED else "")

    @rule(side=SIDES, name=WORDS)
    def add_person(self, side, name):
        self.store(side).people.save(Person(name=f"Mme {name}", role=Role.TENANT))

    @rule(side=SIDES, pick=st.integers(0, 50), phone=st.sampled_from(("0102030405", "0611223344", "")))
    def change_person(self, side, pick, phone):
        people = self.store(side).people.list()
        if people:
            person = people[pick % len(people)]
            person.phone = phone
            self.store(side).people.save(person)

    @rule(side=SIDES, question=WORDS)
    def add_form(self, side, question):
        import datetime as dt

        form = self.store(side).forms.save(LiaisonForm(question=f"Q {question}", received_on=dt.date(2026, 3, 1)))
        self.created_forms.add(f"Q {question}")
        self.made_forms.add(form.id)

    @rule(side=SIDES, pick=st.integers(0, 50), delete=st.booleans(), question=WORDS)
    def change_or_delete_form(self, side, pick, delete, question):
        ids = [row[0] for row in self.store(side).db.execute("SELECT id FROM liaison_forms ORDER BY id")]
        if not ids:
            return
        form_id = ids[pick % len(ids)]
        if delete:
            self.store(side).forms.delete(form_id)
            self.deleted_forms.add(form_id)
        else:
            form = self.store(side).forms.get(form_id)
            form.question = f"Q {question}"
            self.store(side).forms.save(form)
            self.created_forms.add(form.question)

    @rule(side=SIDES, pick=st.integers(0, 50), answer=WORDS)
    def write_an_answer(self, side, pick, answer):
        points = self.store(side).agenda.points(self.meeting_id)
        point = points[pick % len(points)]
        self.store(side).agenda.update_point_fields(point.id, answer=answer)

    @rule(side=SIDES)
    def write_a_file(self, side):
        self.pending[side].append(self.two.write(self.store(side)))

    @precondition(lambda self: self.pending["office"] or self.pending["laptop"])
    @rule(side=SIDES, pick=st.integers(0, 50), keep=st.booleans())
    def deliver(self, side, pick, keep):
        """Deliver one of ``side``'s files to the other, in any order; ``keep`` leaves it on the
        key, to be delivered again (a duplicate)."""
        if not self.pending[side]:
            side = self.other(side)
        files = self.pending[side]
        path = files[pick % len(files)]
        if not keep:
            files.remove(path)
        exchange.import_file(self.store(self.other(side)), path)

    @invariant()
    def numbers_never_collide(self):
        laptop_made = self.two.laptop.db.execute(
            "SELECT count(*) FROM complaints WHERE id >= 1000000 AND id < 2000000").fetchone()[0]
        office_in_laptop_block = [key for key in self.last_title if key[0] == "office" and key[1] >= 1_000_000]
        assert laptop_made >= 0 and office_in_laptop_block == []

    def teardown(self):
        try:
            if hasattr(self, "two"):
                self.settle()
        finally:
            if hasattr(self, "two"):
                self.two.close()
                shutil.rmtree(self.folder, ignore_errors=True)

    def settle(self):
        """Exchange until both agree, deciding conflicts by the fixed rule; then compare."""
        office, laptop = self.two.office, self.two.laptop
        for _round in range(6):
            for conflict in sync_state.conflicts(office.db):
                exchange.resolve(office, conflict.id, "mine")
            self.two.send(office, laptop)
            for conflict in sync_state.conflicts(laptop.db):
                exchange.resolve(laptop, conflict.id, "theirs")
            self.two.send(laptop, office)
            if content(office) == content(laptop) and not sync_state.conflicts(office.db) \
                    and not sync_state.conflicts(laptop.db):
                break
        assert content(office) == content(laptop)
        # Nothing typed is missing: every complaint made on either side is on both, its title
        # one that someone typed last on one of the two computers (or the first one).
        titles = dict(office.db.execute("SELECT id, title FROM complaints").fetchall())
        for (side, complaint_id), title in self.last_title.items():
            assert complaint_id in titles
            other = self.last_title.get((self.other(side), complaint_id))
            # Typed on one computer only: that is the title; on both: one of the two.
            assert titles[complaint_id] == title if other is None else titles[complaint_id] in {title, other}
        questions = {q for (q,) in office.db.execute("SELECT question FROM liaison_forms")}
        assert questions <= self.created_forms
        kept = {form_id for (form_id,) in office.db.execute("SELECT id FROM liaison_forms")}
        assert self.made_forms - self.deleted_forms <= kept


TwoComputers.TestCase.settings = budget(15)
TwoComputers.TestCase.settings = TwoComputers.TestCase.settings.__class__(
    TwoComputers.TestCase.settings, stateful_step_count=40)
test_two_computers_converge = TwoComputers.TestCase
