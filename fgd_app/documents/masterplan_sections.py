"""The sections of one pillar of a draft masterplan, from one FGD or from several.

Per pillar: the analysis (problems, potentials, SWOT table, readiness struktur /
infrastruktur / suprastruktur); programmes by horizon (programme, element, lead OPD,
indicator, target year, funding); quick wins ranked by votes and priority; a roadmap
(years x programmes); an OPD responsibility matrix; and a trace of which inputs fed
which programme.

The same code writes the single-workshop draft and the consolidated draft of a
regency: `Sources` holds one workshop or all of them, and when it cites (consolidated),
every programme and every analysis item carries "[n]", the number of the FGD it came
from in the draft's list of sources. Decisions where the issue is silent:
- Analysis items said in several FGDs with the same words (ignoring case and spacing)
  are listed once, citing every FGD that recorded them; programmes are never merged,
  since a later bimtek often refines an earlier one's programme and the masterplan team
  decides which version stands.
- Quick wins of all FGDs are ranked together by the worksheet's rule (votes, then
  impact x feasibility); equal ones keep FGD order.
- The roadmap starts in the year of the earliest FGD.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fgd_app.core.vocab import Horizon, InputKind, label
from fgd_app.documents.facts import WorkshopFacts
from fgd_app.documents.labels import roman, text
from fgd_app.documents.model import BulletList, Document, Heading, Paragraph, Run, Table
from fgd_app.services.programmes import ProgrammeRow, inputs_by_kind, list_programmes, quick_wins, rank_quick_wins

if TYPE_CHECKING:
    from fgd_app.store.database import Database

ROADMAP_YEARS = 10  # columns of the roadmap: the first workshop's year and the nine after it
SWOT = (InputKind.STRENGTH, InputKind.WEAKNESS, InputKind.OPPORTUNITY, InputKind.THREAT)
READINESS = (InputKind.READINESS_STRUCTURE, InputKind.READINESS_INFRASTRUCTURE, InputKind.READINESS_SUPERSTRUCTURE)
ANALYSIS_KINDS = (InputKind.PROBLEM, InputKind.POTENTIAL, *SWOT, *READINESS)


@dataclass(frozen=True)
class Sources:
    """What a draft draws on: one workshop, or every FGD of a regency (oldest first)."""

    workshops: tuple[WorkshopFacts, ...]
    cite: bool = False  # mark programmes and items with the FGD they came from

    @property
    def first(self) -> WorkshopFacts:
        return self.workshops[0]

    @property
    def lang(self) -> str:
        return self.first.lang

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(w.id for w in self.workshops)

    @property
    def first_year(self) -> int:
        return min(w.held_on.year for w in self.workshops)

    def ref(self, workshop_ids) -> str:
        """ " [1, 3]": the FGD numbers to append when citing, else ""."""
        if not self.cite:
            return ""
        numbers = sorted({self.ids.index(w) + 1 for w in workshop_ids})
        return f" [{', '.join(map(str, numbers))}]"


@dataclass(frozen=True)
class Said:
    """An analysis item and the workshops that recorded it."""

    text: str
    workshops: tuple[str, ...]


@dataclass
class Material:
    """One pillar's content across the sources, read once and shared by the six sections."""

    sources: Sources
    said: dict[str, list[Said]]
    programmes: list[ProgrammeRow]
    origin: dict[str, str]  # programme id -> workshop id

    def name(self, programme_id: str, name: str) -> str:
        """A programme's name, with its FGD number when citing."""
        return name + self.sources.ref([self.origin[programme_id]])


def load_material(db: Database, sources: Sources, pillar: str) -> Material:
    said: dict[str, dict[str, list]] = {k.value: {} for k in ANALYSIS_KINDS}
    programmes: list[ProgrammeRow] = []
    origin: dict[str, str] = {}
    for w in sources.workshops:
        for kind, items in inputs_by_kind(db, w.id, pillar, [k.value for k in ANALYSIS_KINDS]).items():
            for item in items:
                key = " ".join(item.text.split()).casefold() if sources.cite else item.id
                said[kind].setdefault(key, [item.text, []])[1].append(w.id)
        for p in list_programmes(db, w.id, pillar):
            programmes.append(p)
            origin[p.id] = w.id
    return Material(sources, {k: [Said(t, tuple(ws)) for t, ws in items.values()] for k, items in said.items()},
                    programmes, origin)


def write_pillar(db: Database, sources: Sources, doc: Document, pillar: str, number: int) -> None:
    lang = sources.lang
    doc.add(Heading(f"{roman(number)}. {text('pillar', lang, name=sources.first.pillar_names[pillar])}", 1))
    m = load_material(db, sources, pillar)
    sections = (
        (text("analysis", lang), lambda: _analysis(doc, m)),
        (text("programmes_by_horizon", lang), lambda: _by_horizon(doc, m)),
        (text("quick_wins", lang), lambda: _quick_wins(db, doc, m, pillar)),
        (text("roadmap", lang), lambda: _roadmap(doc, m)),
        (text("opd_matrix", lang), lambda: _opd_matrix(doc, m)),
        (text("trace", lang), lambda: _trace(db, doc, m)),
    )
    for i, (title, write) in enumerate(sections, start=1):
        doc.add(Heading(f"{number}.{i} {title}", 2))
        write()


def _item(m: Material, item: Said) -> str:
    return item.text + m.sources.ref(item.workshops)


def _bullets(m: Material, items: list[Said]) -> BulletList:
    return BulletList(tuple((Run(_item(m, i)),) for i in items))


