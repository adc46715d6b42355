"""Properties of sync by file: order, repeats and the receiving machine never matter.

Each example starts 2-4 simulated laptops from one shared base (laptop 0's workshop
bundle imported into the others; the files are copied from templates made once, so an
example costs milliseconds), makes random edits on each laptop, then passes the
laptops' bundles around in a random order, with repeats and with re-exports by
machines that already merged some of them. A small model of what each laptop did,
written without the merge code, predicts the conflicts and the rows; every machine
must agree with it and with every other machine, byte for byte (`dump_hash`).
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from fgd_app.errors import UserError
from fgd_app.store.database import Database
from fgd_app.store.models import Input, Participant, Programme, Vote, Workshop
from fgd_app.store.replay import dump_hash, materialize, replay_into
from fgd_app.sync.conflicts import list_conflicts, resolve
from fgd_app.sync.exporter import build
from fgd_app.sync.importer import import_bytes
from fgd_app.sync.keys import DeviceKey, trust
from tests.helpers import add_input, add_participant, make_workshop

LAPTOPS = 4
KEYS = [DeviceKey(hashlib.sha256(f"laptop {i}".encode()).digest()) for i in range(LAPTOPS)]
MODELS = {"workshop": Workshop, "input": Input, "participant": Participant, "programme": Programme, "vote": Vote}
FIELDS = {
    "workshop": ("venue", "chair_name", "conclusions", "title", "dots_per_participant"),
    "input": ("text", "kind", "position"),
    "participant": ("name", "institution", "phone", "email"),
    "programme": ("name", "description", "lead_opd", "impact"),
    "vote": ("points",),
}
REFS = {"input": ("speaker_id",), "vote": ("input_id", "voter_id")}  # what a row points at
INPUT_KINDS = ("problem", "idea", "strength")
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                                     HealthCheck.data_too_large])


def value(name: str, seed: int):
    """A valid value for a field; few distinct ones, so two laptops sometimes agree."""
    numbers = {"dots_per_participant": 1 + seed % 4, "position": seed % 3, "impact": 1 + seed % 5, "points": seed % 3}
    if name in numbers:
        return numbers[name]
    if name == "kind":
        return INPUT_KINDS[seed % 3]
    return f"{name} {seed}"


# -- the shared base, made once ---------------------------------------------------------------

@dataclass
class Templates:
    directory: Path
    workshop_id: str
    base: dict[str, tuple[str, dict, dict]]  # id -> (kind, field values, references), creation order
    files: list[Path]  # laptop i's database holding the base
    empty: Path  # a database that never saw the workshop


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> Templates:
    directory = tmp_path_factory.mktemp("sync-templates")
    files = [directory / f"laptop{i}.sqlite3" for i in range(LAPTOPS)]
    first = Database(files[0], device_id="laptop-0")
    workshop = make_workshop(first, venue="Aula Bappeda", chair_name="Ketua")
    inputs = [add_input(first, workshop.id, f"Masukan {i}") for i in range(3)]
    people = [add_participant(first, workshop.id, f"Peserta {i}", phone=f"0812{i}", email=f"p{i}@x.id")
              for i in range(2)]
    with first.transaction() as tx:
        for i in range(2):
            tx.insert(Programme, workshop_id=workshop.id, pillar_key="governance", name=f"Program {i}")
        tx.insert(Vote, workshop_id=workshop.id, input_id=inputs[0].id, voter_id=people[0].id)
    base = {}
    for kind, model in MODELS.items():
        for record in first.records(model):
            base[record["id"]] = (kind, {f: record[f] for f in FIELDS[kind]},
                                  {r: record[r] for r in REFS.get(kind, ())})
    base = dict(sorted(base.items()))  # ids are time-ordered: creation order
    bundle, _ = build(first, KEYS[0], workshop.id)
    dbs = [first] + [Database(f, device_id=f"laptop-{i}") for i, f in enumerate(files) if i]
    for i, db in enumerate(dbs):
        for j, key in enumerate(KEYS):
            trust(db, key.public, f"laptop {j}", f"laptop-{j}")
        assert import_bytes(db, bundle, "base.fgdb", KEYS[i]).status in ("imported", "nothing_new")
        db.close()
    Database(directory / "empty.sqlite3", device_id="empty").close()
    return Templates(directory, workshop.id, base, files, directory / "empty.sqlite3")


class Machines:
    """Copies of the templates for one example; closed and removed afterwards."""

    def __init__(self, templates: Templates, count: int):
        self.directory = Path(tempfile.mkdtemp(dir=templates.directory))
        self.dbs = []
        for i in range(count):
            shutil.copyfile(templates.files[i], self.directory / f"m{i}.sqlite3")
            self.dbs.append(Database(self.directory / f"m{i}.sqlite3", device_id=f"laptop-{i}"))
        self.templates = templates

    def fresh(self) -> Database:
        path = self.directory / f"fresh{len(self.dbs)}.sqlite3"
        shutil.copyfile(self.templates.empty, path)
        db = Database(path, device_id="fresh")
        self.dbs.append(db)
        return db

    def close(self) -> None:
        for db in self.dbs:
            db.close()
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> Machines:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def revision_ids(db: Database) -> set[str]:
    return {r[0] for r in db.rows("SELECT id FROM revision")}


def open_conflicts(db: Database) -> set[tuple[str, str, str]]:
    return {tuple(r) for r in db.rows("SELECT entity_id, field, kind FROM conflict")}


def receive(db: Database, machine: int, bundle: bytes, label: str) -> None:
    report = import_bytes(db, bundle, label, KEYS[machine])
    assert report.status in ("imported", "nothing_new"), report


# -- the model of one laptop ------------------------------------------------------------------

@dataclass
class Row:
    kind: str
    values: dict
    refs: dict


@dataclass
class Laptop:
    """What a laptop holds and did, as the test sees it (no merge code involved)."""

    index: int
    rows: dict[str, Row]  # alive here, in creation order
    touched: set[str] = field(default_factory=set)  # base rows this laptop wrote a revision for
    deleted: set[str] = field(default_factory=set)  # base rows this laptop deleted

    def alive(self, kind: str) -> list[str]:
        return [rid for rid, row in self.rows.items() if row.kind == kind]

    def referenced(self, rid: str) -> bool:
        return any(rid in row.refs.values() for row in self.rows.values())


def base_laptop(templates: Templates, index: int) -> Laptop:
    rows = {rid: Row(kind, dict(values), dict(refs)) for rid, (kind, values, refs) in templates.base.items()}
    return Laptop(index, rows)


def pick(items: list[str], n: int) -> str | None:
    return items[n % len(items)] if items else None


def apply(lap: Laptop, db: Database, workshop_id: str, templates: Templates, op: tuple) -> None:
    """Do one generated edit on a laptop's database and record it in the model."""
    action, kind = op[0], op[1]
    if action == "update":
        rid = pick(lap.alive(kind), op[2])
        if rid is None:
            return
        changes = {name: value(name, seed) for name, seed in op[3]}
        with db.transaction() as tx:
            tx.update(MODELS[kind], rid, **changes)
        row = lap.rows[rid]
        if any(row.values[k] != v for k, v in changes.items()):
            row.values.update(changes)
            lap.touched.add(rid)
    elif action == "delete":
        rid = pick(lap.alive(kind), op[2])
        if rid is None or lap.referenced(rid):
            return  # the app never deletes a row something still points at
        with db.transaction() as tx:
            tx.delete(MODELS[kind], rid)
        del lap.rows[rid]
        if rid in templates.base:
            lap.touched.add(rid)
            lap.deleted.add(rid)
    else:
        _, kind, seed, n, with_person = op
        person = pick(lap.alive("participant"), n) if with_person else None
        fields = {"workshop_id": workshop_id}
        if kind == "input":
            fields |= dict(pillar_key="governance", text=value("text", seed), speaker_id=person)
        elif kind == "participant":
            fields |= dict(name=value("name", seed))
        elif kind == "programme":
            fields |= dict(pillar_key="governance", name=value("name", seed))
        else:
            target = pick(lap.alive("input"), n + seed)
            if target is None:
                return
            fields |= dict(input_id=target, voter_id=person, points=value("points", seed))
        with db.transaction() as tx:
            record = tx.insert(MODELS[kind], **fields).model_dump(mode="json")
        lap.rows[record["id"]] = Row(kind, {f: record[f] for f in FIELDS[kind]},
                                     {r: record[r] for r in REFS.get(kind, ())})


