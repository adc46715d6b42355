"""Voting and prioritisation: dot votes, paper tallies, show-of-hands counts, the
ranking of a pillar and impact/feasibility scores for the 2x2 matrix.

How votes are stored (one shape, so sums and undo stay simple):
- a digital dot vote is ONE `vote` row per (voter, target) with source "digital" and
  `points` = the dots that voter put there; the last dot taken back deletes the row;
- a paper tally or a show of hands is one row per (target, source) without a voter,
  `points` = the count; setting a count replaces it and 0 removes the row.
A target is an input OR a theme (cluster), never both.

Each participant has `workshop.dots_per_participant` dots PER PILLAR, so a facilitator
can run one dot round per pillar without resetting anything; tallies have no budget.

The ranking counts a theme as the votes on the theme plus the votes on its inputs, and
does not rank those inputs separately: a dot on "Sinyal lemah di hulu" inside the theme
"Konektivitas" supports the theme, and counting it twice would distort the order.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from fgd_app.core.text import fold
from fgd_app.core.vocab import VoteSource
from fgd_app.errors import UserError
from fgd_app.services.changes import Recorder, recorded
from fgd_app.store.database import Database
from fgd_app.store.models import Programme, Vote, Workshop

MAX_COUNT = 10_000  # a paper tally or show of hands (the vote.points limit)
MAX_DOTS = 100  # dots per participant per pillar (the workshop.dots_per_participant limit)
SCORE_MIN, SCORE_MAX = 1, 5
SCORE_SPLIT = 3  # a score of 3 or more counts as "high" in the 2x2 matrix
TALLY_SOURCES = (VoteSource.PAPER, VoteSource.HANDS)

THEME, INPUT = "theme", "input"
QUICK_WINS, MAJOR_PROJECTS, FILL_INS, RECONSIDER = "quick_wins", "major_projects", "fill_ins", "reconsider"
QUADRANTS = (QUICK_WINS, MAJOR_PROJECTS, FILL_INS, RECONSIDER)


class RankedItem(NamedTuple):
    """One row of a pillar's ranking: a theme (with its inputs' votes) or an unthemed input.

    `digital`/`paper`/`hands` include the votes on a theme's inputs; `own_paper` and
    `own_hands` are the counts stored on the item itself (what a tally edit replaces).
    `rank` is None for an item without any vote (listed last).
    """

    kind: str  # THEME | INPUT
    id: str
    title: str
    input_kind: str | None  # InputKind of an input, None for a theme
    members: int  # inputs in the theme (0 for an input)
    digital: int
    paper: int
    hands: int
    total: int
    rank: int | None
    own_paper: int
    own_hands: int

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.id)

    def target(self) -> dict[str, str]:
        """Keyword arguments naming this item for add_dot/remove_dot/set_tally."""
        return {"cluster_id": self.id} if self.kind == THEME else {"input_id": self.id}


class Voter(NamedTuple):
    """A participant as the dot-vote picker shows them."""

    id: str
    name: str
    checked_in: bool
    used: int  # digital dots already placed in the pillar
    budget: int

    @property
    def left(self) -> int:
        return max(0, self.budget - self.used)


class MatrixItem(NamedTuple):
    """A programme of the pillar on the impact/feasibility matrix; `number` labels its dot."""

    number: int
    id: str
    name: str
    impact: int | None
    feasibility: int | None
    horizon: str

    @property
    def scored(self) -> bool:
        return self.impact is not None and self.feasibility is not None

    @property
    def quadrant(self) -> str | None:
        return quadrant(self.impact, self.feasibility)


def quadrant(impact: int | None, feasibility: int | None) -> str | None:
    """The 2x2 quadrant of a score pair, None until both are scored.

    The split is at the middle of the 1..5 scale; a 3 counts as high (the programme gets
    the benefit of the doubt and is drawn just inside the upper/right half).
    """
    if impact is None or feasibility is None:
        return None
    high_impact, high_feasibility = impact >= SCORE_SPLIT, feasibility >= SCORE_SPLIT
    if high_impact:
        return QUICK_WINS if high_feasibility else MAJOR_PROJECTS
    return FILL_INS if high_feasibility else RECONSIDER


# -- reads ------------------------------------------------------------------------------------


def dot_budget(db: Database, workshop_id: str) -> int:
    budget = db.scalar("SELECT dots_per_participant FROM workshop WHERE id = ?", (workshop_id,))
    if budget is None:
        raise UserError("workshop.not_found", ref=workshop_id)
    return int(budget)


_USED_SQL = (
    "SELECT v.voter_id, SUM(v.points) FROM vote v "
    "LEFT JOIN input i ON i.id = v.input_id LEFT JOIN cluster c ON c.id = v.cluster_id "
    "WHERE v.workshop_id = ? AND v.source = 'digital' AND v.voter_id IS NOT NULL "
    "AND COALESCE(i.pillar_key, c.pillar_key) = ? {extra} GROUP BY v.voter_id"
)


def dots_used(db: Database, workshop_id: str, pillar_key: str) -> dict[str, int]:
    """Digital dots each participant has placed in the pillar (voters without dots are absent)."""
    return {voter: int(used) for voter, used in db.rows(_USED_SQL.format(extra=""), (workshop_id, pillar_key))}


def voters(db: Database, workshop_id: str, pillar_key: str) -> list[Voter]:
    """Participants for the dot-vote picker: those checked in first, then by name."""
    budget = dot_budget(db, workshop_id)
    used = dots_used(db, workshop_id, pillar_key)
    people = db.rows("SELECT id, name, checked_in_at IS NOT NULL FROM participant WHERE workshop_id = ?",
                     (workshop_id,))
    found = [Voter(pid, name, bool(present), used.get(pid, 0), budget) for pid, name, present in people]
    found.sort(key=lambda v: (not v.checked_in, fold(v.name), v.id))
    return found


def ranking(db: Database, workshop_id: str, pillar_key: str) -> list[RankedItem]:
    """The pillar's themes and unthemed inputs, most supported first; ties share a rank.

    Items without votes come last, unranked, in their capture order, so every target
    stays in the list and can receive its first dot.
    """
    themes = db.rows("SELECT id, title, position FROM cluster WHERE workshop_id = ? AND pillar_key = ? "
                     "ORDER BY position, id", (workshop_id, pillar_key))
    inputs = db.rows("SELECT id, text, kind, cluster_id, position FROM input WHERE workshop_id = ? AND pillar_key = ? "
                     "ORDER BY position, created_at, id", (workshop_id, pillar_key))
    votes = db.rows("SELECT input_id, cluster_id, source, SUM(points) FROM vote WHERE workshop_id = ? "
                    "GROUP BY input_id, cluster_id, source", (workshop_id,))
    theme_ids = {t[0] for t in themes}
    owner = {}  # input id -> the row key its votes count for
    members: dict[str, int] = defaultdict(int)
    for input_id, _text, _kind, cluster_id, _pos in inputs:
        if cluster_id in theme_ids:
            owner[input_id] = (THEME, cluster_id)
            members[cluster_id] += 1
        else:
            owner[input_id] = (INPUT, input_id)
    sums: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    own: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for input_id, cluster_id, source, points in votes:
        key = (THEME, cluster_id) if cluster_id in theme_ids else owner.get(input_id)
        if key is None:
            continue  # a vote on another pillar's item
        sums[key][source] += int(points)
        if key == ((THEME, cluster_id) if cluster_id else (INPUT, input_id)):
            own[key][source] += int(points)

    order: list[tuple[tuple[str, str], str, str | None]] = [((THEME, t[0]), t[1], None) for t in themes]
    order += [((INPUT, i[0]), i[1], i[2]) for i in inputs if owner[i[0]][0] == INPUT]
    items = []
    for sequence, (key, title, input_kind) in enumerate(order):
        counts = sums[key]
        digital, paper, hands = (counts[s] for s in (VoteSource.DIGITAL, VoteSource.PAPER, VoteSource.HANDS))
        items.append((sequence, RankedItem(
            key[0], key[1], title, input_kind, members.get(key[1], 0) if key[0] == THEME else 0,
            digital, paper, hands, digital + paper + hands, None,
            own[key][VoteSource.PAPER], own[key][VoteSource.HANDS],
        )))
    items.sort(key=lambda pair: (-pair[1].total, pair[0]))  # stable: ties keep capture order
    ranked: list[RankedItem] = []
    for place, (_seq, item) in enumerate(items, start=1):
        if item.total == 0:
            ranked.append(item)
            continue
        shared = ranked and ranked[-1].total == item.total
        ranked.append(item._replace(rank=ranked[-1].rank if shared else place))
    return ranked


def matrix_items(db: Database, workshop_id: str, pillar_key: str) -> list[MatrixItem]:
    """The pillar's programmes in their list order, numbered from 1 for the matrix legend."""
    rows = db.rows("SELECT id, name, impact, feasibility, horizon FROM programme "
                   "WHERE workshop_id = ? AND pillar_key = ? ORDER BY position, name, id", (workshop_id, pillar_key))
    return [MatrixItem(n, pid, name, impact, feasibility, horizon)
            for n, (pid, name, impact, feasibility, horizon) in enumerate(rows, start=1)]


