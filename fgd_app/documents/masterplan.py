"""Draft masterplan: one workshop's, or a regency's consolidated across all its FGDs.

Both drafts have the same six sections per pillar (`masterplan_sections`); they differ
in what they draw on and in their front part. The single-workshop draft says which FGD
it came from in one sentence; the consolidated draft lists the FGDs it draws on (date,
stage, title, attendance), numbered, and every programme and analysis item cites the
number of the FGD it came from. It is a draft for the masterplan team, so it says where
it came from.

Decisions where the issue is silent (consolidated draft):
- Every workshop of the regency counts, whatever its status: a planned FGD adds nothing
  but its line in the list, which tells the team it is still to come.
- The FGDs are numbered oldest first (Bimtek 1 before Bimtek 2), by date then title.
- The letterhead is that of the most recent FGD that has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fgd_app.core.vocab import label
from fgd_app.documents.facts import WorkshopFacts, load_facts
from fgd_app.documents.labels import text
from fgd_app.documents.masterplan_sections import Sources, write_pillar
from fgd_app.documents.model import Document, Heading, Letterhead, PageBreak, PageSetup, Paragraph, Table, Title
from fgd_app.errors import UserError
from fgd_app.services.coordinator import overview
from fgd_app.services.workshop_setup import regency

if TYPE_CHECKING:
    from fgd_app.store.database import Database


def build_masterplan(db: Database, workshop_id: str, lang: str = "id", paper: str = "a4",
                     pillar: str | None = None) -> Document:
    facts = load_facts(db, workshop_id, lang)
    sources = Sources((facts,))
    doc = _document(db, sources, paper, pillar)
    doc.add(Paragraph.of(text("draft_note", lang, title=facts.title, date=facts.date_text(weekday=False)),
                         italic=True))
    _pillars(db, sources, doc, pillar)
    return doc


def build_consolidated_masterplan(db: Database, regency_code: str, lang: str = "id", paper: str = "a4",
                                  pillar: str | None = None) -> Document:
    """The draft of a regency across all its FGDs, each programme citing the FGD it came from."""
    place = regency(db, regency_code)  # an unknown code is refused here
    rows = sorted(overview(db, regency_code), key=lambda w: (w.held_on, w.title, w.id))
    if not rows:
        raise UserError("masterplan.no_workshops", regency=place.name)
    sources = Sources(tuple(load_facts(db, w.id, lang) for w in rows), cite=True)
    doc = _document(db, sources, paper, pillar)
    first, last = sources.first, sources.workshops[-1]
    doc.add(Paragraph.of(text("consolidated_note", lang, count=len(rows), first=first.date_text(weekday=False),
                              last=last.date_text(weekday=False)), italic=True))
    doc.add(Heading(text("sources", lang), 2))
    doc.add(Table(
        (text("col_no", lang), text("col_date", lang), text("stage", lang), text("col_title", lang),
         text("col_attended", lang)),
        tuple((str(n), facts.date_text(weekday=False), label(w.stage, lang), facts.title,
               text("attended_of", lang, present=w.attended, total=w.participants))
              for n, (w, facts) in enumerate(zip(rows, sources.workshops, strict=True), start=1)),
        (0.6, 2.2, 1.3, 4.4, 1.6), ("right", "left", "left", "left", "right"), 9.0))
    doc.add(Paragraph.of(text("cite_note", lang), italic=True, size_pt=10.0))
    doc.add(PageBreak())
    _pillars(db, sources, doc, pillar)
    return doc


def pillars_covered(db: Database, facts: WorkshopFacts) -> list[str]:
    """The pillars a draft covers: those chosen for the workshop or holding inputs or programmes."""
    return _covered(db, (facts,))


def _covered(db: Database, workshops: tuple[WorkshopFacts, ...]) -> list[str]:
    marks = ", ".join("?" * len(workshops))
    ids = tuple(w.id for w in workshops)
    used = {r[0] for r in db.rows(
        f"SELECT pillar_key FROM input WHERE workshop_id IN ({marks}) "
        f"UNION SELECT pillar_key FROM programme WHERE workshop_id IN ({marks})", ids + ids)}
    chosen = {k for w in workshops for k in w.pillars}
    return [k for k in workshops[0].pillar_names if k in used or k in chosen]


def _document(db: Database, sources: Sources, paper: str, pillar: str | None) -> Document:
    """The document with its running texts, letterhead and title page heading."""
    facts, lang = sources.first, sources.lang
    if pillar is not None and pillar not in facts.pillar_names:
        raise UserError("setup.unknown_pillar", key=pillar)
    scope = text("pillar", lang, name=facts.pillar_names[pillar]) if pillar else text("all_pillars", lang)
    kind = text("masterplan", lang).title()
    if sources.cite:
        scope = f"{scope} · {text('consolidated', lang, count=len(sources.workshops))}"
    doc = Document(
        title=f"{kind} — {facts.regency}", lang=lang, setup=PageSetup(paper=paper),
        header_text=f"{kind} · {facts.regency} · {scope}",
        footer_text=text("made_with", lang), page_label=text("page_label", lang, page="{page}", pages="{pages}"),
    )
    headed = next((w for w in reversed(sources.workshops) if w.letterhead or w.logo), None)
    if headed is not None:
        doc.add(Letterhead(headed.letterhead, headed.logo))
    doc.add(Title(f"{text('masterplan', lang)}\n{facts.regency.upper()}", scope))
    return doc


def _pillars(db: Database, sources: Sources, doc: Document, pillar: str | None) -> None:
    for n, key in enumerate([pillar] if pillar else _covered(db, sources.workshops), start=1):
        if n > 1:
            doc.add(PageBreak())
        write_pillar(db, sources, doc, key, n)