def update_op(kind: str):
    fields = st.lists(st.tuples(st.sampled_from(FIELDS[kind]), st.integers(0, 5)), min_size=1,
                      max_size=min(3, len(FIELDS[kind])), unique_by=lambda t: t[0])
    return st.tuples(st.just("update"), st.just(kind), st.integers(0, 7), fields)


DELETABLE = ("input", "participant", "programme", "vote")
updates = st.sampled_from(list(FIELDS)).flatmap(update_op)
hot = st.sampled_from([  # the same rows and fields on every laptop: same-field and edit-vs-delete meetings
    *(("update", "workshop", 0, (("venue", s),)) for s in range(3)),
    *(("update", "input", 1, (("text", s),)) for s in range(3)),
    ("update", "participant", 1, (("phone", 1), ("name", 2))),
    ("delete", "input", 1),
    ("delete", "input", 2),
    ("delete", "participant", 1),
    ("insert", "vote", 2, 0, True),  # a new vote on input 2, which another laptop may delete
    ("insert", "input", 0, 1, True),  # a new input said by participant 1, whom another laptop may delete
])
operations = st.one_of(
    hot, updates, updates,
    st.tuples(st.just("delete"), st.sampled_from(DELETABLE), st.integers(0, 7)),
    st.tuples(st.just("insert"), st.sampled_from(DELETABLE), st.integers(0, 5), st.integers(0, 7), st.booleans()),
)