# -- writes -----------------------------------------------------------------------------------


def _target(rec: Recorder, workshop_id: str, input_id: str | None, cluster_id: str | None) -> str:
    """Check that exactly one target is named and that it is in the workshop; returns its pillar."""
    if (input_id is None) == (cluster_id is None):
        raise UserError("voting.one_target")
    table, key = ("input", input_id) if input_id is not None else ("cluster", cluster_id)
    found = rec.rows(f"SELECT workshop_id, pillar_key FROM {table} WHERE id = ?", (key,))
    if not found or found[0][0] != workshop_id:
        raise UserError("voting.target_not_found")
    return found[0][1]


def _voter_name(rec: Recorder, workshop_id: str, voter_id: str) -> str:
    found = rec.rows("SELECT name FROM participant WHERE id = ? AND workshop_id = ?", (voter_id, workshop_id))
    if not found:
        raise UserError("voting.voter_not_found")
    return found[0][0]


def _rows_on(rec: Recorder, workshop_id: str, source: str, voter_id: str | None,
             input_id: str | None, cluster_id: str | None) -> list[tuple[str, int]]:
    """(id, points) of the vote rows of one source (and voter) on one target, oldest first."""
    return rec.rows(
        "SELECT id, points FROM vote WHERE workshop_id = ? AND source = ? AND voter_id IS ? "
        "AND input_id IS ? AND cluster_id IS ? ORDER BY id",
        (workshop_id, source, voter_id, input_id, cluster_id),
    )


