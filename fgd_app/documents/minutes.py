"""The minutes (notulen) of one workshop, as a report model.

Layout after the usual Indonesian government minutes (../shared/domain.md): kop, title,
the meeting's facts (day and date, time with WIB/WITA/WIT, place, chair, note-taker,
participants, agenda), then numbered sections: participants by agency and gender, the
agenda with planned and actual times, the discussion per pillar, votes and priorities,
decisions, follow-up actions, closing; the signature block (note-taker left, chair
right); attachments: the attendance list with signatures and the photo documentation.

Personal data: phone numbers appear only when asked for (`include_phones`) and only
for participants who agreed to keep them; e-mail addresses never; participants who did
not agree to be named appear only in counts, never by name (neither as speakers nor in
the attendance list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fgd_app.core.vocab import InputKind, label
from fgd_app.documents.facts import WorkshopFacts, load_facts
from fgd_app.documents.labels import roman, text
from fgd_app.documents.model import (
    BarChart,
    BulletList,
    Document,
    Fields,
    Heading,
    Image,
    ImageCell,
    Letterhead,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    SignatureBox,
    Signatures,
    Table,
    Title,
)
from fgd_app.services import agenda as agenda_service
from fgd_app.services.participants import counts
from fgd_app.services.photos import list_photos, photo_bytes
from fgd_app.services.programmes import list_actions
from fgd_app.services.voting import ranking

if TYPE_CHECKING:
    from fgd_app.store.database import Database

CHART_BARS = 10
PHOTO_WIDTH_MM = 150.0
SIGNATURE_HEIGHT_MM = 9.0
# The order in which the kinds of input are reported under each pillar.
KIND_ORDER = (InputKind.PROBLEM, InputKind.POTENTIAL, InputKind.IDEA, InputKind.STRENGTH, InputKind.WEAKNESS,
              InputKind.OPPORTUNITY, InputKind.THREAT, InputKind.READINESS_STRUCTURE,
              InputKind.READINESS_INFRASTRUCTURE, InputKind.READINESS_SUPERSTRUCTURE, InputKind.QUESTION,
              InputKind.NOTE)


def build_minutes(db: Database, workshop_id: str, lang: str = "id", paper: str = "a4",
                  include_phones: bool = False) -> Document:
    facts = load_facts(db, workshop_id, lang)
    doc = Document(
        title=f"{text('minutes', lang).title()} — {facts.title}", lang=lang, setup=PageSetup(paper=paper),
        header_text=f"{text('minutes', lang).title()} · {facts.title}",
        footer_text=text("made_with", lang), page_label=text("page_label", lang, page="{page}", pages="{pages}"),
    )
    if facts.letterhead or facts.logo:
        doc.add(Letterhead(facts.letterhead, facts.logo))
    doc.add(Title(text("minutes", lang), facts.title))
    doc.add(_meeting_fields(db, facts))
    sections = (_participants, _agenda, _discussion, _votes, _decisions, _actions, _closing)
    for number, section in enumerate(sections, start=1):
        section(db, facts, doc, number)
    doc.add(Signatures(
        left=SignatureBox(text("role_note_taker", lang), facts.note_taker.name, facts.note_taker.position,
                          facts.note_taker.nip),
        right=SignatureBox(text("role_chair", lang), facts.chair.name, facts.chair.position, facts.chair.nip,
                           above=f"{facts.place_for_signature}, {facts.date_text(weekday=False)}"),
    ))
    _attendance(db, facts, doc, include_phones)
    _photos(db, facts, doc)
    return doc


def _meeting_fields(db: Database, facts: WorkshopFacts) -> Fields:
    lang = facts.lang
    tally = counts(db, facts.id)
    start = facts.clock(facts.opened_at) or facts.wall(facts.start_time)
    end = facts.clock(facts.closed_at) or facts.wall(facts.end_time) or text("until_done", lang)
    time = f"{start} – {end}" if start else text("not_recorded", lang)
    if start and facts.zone not in time:
        time += f" {facts.zone}"
    rows = [
        (text("day_date", lang), facts.date_text()),
        (text("time", lang), time),
        (text("place", lang), facts.venue or text("not_recorded", lang)),
        (text("chair", lang), _person(facts.chair.name, facts.chair.position) or text("not_recorded", lang)),
        (text("note_taker", lang), _person(facts.note_taker.name, facts.note_taker.position)
         or text("not_recorded", lang)),
        (text("participants", lang), text("present_of", lang, present=tally.present, total=tally.total,
                                          male=tally.present_by_gender["L"], female=tally.present_by_gender["P"])),
        (text("agenda", lang), facts.title),
        (text("stage", lang), label(facts.stage, lang)),
    ]
    return Fields(tuple(rows))


def _person(name: str, position: str) -> str:
    return f"{name} ({position})" if name and position else name


def _section(doc: Document, number: int, key: str, lang: str) -> None:
    doc.add(Heading(f"{roman(number)}. {text(key, lang)}", 1))


def _participants(db: Database, facts: WorkshopFacts, doc: Document, number: int) -> None:
    lang = facts.lang
    _section(doc, number, "sec_participants", lang)
    by_institution: dict[str, list[int]] = {}
    for institution, gender, present in db.rows(
        "SELECT institution, coalesce(gender, ''), checked_in_at IS NOT NULL FROM participant WHERE workshop_id = ?",
        (facts.id,),
    ):
        row = by_institution.setdefault(institution or "—", [0, 0, 0, 0, 0])
        row[4] += 1
        if present:
            row[{"L": 0, "P": 1}.get(gender, 2)] += 1
            row[3] += 1
    ordered = sorted(by_institution.items(), key=lambda kv: (-kv[1][3], kv[0].casefold()))
    rows = [(str(i), name, str(m), str(f), str(u), str(p), str(t))
            for i, (name, (m, f, u, p, t)) in enumerate(ordered, start=1)]
    totals = [sum(v[k] for v in by_institution.values()) for k in range(5)]
    rows.append(("", text("col_total", lang), *(str(v) for v in totals)))
    doc.add(Table(
        (text("col_no", lang), text("col_institution", lang), text("col_male", lang), text("col_female", lang),
         text("col_unknown", lang), text("col_present", lang), text("col_invited", lang)),
        tuple(rows), (0.6, 5.0, 0.7, 0.7, 0.7, 1.1, 1.3),
        ("right", "left", "right", "right", "right", "right", "right"),
    ))


def _agenda(db: Database, facts: WorkshopFacts, doc: Document, number: int) -> None:
    lang = facts.lang
    _section(doc, number, "sec_agenda", lang)
    plan = agenda_service.agenda(db, facts.id)
    rows = []
    for i, item in enumerate(plan.items, start=1):
        planned = f"{facts.wall(item.start)} – {facts.wall(item.end)}" if item.start else f"{item.planned_minutes}'"
        actual = ""
        if item.actual_start:
            actual = f"{facts.clock(item.actual_start)} – {facts.clock(item.actual_end) or '…'}"
        rows.append((str(i), item.title, planned, actual))
    if not rows:
        doc.add(Paragraph.of(text("not_recorded", lang)))
        return
    doc.add(Table((text("col_no", lang), text("col_item", lang), text("col_planned", lang), text("col_actual", lang)),
                  tuple(rows), (0.6, 5.4, 1.9, 2.6), ("right", "left", "left", "left")))


def _pillars_with_content(db: Database, facts: WorkshopFacts) -> list[str]:
    used = {r[0] for r in db.rows("SELECT DISTINCT pillar_key FROM input WHERE workshop_id = ?", (facts.id,))}
    return [k for k in facts.pillar_names if k in used or k in facts.pillars]


def _discussion(db: Database, facts: WorkshopFacts, doc: Document, number: int) -> None:
    lang = facts.lang
    _section(doc, number, "sec_discussion", lang)
    rows = db.rows(
        "SELECT i.pillar_key, i.kind, i.text, CASE WHEN p.consent_name THEN p.name ELSE '' END, "
        "CASE WHEN p.consent_name THEN p.institution ELSE '' END "
        "FROM input i LEFT JOIN participant p ON p.id = i.speaker_id "
        "WHERE i.workshop_id = ? AND i.kind != 'decision' ORDER BY i.position, i.created_at, i.id",
        (facts.id,),
    )
    by_pillar: dict[str, dict[str, list]] = {}
    for pillar, kind, said, speaker, institution in rows:
        by_pillar.setdefault(pillar, {}).setdefault(kind, []).append((said, speaker, institution))
    themes: dict[str, list] = {}
    for pillar, title, size in db.rows(
        "SELECT c.pillar_key, c.title, count(i.id) FROM cluster c LEFT JOIN input i ON i.cluster_id = c.id "
        "WHERE c.workshop_id = ? GROUP BY c.id ORDER BY c.position, c.id", (facts.id,)
    ):
        themes.setdefault(pillar, []).append((title, size))
    for n, pillar in enumerate(_pillars_with_content(db, facts), start=1):
        doc.add(Heading(f"{number}.{n} {facts.pillar_names[pillar]}", 2))
        kinds = by_pillar.get(pillar, {})
        if not kinds:
            doc.add(Paragraph.of(text("no_inputs", lang), italic=True))
        for kind in KIND_ORDER:
            said = kinds.get(kind.value)
            if said:
                doc.add(Heading(label(kind, lang), 3))
                doc.add(BulletList(tuple(_said(t, s, inst) for t, s, inst in said)))
        if themes.get(pillar):
            doc.add(Heading(text("themes", lang), 3))
            doc.add(BulletList(tuple((Run(text("theme_size", lang, title=t, count=c)),) for t, c in themes[pillar])))


def _said(said: str, speaker: str, institution: str) -> tuple[Run, ...]:
    if not speaker:
        return (Run(said),)
    who = f"{speaker}, {institution}" if institution else speaker
    return (Run(said + " "), Run(f"({who})", italic=True))


def _votes(db: Database, facts: WorkshopFacts, doc: Document, number: int) -> None:
    lang = facts.lang
    _section(doc, number, "sec_votes", lang)
    ranked = []
    for pillar in _pillars_with_content(db, facts):
        for item in ranking(db, facts.id, pillar):
            if item.total:
                title = text("theme_prefix", lang, title=item.title) if item.kind == "theme" else item.title
                ranked.append((item.total, pillar, title, item))
    if not ranked:
        doc.add(Paragraph.of(text("no_votes", lang), italic=True))
        return
    rows = []
    for pillar in facts.pillar_names:
        mine = [r for r in ranked if r[1] == pillar]
        for _total, _pillar, title, item in mine:
            rows.append((str(item.rank), title, facts.pillar_names[pillar], str(item.digital), str(item.paper),
                         str(item.hands), str(item.total)))
    doc.add(Table(
        (text("col_rank", lang), text("col_theme_input", lang), text("col_pillar", lang), text("col_dots", lang),
         text("col_paper", lang), text("col_hands", lang), text("col_total", lang)),
        tuple(rows), (1.5, 4.3, 1.8, 0.9, 1.2, 1.2, 1.1),
        ("right", "left", "left", "right", "right", "right", "right"),
    ))
    top = sorted(ranked, key=lambda r: -r[0])[:CHART_BARS]
    doc.add(BarChart(text("chart_title", lang), tuple(r[2] for r in top), tuple(r[0] for r in top),
                     text("votes_unit", lang)))


def _decisions(db: Database, facts: WorkshopFacts, doc: Document, number: int) -> None:
    lang = facts.lang
    _section(doc, number, "sec_decisions", lang)
    decided = [r[0] for r in db.rows(
        "SELECT text FROM input WHERE workshop_id = ? AND kind = 'decision' ORDER BY position, created_at, id",
        (facts.id,))]
    if facts.conclusions:
        for block in facts.conclusions.split("\n\n"):
            doc.add(Paragraph.of(block.strip()))
    if decided:
        doc.add(BulletList(tuple((Run(d),) for d in decided), numbered=True))
    if not decided and not facts.conclusions:
        doc.add(Paragraph.of(text("no_decisions", lang), italic=True))


def _actions(db: Database, facts: WorkshopFacts, doc: Document, number: int) -> None:
    from fgd_app.core.dates import long_date

    lang = facts.lang
    _section(doc, number, "sec_actions", lang)
    actions = list_actions(db, facts.id)
    if not actions:
        doc.add(Paragraph.of(text("no_actions", lang), italic=True))
        return
    rows = tuple((str(i), a.text, a.owner, long_date(a.due_date, lang, weekday=False) if a.due_date else "",
                  label(a.status, lang)) for i, a in enumerate(actions, start=1))
    doc.add(Table((text("col_no", lang), text("col_action", lang), text("col_owner", lang), text("col_due", lang),
                   text("col_status", lang)), rows, (0.6, 5.0, 2.4, 1.9, 1.2),
                  ("right", "left", "left", "left", "left")))


def _closing(db: Database, facts: WorkshopFacts, doc: Document, number: int) -> None:
    lang = facts.lang
    _section(doc, number, "sec_closing", lang)
    if facts.opened_at:
        key = "opening" if facts.chair.name else "opening_no_chair"
        sentence = text(key, lang, time=facts.clock(facts.opened_at), chair=facts.chair.name)
        doc.add(Paragraph.of(sentence[:-1] if sentence.endswith("..") else sentence))  # "M.Si.." -> "M.Si."
    if facts.closed_at:
        doc.add(Paragraph.of(text("closing", lang, time=facts.clock(facts.closed_at))))
    else:
        doc.add(Paragraph.of(text("closing_open", lang), italic=True))


def _attendance(db: Database, facts: WorkshopFacts, doc: Document, include_phones: bool) -> None:
    lang = facts.lang
    doc.add(PageBreak(), Heading(text("attachment_attendance", lang), 1))
    doc.add(Fields(((text("agenda", lang), facts.title), (text("day_date", lang), facts.date_text()),
                    (text("place", lang), facts.venue or text("not_recorded", lang)))))
    rows, hidden = [], 0
    for name, position, nip, institution, phone, consent_name, consent_phone, signature in db.rows(
        "SELECT p.name, p.position, p.nip, p.institution, p.phone, p.consent_name, p.consent_phone, b.data "
        "FROM participant p LEFT JOIN blob b ON b.sha256 = p.signature_sha256 "
        "WHERE p.workshop_id = ? AND p.checked_in_at IS NOT NULL ORDER BY p.name COLLATE NOCASE, p.id",
        (facts.id,),
    ):
        if not consent_name:
            hidden += 1
            continue
        role = "\n".join(part for part in (position, f"NIP. {nip}" if nip else "") if part)
        cells = [str(len(rows) + 1), name, role, institution]
        if include_phones:
            cells.append(phone if consent_phone else "")
        cells.append(ImageCell(bytes(signature), SIGNATURE_HEIGHT_MM) if signature else "")
        rows.append(tuple(cells))
    header = [text("col_no", lang), text("col_name", lang), text("col_position_nip", lang),
              text("col_institution", lang)]
    widths = [0.6, 3.2, 3.2, 2.6]
    if include_phones:
        header.append(text("col_phone", lang))
        widths.append(1.8)
    header.append(text("col_signature", lang))
    widths.append(2.2)
    doc.add(Table(tuple(header), tuple(rows), tuple(widths), ("right",) + ("left",) * (len(header) - 1), 9.0))
    if hidden:
        doc.add(Paragraph.of(text("hidden_names", lang, count=hidden), italic=True, size_pt=9.0))


def _photos(db: Database, facts: WorkshopFacts, doc: Document) -> None:
    lang = facts.lang
    doc.add(PageBreak(), Heading(text("attachment_photos", lang), 1))
    photos = list_photos(db, facts.id)
    if not photos:
        doc.add(Paragraph.of(text("no_photos", lang), italic=True))
    for photo in photos:
        data = photo_bytes(db, photo.sha256)
        if data:
            caption = photo.caption or photo.filename
            if photo.pillar_key:
                caption = f"{caption} ({facts.pillar_names.get(photo.pillar_key, '')})"
            doc.add(Image(data, PHOTO_WIDTH_MM, caption))