# -- what the merged machines must show ---------------------------------------------------------

@dataclass
class Expected:
    conflicts: set[tuple[str, str, str]]  # (entity id, field, kind)
    sides: dict[tuple[str, str], set]  # a field conflict -> the values both sides wrote
    rows: dict[str, tuple[str, dict[str, set] | None]]  # alive id -> (kind, field -> allowed values | None)


def expected_after_exchange(templates: Templates, laptops: list[Laptop]) -> Expected:
    """Three-way merge rules, stated over what each laptop did to each base row."""
    conflicts, sides, rows, refs = set(), {}, {}, {}
    for rid, (kind, base, base_refs) in templates.base.items():
        touchers = [lap for lap in laptops if rid in lap.touched]
        live = [lap for lap in touchers if rid not in lap.deleted]
        if not touchers:
            rows[rid], refs[rid] = (kind, {f: {v} for f, v in base.items()}), base_refs
            continue
        if not live:
            continue  # deleted on every laptop that touched it
        merged, edited = {}, False
        for name, base_value in base.items():
            changed = {lap.rows[rid].values[name] for lap in live} - {base_value}
            edited |= bool(changed)
            merged[name] = changed or {base_value}
            if len(changed) > 1 and len(touchers) > 1:
                conflicts.add((rid, name, "field"))
                sides[(rid, name)] = changed
        dead = len(live) < len(touchers)
        if dead and not edited:
            continue  # the editing side changed nothing: the delete stands
        if dead:
            conflicts.add((rid, "*", "deleted"))
        rows[rid], refs[rid] = (kind, merged), base_refs
    for lap in laptops:
        for rid, row in lap.rows.items():
            if rid not in templates.base:
                rows[rid], refs[rid] = (row.kind, {f: {v} for f, v in row.values.items()}), row.refs
    while missing := {t for r in refs.values() for t in r.values() if t and t not in rows}:
        for rid in missing:  # deleted but still used by a live row: back, as an `in_use` conflict
            kind, _, base_refs = templates.base[rid]
            conflicts.add((rid, "*", "in_use"))
            rows[rid], refs[rid] = (kind, None), base_refs
    return Expected(conflicts, sides, rows)


def check_against_model(db: Database, expected: Expected) -> None:
    assert open_conflicts(db) == expected.conflicts
    for c in list_conflicts(db):
        if c.kind == "field":
            assert {s["value"] for s in c.sides} == expected.sides[(c.entity_id, c.field)]
            assert c.current == c.sides[0]["value"]  # the newest side is shown until someone decides
    shown = {}
    for kind, model in MODELS.items():
        for record in db.records(model):
            shown[record["id"]] = (kind, record)
    assert set(shown) == set(expected.rows)
    for rid, (kind, allowed) in expected.rows.items():
        assert shown[rid][0] == kind
        for name, values in (allowed or {}).items():
            assert shown[rid][1][name] in values, (kind, name)


