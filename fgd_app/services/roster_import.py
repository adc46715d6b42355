"""Importing a participant list that Bappeda sends as CSV or Excel.

Three steps, so the GUI can show what will happen before anything is written:

1. `read_table(path)` turns the file into a `Table` of strings (headers + rows), or
   raises one clear `UserError` (too big, not text, malformed quotes, old .xls ...).
2. `suggest_mapping(headers)` guesses which column holds which field from Indonesian
   and English header words; `preview(table, mapping)` cleans every row with the same
   rules as typing (`services.participants`) and says, per row, what will happen.
3. `import_rows(db, workshop, table, mapping)` writes all good rows in ONE transaction:
   if anything fails mid-way nothing is written.

Decisions where spreadsheets are messy:
- Row numbers are the spreadsheet's own (the header row included), so "Row 7" is the
  row the person sees in Excel, even when blank or title rows come first.
- The header row is the first of the first 20 rows with a cell that names the name
  column ("Nama", "Name" ...), else the first non-empty row: lists often start with a
  title ("DAFTAR PESERTA FGD ...") above the table.
- Rows whose mapped cells are all empty are skipped silently: templates come with the
  "No" column numbered down to 50 and nothing else filled in.
- Duplicates (same name and agency, see `duplicate_key`) are SKIPPED with a warning,
  never imported twice: the first occurrence in the file wins, and someone already in
  the workshop is never duplicated. Importing the same list twice is therefore harmless.
- Excel cells keep their meaning: a whole number stays digits without ".0"; a number
  Excel has already rounded (more than 15 digits, e.g. an 18-digit NIP typed into a
  number cell) and a date or time cell are errors for that row, because the text
  cannot be recovered.
- Cells our own CSV export escaped (`'=...`, `="0812..."`) are read back unescaped, so
  an exported list re-imports cleanly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import namedtuple
from collections.abc import Iterable, Iterator
from pathlib import Path

from fgd_app.core.text import fold
from fgd_app.errors import UserError
from fgd_app.services.participants import FIELDS, check_fields, duplicate_key, existing_keys
from fgd_app.store.backups import before_import
from fgd_app.store.database import Database

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 200
HEADER_SEARCH_ROWS = 20
SNIFF_ROWS = 50

SYNONYMS: dict[str, tuple[str, ...]] = {
    # field: header words (already folded: lower case, punctuation as spaces), most specific first
    "name": ("nama", "nama lengkap", "nama peserta", "nama lengkap dan gelar", "name", "full name", "peserta",
             "participant"),
    "position": ("jabatan", "position", "job title", "jabatan pekerjaan", "pangkat jabatan", "role"),
    "nip": ("nip", "nip nrp", "nomor induk pegawai", "nrp", "employee id"),
    "institution": ("instansi", "opd", "instansi opd", "asal instansi", "unit kerja", "perangkat daerah", "skpd",
                    "lembaga", "organisasi", "institution", "agency", "organization", "organisation", "unit"),
    "gender": ("l p", "p l", "jenis kelamin", "jk", "kelamin", "gender", "sex"),
    "phone": ("no hp", "nomor hp", "no hp wa", "hp", "handphone", "no telp", "no telepon", "telepon", "telp",
              "nomor telepon", "no wa", "wa", "whatsapp", "phone", "mobile", "phone number", "kontak"),
    "email": ("email", "e mail", "surel", "alamat email", "alamat surel", "e mail address"),
}

# What our own export writes to keep Excel from mangling text (see roster_export).
_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.DOTALL)
_ESCAPED_FORMULA = re.compile(r"^'[=+\-@\t\r]")


class Table(namedtuple("Table", "headers rows row_numbers cell_problems source sheet sheets")):
    """A sheet as strings.

    headers: the header row's cells; rows: data rows, each as wide as `headers`;
    row_numbers: each data row's number in the spreadsheet (header row = its number);
    cell_problems: {(data row index, column): UserError} for cells that cannot be text
    (dates, rounded numbers); source: the file name for messages; sheet/sheets: the sheet
    read and all sheet names of a workbook (None/() for CSV).
    """

    __slots__ = ()


class RowResult(namedtuple("RowResult", "row index status record problems")):
    """What importing one data row will do.

    status: "ok" (imported), "duplicate" (skipped with a warning), "error" (not
    imported), "blank" (nothing in the mapped columns: ignored). record: the cleaned
    fields (None on error). problems: ((column header or None, UserError), ...).
    """

    __slots__ = ()

    def describe(self, lang: str = "en") -> str:
        """The problems of this row in one line, each named by the file's column header."""
        parts = [f"{column}: {err.message(lang)}" if column else err.message(lang) for column, err in self.problems]
        return " ".join(parts)  # each message is a sentence ending with a full stop

    def message(self, lang: str = "en") -> str:
        """"Row 7: NIP: ..." as a report line."""
        return UserError("roster.row", row=self.row, detail=self.describe(lang)).message(lang)