def _add_dot(rec: Recorder, workshop_id: str, voter_id: str, *, input_id: str | None = None,
             cluster_id: str | None = None) -> None:
    """One more digital dot from `voter_id` on the target, within the voter's pillar budget."""
    pillar = _target(rec, workshop_id, input_id, cluster_id)
    name = _voter_name(rec, workshop_id, voter_id)
    budget = rec.rows("SELECT dots_per_participant FROM workshop WHERE id = ?", (workshop_id,))[0][0]
    used = rec.rows(_USED_SQL.format(extra="AND v.voter_id = ?"), (workshop_id, pillar, voter_id))
    if used and used[0][1] >= budget:
        raise UserError("voting.budget_used", name=name, budget=budget)
    existing = _rows_on(rec, workshop_id, VoteSource.DIGITAL, voter_id, input_id, cluster_id)
    if existing:
        rec.update(Vote, existing[0][0], points=existing[0][1] + 1)
    else:
        rec.insert(Vote, workshop_id=workshop_id, input_id=input_id, cluster_id=cluster_id, points=1,
                   source=VoteSource.DIGITAL, voter_id=voter_id)


def _remove_dot(rec: Recorder, workshop_id: str, voter_id: str, *, input_id: str | None = None,
                cluster_id: str | None = None) -> None:
    """Take back one of `voter_id`'s dots on the target; the last one deletes the row."""
    _target(rec, workshop_id, input_id, cluster_id)
    name = _voter_name(rec, workshop_id, voter_id)
    existing = [row for row in _rows_on(rec, workshop_id, VoteSource.DIGITAL, voter_id, input_id, cluster_id)
                if row[1] > 0]
    if not existing:
        raise UserError("voting.no_dot", name=name)
    vote_id, points = existing[-1]
    if points > 1:
        rec.update(Vote, vote_id, points=points - 1)
    else:
        rec.delete(Vote, vote_id)