def record_events(expected: Expected, laptops: list[Laptop], templates: Templates) -> None:
    """Hypothesis statistics (`--hypothesis-show-statistics`): are the interesting cases generated?"""
    for kind in sorted({k for _, _, k in expected.conflicts}):
        event(f"conflict kind {kind}")
    event("some conflict" if expected.conflicts else "no conflict")
    for rid, (kind, base, _) in templates.base.items():
        for name in base:
            wrote = [lap.rows[rid].values[name] for lap in laptops if rid in lap.rows and rid in lap.touched
                     and lap.rows[rid].values[name] != base[name]]
            if len(wrote) > 1 and len(set(wrote)) == 1:
                event("same value written on two laptops (no conflict)")


# -- the properties -----------------------------------------------------------------------------

@settings(max_examples=300, **SETTINGS)
@given(count=st.integers(2, LAPTOPS), edits=st.lists(st.lists(operations, min_size=1, max_size=8), min_size=LAPTOPS,
                                                      max_size=LAPTOPS),
       deliveries=st.lists(st.tuples(st.integers(0, LAPTOPS - 1), st.integers(0, LAPTOPS - 1), st.booleans()),
                           max_size=10),
       data=st.data())
def test_any_exchange_order_converges_with_exactly_the_expected_conflicts(templates, count, edits, deliveries, data):
    with Machines(templates, count) as machines:
        dbs = machines.dbs[:count]
        laptops = [base_laptop(templates, i) for i in range(count)]
        for lap, db, ops in zip(laptops, dbs, edits):
            for op in ops:
                apply(lap, db, templates.workshop_id, templates, op)
        made = set().union(*(revision_ids(db) for db in dbs))
        bundles = [build(db, KEYS[i], templates.workshop_id)[0] for i, db in enumerate(dbs)]

        # Random deliveries: an original bundle, or a re-export by a machine that merged some already.
        for target, source, reexport in deliveries:
            target, source = target % count, source % count
            bundle = build(dbs[source], KEYS[source], templates.workshop_id)[0] if reexport else bundles[source]
            receive(dbs[target], target, bundle, f"from-{source}.fgdb")
        # Then every machine gets every original bundle, in its own order (repeats say "nothing new").
        for target, db in enumerate(dbs):
            for source in data.draw(st.permutations(range(count)), label=f"order on {target}"):
                receive(db, target, bundles[source], f"from-{source}.fgdb")
            again = import_bytes(db, bundles[0], "again.fgdb", KEYS[target])
            assert again.status == "nothing_new" and again.new == 0

        expected = expected_after_exchange(templates, laptops)
        record_events(expected, laptops, templates)
        hashes = {dump_hash(db) for db in dbs}
        assert len(hashes) == 1
        for db in dbs:
            assert revision_ids(db) == made  # nothing lost, nothing invented
        check_against_model(dbs[0], expected)

        # The tables are a function of the log: a full recompute, here or on a fresh machine, agrees.
        rebuilt = machines.fresh()
        replay_into(dbs[-1], rebuilt)
        assert dump_hash(rebuilt) == dump_hash(dbs[-1])
        with dbs[0].transaction():
            materialize(dbs[0])
        assert dump_hash(dbs[0]) in hashes

        # One machine settles every conflict; its bundle settles them everywhere.
        judge = data.draw(st.integers(0, count - 1), label="judge")
        decided = settle_all(dbs[judge], drawn(data))
        settled = build(dbs[judge], KEYS[judge], templates.workshop_id)[0]
        for target, db in enumerate(dbs):
            receive(db, target, settled, "settled.fgdb")
        assert len({dump_hash(db) for db in dbs[:count]}) == 1
        for db in dbs[:count]:
            assert open_conflicts(db) == set()
            assert revision_ids(db) >= made
        for rid, (kind, values) in decided.items():
            rows = dbs[0].records(MODELS[kind], "WHERE id = ?", (rid,))
            if values is None:
                assert rows == []
            else:
                assert {k: rows[0][k] for k in values} == values