class ImportReport(namedtuple("ImportReport", "imported ids skipped errors blank")):
    """imported: count; ids: the new participant ids; skipped/errors: RowResults; blank: count."""

    __slots__ = ()


# -- reading files ------------------------------------------------------------------------------


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """A CSV or XLSX file as a `Table`. The content decides the format, not the file name."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError("roster.too_large", path=path.name, size=round(size / 2**20, 1),
                            limit=MAX_FILE_BYTES // 2**20)
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UserError("import.unreadable", path=path.name, detail=exc.strerror or exc) from exc
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError("roster.old_xls", path=path.name)
    return _read_csv(path)


def sheet_names(path: Path | str) -> list[str]:
    """The sheets of a workbook, without reading their cells (empty for anything else)."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        with path.open("rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return []
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise UserError("import.unreadable", path=path.name, detail=exc.strerror or exc) from exc
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise UserError("roster.bad_xlsx", path=path.name, detail=type(exc).__name__) from exc
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM ("Unicode text" from Excel), else Windows-1252."""
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            text = data[3:].decode("utf-8")
        elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        elif _is_utf8(data):
            text = data.decode("utf-8")
        else:
            text = data.decode("cp1252")  # bytes it leaves undefined mean: not a text file
    except UnicodeDecodeError as exc:
        raise UserError("roster.not_text", path=name) from exc
    controls = sum(1 for c in text if c < " " and c not in "\t\r\n")
    if "\x00" in text or controls > max(2, len(text) // 200):
        raise UserError("roster.not_text", path=name)
    return text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def detect_delimiter(text: str) -> str:
    """';' (Excel with Indonesian settings), ',' or tab, from the first rows.

    csv.Sniffer guesses first; each candidate is then scored by parsing the first rows
    (more than one column, rows as wide as the first one), and the Sniffer's guess is
    kept unless another candidate clearly parses better. A one-column file gets ','.
    """
    lines = [line for line in text.splitlines() if line.strip()][:SNIFF_ROWS]
    sample = "\n".join(lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        sniffed = None

    def score(delimiter: str) -> tuple[bool, int, int]:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
        except csv.Error:
            return (False, 0, 0)
        if not rows:
            return (False, 0, 0)
        width = len(rows[0])
        return (width > 1, sum(1 for r in rows if len(r) == width), width)

    scores = {d: score(d) for d in (";", ",", "\t")}
    best = max(scores, key=lambda d: scores[d])
    if sniffed in scores and scores[sniffed] == scores[best]:
        return sniffed
    return best if scores[best][0] else ","


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    text = _decode(data, path.name)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            cells = [_unescape(c) for c in cells]
            if any(c.strip() for c in cells):
                records.append((number, cells))
                _check_size(len(records), _used_width(cells), path.name)
    except csv.Error as exc:
        raise UserError("roster.bad_csv", path=path.name, line=reader.line_num, detail=exc) from exc
    return _table(records, {}, path.name, None, ())


def _unescape(cell: str) -> str:
    match = _EXCEL_TEXT.match(cell)
    if match:
        return match.group(1).replace('""', '"')
    if _ESCAPED_FORMULA.match(cell):
        return cell[1:]
    return cell


def _check_size(rows: int, columns: int, name: str) -> None:
    if rows > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise UserError("roster.too_many_rows", path=name, limit=f"{MAX_ROWS:,}")
    if columns > MAX_COLUMNS:
        raise UserError("roster.too_many_columns", path=name, limit=MAX_COLUMNS)


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise UserError("roster.bad_xlsx", path=path.name, detail=type(exc).__name__) from exc
    try:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise UserError("roster.no_sheet", path=path.name, sheet=sheet)
        chosen = sheet or names[0]
        records: list[tuple[int, list[str]]] = []
        problems: dict[tuple[int, int], UserError] = {}  # keyed by (record position, column) for now
        try:
            for number, values in enumerate(book[chosen].iter_rows(values_only=True), start=1):
                cells = []
                for column, value in enumerate(values):
                    text, problem = _cell_text(value)
                    cells.append(text)
                    if problem is not None:
                        problems[(len(records), column)] = problem
                if any(c.strip() for c in cells):
                    records.append((number, cells))
                    _check_size(len(records), _used_width(cells), path.name)
                else:  # problems are only kept for rows that stay
                    for column in range(len(cells)):
                        problems.pop((len(records), column), None)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
            raise UserError("roster.bad_xlsx", path=path.name, detail=type(exc).__name__) from exc
    finally:
        book.close()
    return _table(records, problems, path.name, chosen, names)


def _cell_text(value: object) -> tuple[str, UserError | None]:
    """A cell as text, or the reason it cannot be trusted as text."""
    if value is None:
        return "", None
    if isinstance(value, bool):
        return ("1" if value else "0"), None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat(), UserError("roster.date_cell", value=value.isoformat())
    if isinstance(value, int):
        return str(value), None
    if isinstance(value, float):
        if value.is_integer():
            text = str(int(value))
            # Excel keeps 15 significant digits: longer whole numbers were rounded on entry.
            if abs(value) >= 1e15:
                return text, UserError("roster.number_rounded", value=text)
            return text, None
        return repr(value), None
    return str(value), None


def _table(records: list[tuple[int, list[str]]], problems: dict, name: str, sheet: str | None,
           sheets: tuple[str, ...]) -> Table:
    """Find the header row, square the rows and number them as the spreadsheet does."""
    if not records:
        raise UserError("roster.empty", path=name)
    header_at = next((i for i, (_, cells) in enumerate(records[:HEADER_SEARCH_ROWS])
                      if any(_fold_header(c) in SYNONYMS["name"] for c in cells)), 0)
    width = max(_used_width(cells) for _, cells in records[header_at:])
    headers = [c.strip() for c in records[header_at][1][:width]]
    headers += [""] * (width - len(headers))
    data = records[header_at + 1:]
    if len(data) > MAX_ROWS:
        raise UserError("roster.too_many_rows", path=name, limit=f"{MAX_ROWS:,}")
    rows = [(cells + [""] * width)[:width] for _, cells in data]
    shifted = {(i - header_at - 1, c): p for (i, c), p in problems.items() if i > header_at and c < width}
    return Table(headers, rows, [n for n, _ in data], shifted, name, sheet, sheets)


def _used_width(cells: list[str]) -> int:
    for i in range(len(cells) - 1, -1, -1):
        if cells[i].strip():
            return i + 1
    return 0


# -- mapping ----------------------------------------------------------------------------------


def _fold_header(text: str) -> str:
    """A header as `fold` compares text, except that a dot separates words ("No.HP" = "no hp")."""
    return fold(str(text).replace(".", " "))


def suggest_mapping(headers: list[str]) -> dict[str, int | None]:
    """field -> column index (None: not in the file), from the headers' words.

    An exact header word wins over a header that merely starts with one ("Nama
    Lengkap dan Gelar" -> name); each column serves one field at most.
    """
    candidates = []  # (score, field order, column, field)
    for column, header in enumerate(headers):
        folded = _fold_header(header)
        if not folded:
            continue
        for order, field in enumerate(FIELDS):
            for rank, word in enumerate(SYNONYMS[field]):
                if folded == word:
                    candidates.append((0, rank, order, column, field))
                elif folded.startswith(word + " "):
                    candidates.append((1, rank, order, column, field))
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    used: set[int] = set()
    for *_, column, field in sorted(candidates):
        if mapping[field] is None and column not in used:
            mapping[field] = column
            used.add(column)
    return mapping


# -- preview and import -----------------------------------------------------------------------


def _mapped_columns(table: Table, mapping: dict[str, int | None]) -> dict[str, int]:
    columns = {f: c for f, c in mapping.items() if c is not None and f in FIELDS and 0 <= c < len(table.headers)}
    if "name" not in columns:
        raise UserError("roster.no_name_column")
    return columns


def column_name(table: Table, column: int) -> str:
    """The column's header, or its spreadsheet letter (A, B, ... AA) when the header is blank."""
    return table.headers[column] or column_letter(column)


def column_letter(column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def preview(table: Table, mapping: dict[str, int | None],
            existing: Iterable[tuple[str, str]] = ()) -> list[RowResult]:
    """What importing each data row would do, without writing anything.

    `existing` holds the duplicate keys of people already in the workshop
    (`participants.existing_keys`), so they are reported as duplicates too.
    """
    columns = _mapped_columns(table, mapping)
    seen: dict[tuple[str, str], int] = {}
    taken = set(existing)
    results = []
    for index, cells in enumerate(table.rows):
        row = table.row_numbers[index]
        raw = {field: cells[column] for field, column in columns.items()}
        if not any(v.strip() for v in raw.values()):
            results.append(RowResult(row, index, "blank", None, ()))
            continue
        cell_problems = {f: table.cell_problems[(index, c)] for f, c in columns.items()
                         if (index, c) in table.cell_problems}
        cleaned, field_problems = check_fields({f: v for f, v in raw.items() if f not in cell_problems})
        problems = tuple((column_name(table, columns[f]), cell_problems.get(f) or field_problems[f])
                         for f in FIELDS if f in cell_problems or f in field_problems)
        if problems:
            results.append(RowResult(row, index, "error", None, problems))
            continue
        key = duplicate_key(cleaned["name"], cleaned.get("institution", ""))
        if key in seen:
            warning = UserError("roster.duplicate_in_file", row=seen[key])
            results.append(RowResult(row, index, "duplicate", cleaned, ((None, warning),)))
        elif key in taken:
            warning = UserError("roster.duplicate_existing")
            results.append(RowResult(row, index, "duplicate", cleaned, ((None, warning),)))
        else:
            seen[key] = row
            results.append(RowResult(row, index, "ok", cleaned, ()))
    return results


def import_rows(db: Database, workshop_id: str, table: Table, mapping: dict[str, int | None]) -> ImportReport:
    """Import every good row in one transaction; report skipped duplicates and row errors."""
    from fgd_app.store.models import Participant

    _mapped_columns(table, mapping)  # refuse before opening a transaction
    before_import(db.path)
    with db.transaction() as tx:
        if not tx.conn.execute("SELECT 1 FROM workshop WHERE id = ?", (workshop_id,)).fetchone():
            raise UserError("workshop.not_found", ref=workshop_id)
        results = preview(table, mapping, existing_keys(db, workshop_id))
        ids = [tx.insert(Participant, workshop_id=workshop_id, **r.record).id for r in results if r.status == "ok"]
    return ImportReport(
        imported=len(ids),
        ids=ids,
        skipped=[r for r in results if r.status == "duplicate"],
        errors=[r for r in results if r.status == "error"],
        blank=sum(1 for r in results if r.status == "blank"),
    )


def iter_problem_lines(report: ImportReport, lang: str = "en") -> Iterator[str]:
    """The report's errors then skipped duplicates, one line each ("Row 7: NIP: ...")."""
    for result in sorted(report.errors + report.skipped, key=lambda r: r.row):
        yield result.message(lang)