def _analysis(doc: Document, m: Material) -> None:
    lang = m.sources.lang
    for key, kind in (("problems", InputKind.PROBLEM), ("potentials", InputKind.POTENTIAL)):
        doc.add(Heading(text(key, lang), 3))
        items = m.said[kind.value]
        doc.add(_bullets(m, items) if items else Paragraph.of(text("none", lang)))
    doc.add(Heading(text("swot", lang), 3))
    cell = {k: "\n".join(f"• {_item(m, i)}" for i in m.said[k.value]) or text("none", lang) for k in SWOT}
    for pair in ((InputKind.STRENGTH, InputKind.WEAKNESS), (InputKind.OPPORTUNITY, InputKind.THREAT)):
        # the SWOT grid: two two-column tables, internal factors above external ones
        doc.add(Table(tuple(label(k, lang) for k in pair), ((cell[pair[0]], cell[pair[1]]),), (1.0, 1.0)))
    doc.add(Heading(text("readiness", lang), 3))
    for kind in READINESS:
        items = m.said[kind.value]
        doc.add(Paragraph.of(label(kind, lang), bold=True, align="left"))
        doc.add(_bullets(m, items) if items else Paragraph.of(text("none", lang)))


def _by_horizon(doc: Document, m: Material) -> None:
    lang = m.sources.lang
    if not m.programmes:
        doc.add(Paragraph.of(text("no_programmes", lang), italic=True))
        return
    elements = m.sources.first.element_names
    for horizon in Horizon:
        mine = [p for p in m.programmes if p.horizon == horizon.value]
        if not mine:
            continue
        doc.add(Heading(label(horizon, lang), 3))
        rows = tuple((m.name(p.id, p.name), elements.get(p.element_key, "") if p.element_key else "", p.lead_opd,
                      p.indicator, str(p.target_year or ""), p.funding_source) for p in mine)
        doc.add(Table((text("col_programme", lang), text("col_element", lang), text("col_lead", lang),
                       text("col_indicator", lang), text("col_year", lang), text("col_funding", lang)),
                      rows, (3.1, 1.7, 1.7, 2.4, 1.1, 1.5), ("left",) * 4 + ("right", "left"), 9.0))


def _quick_wins(db: Database, doc: Document, m: Material, pillar: str) -> None:
    lang = m.sources.lang
    wins = rank_quick_wins(w for workshop_id in m.sources.ids for w in quick_wins(db, workshop_id, pillar))
    if not wins:
        doc.add(Paragraph.of(text("none", lang)))
        return
    rows = tuple((str(w.rank), m.name(w.programme_id, w.name), str(w.votes),
                  f"{w.impact} × {w.feasibility} = {w.score}" if w.score is not None else text("none", lang))
                 for w in wins)
    doc.add(Table((text("col_rank", lang), text("col_programme", lang), text("col_votes", lang),
                   text("col_priority", lang)), rows, (1.4, 5.6, 1.0, 2.2), ("right", "left", "right", "left")))


def _roadmap(doc: Document, m: Material) -> None:
    lang = m.sources.lang
    planned = [p for p in m.programmes if p.target_year]
    if not planned:
        doc.add(Paragraph.of(text("none", lang)))
        return
    first = m.sources.first_year
    years = list(range(first, first + ROADMAP_YEARS))
    mark = text("target_mark", lang)
    rows = []
    # stable: equal target years keep worksheet order, FGD by FGD
    for p in sorted(planned, key=lambda p: p.target_year):
        # from the first workshop's year to the target year the programme runs; the target year is marked
        cells = [mark if y == p.target_year else ("–" if first <= y < p.target_year else "") for y in years]
        if p.target_year > years[-1]:
            cells[-1] = f"→ {p.target_year}"
        rows.append((m.name(p.id, p.name), *cells))
    doc.add(Table((text("col_programme", lang), *(str(y) for y in years)), tuple(rows),
                  (4.0,) + (0.62,) * len(years), ("left",) + ("center",) * len(years), 8.0))


def _opd_matrix(doc: Document, m: Material) -> None:
    lang = m.sources.lang
    if not m.programmes:
        doc.add(Paragraph.of(text("none", lang)))
        return
    lead, support = text("lead_mark", lang), text("support_mark", lang)
    opds: dict[str, dict[str, str]] = {}
    for p in m.programmes:
        if p.lead_opd:
            opds.setdefault(p.lead_opd, {})[p.id] = lead
        for name in p.supporting_opds:
            opds.setdefault(name, {}).setdefault(p.id, support)
    if not opds:
        doc.add(Paragraph.of(text("none", lang)))
        return
    rows = []
    for opd in sorted(opds, key=str.casefold):
        cells = ["\n".join(f"• {m.name(p.id, p.name)}" for p in m.programmes if opds[opd].get(p.id) == role)
                 for role in (lead, support)]
        rows.append((opd, *cells))
    doc.add(Table((text("col_opd", lang), text("col_lead", lang), text("col_support", lang)), tuple(rows),
                  (2.2, 3.6, 3.6), size_pt=9.0))


def _trace(db: Database, doc: Document, m: Material) -> None:
    lang = m.sources.lang
    if not m.programmes:
        doc.add(Paragraph.of(text("none", lang)))
        return
    ids = m.sources.ids
    texts = dict(db.rows(f"SELECT id, text FROM input WHERE workshop_id IN ({', '.join('?' * len(ids))})", ids))
    rows = []
    for p in m.programmes:
        sources = [texts[i] for i in p.input_ids if i in texts]
        rows.append((m.name(p.id, p.name), "\n".join(f"• {s}" for s in sources) or text("none", lang)))
    doc.add(Table((text("col_programme", lang), text("col_sources", lang)), tuple(rows), (3.0, 7.0), size_pt=9.0))