def settle_all(db: Database, choose) -> dict[str, tuple[str, dict | None]]:
    """Resolve every open conflict: a side's value or a new one, keeping or deleting the row.
    `choose(options, label)` makes each choice (Hypothesis draws, or always the first)."""
    decided = {}
    while found := list_conflicts(db):
        rid = found[0].entity_id
        mine = [c for c in found if c.entity_id == rid]
        values = {}
        for c in mine:
            if c.kind == "field":
                values[c.field] = choose([s["value"] for s in c.sides] + [value(c.field, 9)], f"{c.field} of {rid}")
        delete = any(c.kind != "field" for c in mine) and choose([False, True], f"delete {rid}")
        try:
            resolve(db, rid, values, delete=delete)
            decided[rid] = (mine[0].entity, None if delete else values)
        except UserError as err:
            assert delete and err.code == "conflict.still_used"
            resolve(db, rid, values)
            decided[rid] = (mine[0].entity, values)
    return decided


def drawn(data):
    return lambda options, label: data.draw(st.sampled_from(options), label=label)


@settings(max_examples=100, **SETTINGS)
@given(edits=st.lists(st.tuples(st.integers(0, 7), st.sampled_from(("phone", "email", "name")), st.integers(0, 5)),
                      max_size=4),
       order=st.lists(st.sampled_from(("minutes", "full")), min_size=1, max_size=5))
def test_minutes_and_full_copies_in_any_order_end_as_the_full_copy(templates, edits, order):
    """A coordinator may get the minutes-level copy before, after or instead of the full one;
    once the full one has arrived, nothing of the minutes copy remains visible."""
    with Machines(templates, 3) as machines:
        source, mixed, full_only = machines.dbs
        lap = base_laptop(templates, 0)
        for n, name, seed in edits:
            apply(lap, source, templates.workshop_id, templates, ("update", "participant", n, ((name, seed),)))
        copies = {p: build(source, KEYS[0], templates.workshop_id, profile=p)[0] for p in ("minutes", "full")}
        for profile in order:
            receive(mixed, 1, copies[profile], f"{profile}.fgdb")
        receive(mixed, 1, copies["full"], "full.fgdb")
        receive(full_only, 2, copies["full"], "full.fgdb")
        assert dump_hash(mixed) == dump_hash(full_only) == dump_hash(source)
        phones = {r["id"]: r["phone"] for r in mixed.records(Participant)}
        assert phones == {rid: row.values["phone"] for rid, row in lap.rows.items() if row.kind == "participant"}


@settings(max_examples=100, **SETTINGS)
@given(at_source=st.lists(st.tuples(st.integers(0, 7), st.sampled_from(("phone", "email", "name")), st.integers(0, 5)),
                          max_size=3),
       on_copy=st.lists(st.tuples(st.integers(0, 7), st.sampled_from(("name", "institution", "phone")),
                                  st.integers(0, 5)), min_size=1, max_size=4),
       meet_twice=st.booleans())
def test_edits_on_a_minutes_copy_never_erase_what_it_withheld(templates, at_source, on_copy, meet_twice):
    """A coordinator holding only minutes-level copies edits participants, settles the
    conflicts it sees, and sends that back: the phones and e-mails it never saw stay as
    they are on the laptop that has them, unless it typed a new one itself."""
    with Machines(templates, 1) as machines:
        source, copy = machines.dbs[0], machines.fresh()
        for i in range(LAPTOPS):
            trust(copy, KEYS[i].public, f"laptop {i}", f"laptop-{i}")
        receive(copy, 3, build(source, KEYS[0], templates.workshop_id, profile="minutes")[0], "minutes.fgdb")
        lap, copied = base_laptop(templates, 0), base_laptop(templates, 3)
        for n, name, seed in at_source:
            apply(lap, source, templates.workshop_id, templates, ("update", "participant", n, ((name, seed),)))
        typed = set()
        for n, name, seed in on_copy:
            before = {rid: dict(row.values) for rid, row in copied.rows.items()}
            apply(copied, copy, templates.workshop_id, templates, ("update", "participant", n, ((name, seed),)))
            typed |= {rid for rid, row in copied.rows.items() if row.values.get("phone") != before[rid].get("phone")}
        if meet_twice:  # the source's edits reach the copy (minutes again): it settles what conflicts
            receive(copy, 3, build(source, KEYS[0], templates.workshop_id, profile="minutes")[0], "again.fgdb")
            settle_all(copy, lambda options, label: options[0])
        receive(source, 0, build(copy, KEYS[3], templates.workshop_id)[0], "from-copy.fgdb")
        settle_all(source, lambda options, label: options[0])
        for rid, row in lap.rows.items():
            if row.kind == "participant":
                shown = source.records(Participant, "WHERE id = ?", (rid,))[0]
                assert shown["email"] == row.values["email"]
                if rid not in typed:
                    assert shown["phone"] == row.values["phone"]
        receive(copy, 3, build(source, KEYS[0], templates.workshop_id)[0], "full.fgdb")
        assert dump_hash(copy) == dump_hash(source)


