"""Draft masterplan sections, one pillar or all, as a report model.

Per pillar: the analysis (problems, potentials, SWOT table, readiness struktur /
infrastruktur / suprastruktur); programmes by horizon (programme, element, lead OPD,
indicator, target year, funding); quick wins ranked by votes and priority; a roadmap
(years x programmes); an OPD responsibility matrix; and a trace of which inputs fed
which programme. It is a draft for the masterplan team, so it says where it came from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fgd_app.core.vocab import Horizon, InputKind, label
from fgd_app.documents.facts import WorkshopFacts, load_facts
from fgd_app.documents.labels import roman, text
from fgd_app.documents.model import (
    BulletList,
    Document,
    Heading,
    Letterhead,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    Table,
    Title,
)
from fgd_app.errors import UserError
from fgd_app.services.programmes import inputs_by_kind, list_programmes, quick_wins

if TYPE_CHECKING:
    from fgd_app.store.database import Database

ROADMAP_YEARS = 10  # columns of the roadmap: the workshop's year and the nine after it
SWOT = (InputKind.STRENGTH, InputKind.WEAKNESS, InputKind.OPPORTUNITY, InputKind.THREAT)
READINESS = (InputKind.READINESS_STRUCTURE, InputKind.READINESS_INFRASTRUCTURE, InputKind.READINESS_SUPERSTRUCTURE)


def build_masterplan(db: Database, workshop_id: str, lang: str = "id", paper: str = "a4",
                     pillar: str | None = None) -> Document:
    facts = load_facts(db, workshop_id, lang)
    if pillar is not None and pillar not in facts.pillar_names:
        raise UserError("setup.unknown_pillar", key=pillar)
    pillars = [pillar] if pillar else pillars_covered(db, facts)
    scope = text("pillar", lang, name=facts.pillar_names[pillar]) if pillar else text("all_pillars", lang)
    doc = Document(
        title=f"{text('masterplan', lang).title()} — {facts.regency}", lang=lang, setup=PageSetup(paper=paper),
        header_text=f"{text('masterplan', lang).title()} · {facts.regency} · {scope}",
        footer_text=text("made_with", lang), page_label=text("page_label", lang, page="{page}", pages="{pages}"),
    )
    if facts.letterhead or facts.logo:
        doc.add(Letterhead(facts.letterhead, facts.logo))
    doc.add(Title(f"{text('masterplan', lang)}\n{facts.regency.upper()}", scope))
    doc.add(Paragraph.of(text("draft_note", lang, title=facts.title, date=facts.date_text(weekday=False)),
                         italic=True))
    for n, key in enumerate(pillars, start=1):
        if n > 1:
            doc.add(PageBreak())
        _pillar(db, facts, doc, key, n)
    return doc


def pillars_covered(db: Database, facts: WorkshopFacts) -> list[str]:
    """The pillars a draft covers: those chosen for the workshop or holding inputs or programmes."""
    used = {r[0] for r in db.rows(
        "SELECT pillar_key FROM input WHERE workshop_id = ? UNION SELECT pillar_key FROM programme WHERE workshop_id = ?",
        (facts.id, facts.id))}
    return [k for k in facts.pillar_names if k in used or k in facts.pillars]


def _pillar(db: Database, facts: WorkshopFacts, doc: Document, pillar: str, number: int) -> None:
    lang = facts.lang
    doc.add(Heading(f"{roman(number)}. {text('pillar', lang, name=facts.pillar_names[pillar])}", 1))
    said = inputs_by_kind(db, facts.id, pillar, [k.value for k in (InputKind.PROBLEM, InputKind.POTENTIAL,
                                                                   *SWOT, *READINESS)])
    programmes = list_programmes(db, facts.id, pillar)
    sections = (
        (text("analysis", lang), lambda: _analysis(facts, doc, said)),
        (text("programmes_by_horizon", lang), lambda: _by_horizon(facts, doc, programmes)),
        (text("quick_wins", lang), lambda: _quick_wins(db, facts, doc, pillar)),
        (text("roadmap", lang), lambda: _roadmap(facts, doc, programmes)),
        (text("opd_matrix", lang), lambda: _opd_matrix(facts, doc, programmes)),
        (text("trace", lang), lambda: _trace(db, facts, doc, programmes)),
    )
    for i, (title, write) in enumerate(sections, start=1):
        doc.add(Heading(f"{number}.{i} {title}", 2))
        write()


def _bullets(items) -> BulletList:
    return BulletList(tuple((Run(i.text),) for i in items))


def _analysis(facts: WorkshopFacts, doc: Document, said: dict) -> None:
    lang = facts.lang
    for key, kind in (("problems", InputKind.PROBLEM), ("potentials", InputKind.POTENTIAL)):
        doc.add(Heading(text(key, lang), 3))
        items = said[kind.value]
        doc.add(_bullets(items) if items else Paragraph.of(text("none", lang)))
    doc.add(Heading(text("swot", lang), 3))
    cell = {k: "\n".join(f"• {i.text}" for i in said[k.value]) or text("none", lang) for k in SWOT}
    for pair in ((InputKind.STRENGTH, InputKind.WEAKNESS), (InputKind.OPPORTUNITY, InputKind.THREAT)):
        # the SWOT grid: two two-column tables, internal factors above external ones
        doc.add(Table(tuple(label(k, lang) for k in pair), ((cell[pair[0]], cell[pair[1]]),), (1.0, 1.0)))
    doc.add(Heading(text("readiness", lang), 3))
    for kind in READINESS:
        items = said[kind.value]
        doc.add(Paragraph.of(label(kind, lang), bold=True, align="left"))
        doc.add(_bullets(items) if items else Paragraph.of(text("none", lang)))


def _by_horizon(facts: WorkshopFacts, doc: Document, programmes) -> None:
    lang = facts.lang
    if not programmes:
        doc.add(Paragraph.of(text("no_programmes", lang), italic=True))
        return
    for horizon in Horizon:
        mine = [p for p in programmes if p.horizon == horizon.value]
        if not mine:
            continue
        doc.add(Heading(label(horizon, lang), 3))
        rows = tuple((p.name, facts.element_names.get(p.element_key, "") if p.element_key else "", p.lead_opd,
                      p.indicator, str(p.target_year or ""), p.funding_source) for p in mine)
        doc.add(Table((text("col_programme", lang), text("col_element", lang), text("col_lead", lang),
                       text("col_indicator", lang), text("col_year", lang), text("col_funding", lang)),
                      rows, (3.1, 1.7, 1.7, 2.4, 1.1, 1.5), ("left",) * 4 + ("right", "left"), 9.0))


def _quick_wins(db: Database, facts: WorkshopFacts, doc: Document, pillar: str) -> None:
    lang = facts.lang
    wins = quick_wins(db, facts.id, pillar)
    if not wins:
        doc.add(Paragraph.of(text("none", lang)))
        return
    rows = tuple((str(w.rank), w.name, str(w.votes),
                  f"{w.impact} × {w.feasibility} = {w.score}" if w.score is not None else text("none", lang))
                 for w in wins)
    doc.add(Table((text("col_rank", lang), text("col_programme", lang), text("col_votes", lang),
                   text("col_priority", lang)), rows, (1.4, 5.6, 1.0, 2.2), ("right", "left", "right", "left")))


def _roadmap(facts: WorkshopFacts, doc: Document, programmes) -> None:
    lang = facts.lang
    planned = [p for p in programmes if p.target_year]
    if not planned:
        doc.add(Paragraph.of(text("none", lang)))
        return
    first = facts.held_on.year
    years = list(range(first, first + ROADMAP_YEARS))
    mark = text("target_mark", lang)
    rows = []
    for p in sorted(planned, key=lambda p: (p.target_year, p.position)):
        # from the workshop's year to the target year the programme runs; the target year is marked
        cells = [mark if y == p.target_year else ("–" if first <= y < p.target_year else "") for y in years]
        if p.target_year > years[-1]:
            cells[-1] = f"→ {p.target_year}"
        rows.append((p.name, *cells))
    doc.add(Table((text("col_programme", lang), *(str(y) for y in years)), tuple(rows),
                  (4.0,) + (0.62,) * len(years), ("left",) + ("center",) * len(years), 8.0))


def _opd_matrix(facts: WorkshopFacts, doc: Document, programmes) -> None:
    lang = facts.lang
    if not programmes:
        doc.add(Paragraph.of(text("none", lang)))
        return
    opds: dict[str, dict[str, str]] = {}
    for p in programmes:
        if p.lead_opd:
            opds.setdefault(p.lead_opd, {})[p.id] = text("lead_mark", lang)
        for support in p.supporting_opds:
            opds.setdefault(support, {}).setdefault(p.id, text("support_mark", lang))
    if not opds:
        doc.add(Paragraph.of(text("none", lang)))
        return
    rows = []
    for opd in sorted(opds, key=str.casefold):
        leads = [p.name for p in programmes if opds[opd].get(p.id) == text("lead_mark", lang)]
        supports = [p.name for p in programmes if opds[opd].get(p.id) == text("support_mark", lang)]
        rows.append((opd, "\n".join(f"• {n}" for n in leads), "\n".join(f"• {n}" for n in supports)))
    doc.add(Table((text("col_opd", lang), text("col_lead", lang), text("col_support", lang)), tuple(rows),
                  (2.2, 3.6, 3.6), size_pt=9.0))


def _trace(db: Database, facts: WorkshopFacts, doc: Document, programmes) -> None:
    lang = facts.lang
    if not programmes:
        doc.add(Paragraph.of(text("none", lang)))
        return
    texts = dict(db.rows("SELECT id, text FROM input WHERE workshop_id = ?", (facts.id,)))
    rows = []
    for p in programmes:
        sources = [texts[i] for i in p.input_ids if i in texts]
        rows.append((p.name, "\n".join(f"• {s}" for s in sources) or text("none", lang)))
    doc.add(Table((text("col_programme", lang), text("col_sources", lang)), tuple(rows), (3.0, 7.0), size_pt=9.0))