def _set_tally(rec: Recorder, workshop_id: str, source: str, count: Any, *, input_id: str | None = None,
               cluster_id: str | None = None) -> None:
    """Replace the paper or show-of-hands count on the target; 0 removes it."""
    if source not in TALLY_SOURCES:
        raise UserError("voting.bad_source")
    count = _whole(count, 0, MAX_COUNT, "voting.bad_count", limit=MAX_COUNT)
    _target(rec, workshop_id, input_id, cluster_id)
    existing = _rows_on(rec, workshop_id, source, None, input_id, cluster_id)
    # Two laptops may each have entered a count (merged by sync): the new count replaces both.
    for vote_id, _points in existing[1:] if count else existing:
        rec.delete(Vote, vote_id)
    if not count:
        return
    if existing:
        rec.update(Vote, existing[0][0], points=count)
    else:
        rec.insert(Vote, workshop_id=workshop_id, input_id=input_id, cluster_id=cluster_id, points=count,
                   source=source, voter_id=None)


def _set_dot_budget(rec: Recorder, workshop_id: str, dots: Any) -> None:
    """Dots per participant per pillar. Lowering it keeps dots already placed (they are
    not taken from anyone); it only stops new ones beyond the budget."""
    dots = _whole(dots, 1, MAX_DOTS, "voting.bad_budget", limit=MAX_DOTS)
    if rec.read(Workshop, workshop_id) is None:
        raise UserError("workshop.not_found", ref=workshop_id)
    rec.update(Workshop, workshop_id, dots_per_participant=dots)


def _set_scores(rec: Recorder, programme_id: str, impact: Any, feasibility: Any) -> None:
    """Impact and feasibility of a programme, each 1..5 or None (not scored yet)."""
    values = [None if v is None or v == "" else _whole(v, SCORE_MIN, SCORE_MAX, "voting.bad_score", value=v)
              for v in (impact, feasibility)]
    if rec.read(Programme, programme_id) is None:
        raise UserError("voting.programme_not_found")
    rec.update(Programme, programme_id, impact=values[0], feasibility=values[1])


def _whole(given: Any, low: int, high: int, code: str, **params: Any) -> int:
    """`given` as an int in low..high (ints and digit strings; never bools or fractions)."""
    value = given
    if isinstance(value, bool):
        raise UserError(code, **params)
    if isinstance(value, str):
        value = value.strip()
        if not value.isdecimal():
            raise UserError(code, **params)
        value = int(value)
    if not isinstance(value, int) or not low <= value <= high:
        raise UserError(code, **params)
    return value


add_dot = recorded(_add_dot)
remove_dot = recorded(_remove_dot)
set_tally = recorded(_set_tally)
set_dot_budget = recorded(_set_dot_budget)
set_scores = recorded(_set_scores)