# -- a stateful run: edits, exchanges and decisions interleaved ---------------------------------

class Exchanges(RuleBasedStateMachine):
    """Three laptops that edit, exchange and settle conflicts in any interleaving.

    Invariant: two machines holding the same revisions hold the same database; at the
    end everyone gets everything and all agree.
    """

    templates: Templates  # set by the test below

    def __init__(self):
        super().__init__()
        self.machines = Machines(self.templates, 3)
        self.dbs = self.machines.dbs[:3]
        self.laptops = [base_laptop(self.templates, i) for i in range(3)]
        self.made: set[str] = set()

    @rule(laptop=st.integers(0, 2), op=operations)
    def edit(self, laptop, op):
        lap, db = self.laptops[laptop], self.dbs[laptop]
        self._sync_model(lap, db)
        apply(lap, db, self.templates.workshop_id, self.templates, op)

    @rule(sender=st.integers(0, 2), receiver=st.integers(0, 2))
    def send(self, sender, receiver):
        bundle = build(self.dbs[sender], KEYS[sender], self.templates.workshop_id)[0]
        receive(self.dbs[receiver], receiver, bundle, f"from-{sender}.fgdb")

    @precondition(lambda self: any(open_conflicts(db) for db in self.dbs))
    @rule(laptop=st.integers(0, 2), data=st.data())
    def settle(self, laptop, data):
        settle_all(self.dbs[laptop], drawn(data))

    @invariant()
    def same_revisions_same_state(self):
        held = [(frozenset(revision_ids(db)), db) for db in self.dbs]
        self.made |= set().union(*(ids for ids, _ in held))
        for ids, db in held:
            twins = [other for other_ids, other in held if other_ids == ids]
            assert len({dump_hash(other) for other in twins}) == 1

    def teardown(self):
        """Everyone gets everything and agrees; then one machine settles what is open, and
        after one more round nobody has a conflict left."""
        try:
            self._everyone_gets_everything()
            for db in self.dbs:
                assert revision_ids(db) >= self.made
            with self.dbs[1].transaction():
                before = dump_hash(self.dbs[1])
                materialize(self.dbs[1])
            assert dump_hash(self.dbs[1]) == before
            settle_all(self.dbs[2], lambda options, label: options[0])
            self._everyone_gets_everything()
            assert all(open_conflicts(db) == set() for db in self.dbs)
        finally:
            self.machines.close()

    def _everyone_gets_everything(self) -> None:
        for _ in range(2):  # twice: the second round carries what the first one merged
            for source in range(3):
                bundle = build(self.dbs[source], KEYS[source], self.templates.workshop_id)[0]
                for target in range(3):
                    receive(self.dbs[target], target, bundle, f"final-{source}.fgdb")
        assert len({dump_hash(db) for db in self.dbs}) == 1

    def _sync_model(self, lap: Laptop, db: Database) -> None:
        """After exchanges the model only needs which rows are alive here and what they point at."""
        lap.rows.clear()
        for kind, model in MODELS.items():
            for record in db.records(model):
                lap.rows[record["id"]] = Row(kind, {f: record[f] for f in FIELDS[kind]},
                                             {r: record[r] for r in REFS.get(kind, ())})
        lap.rows = dict(sorted(lap.rows.items()))


def test_interleaved_edits_exchanges_and_decisions_converge(templates):
    Exchanges.templates = templates
    runner = Exchanges.TestCase
    runner.settings = settings(max_examples=60, stateful_step_count=30, **SETTINGS)
    runner("runTest").runTest()
