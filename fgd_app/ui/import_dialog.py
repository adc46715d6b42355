"""The import dialog: choose a CSV/XLSX list, check the column mapping, see every row's fate, import.

Layout in `forms/import_dialog.ui`. Nothing is written until "Import N rows": the
preview runs the same cleaning as the import (`services.roster_import.preview`) and
also marks people already in the workshop as duplicates, so the number on the button
is exactly the number that will be added. The import itself is one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox, QWidget

from fgd_app.errors import UserError
from fgd_app.services.participants import FIELDS, existing_keys
from fgd_app.services.roster_import import (
    ImportReport,
    RowResult,
    Table,
    column_letter,
    import_rows,
    preview,
    read_table,
    suggest_mapping,
)
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.views import fit_columns
from fgd_app.ui.forms import load_form
from fgd_app.ui.participants_model import ImportPreviewModel

LAST_DIR_KEY = "ui/participants/last_dir"
PROBLEM_LINES_SHOWN = 8



def number(n: int) -> str:
    """1.234 in Indonesian, 1,234 in English: counts people read at a glance."""
    return QLocale(QLocale.Language.Indonesian if i18n.current_language() == "id" else QLocale.Language.English
                   ).toString(n)


class ImportDialog(QObject):
    """Controller of the dialog; `self.ui` is the QDialog from the form."""

    imported = Signal(object)  # the ImportReport, after a successful import

    def __init__(self, db: Database, workshop_id: str, feedback: Feedback, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.workshop_id = workshop_id
        self.feedback = feedback
        self.ui: QDialog = load_form("import_dialog.ui", parent)
        self.ui.setWindowModality(Qt.WindowModality.WindowModal)
        self.table: Table | None = None
        self.path: Path | None = None
        self.results: list[RowResult] = []
        self.report: ImportReport | None = None
        self.model = ImportPreviewModel(self, lang=i18n.current_language())
        self.combos: dict[str, QComboBox] = {f: getattr(self.ui, f"map_{f}_combo") for f in FIELDS}
        self._filling = False
        ui = self.ui
        ui.preview_table.setModel(self.model)
        header = ui.preview_table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # fit columns to the first rows: 10,000 would be slow
        header.setStretchLastSection(True)
        self.model.modelReset.connect(self._fit_columns)
        ui.choose_button.clicked.connect(self.choose_file)
        ui.sheet_combo.activated.connect(self._sheet_chosen)
        for combo in self.combos.values():
            combo.activated.connect(self.update_preview)
        ui.problems_only_check.toggled.connect(self.model.set_problems_only)
        ui.import_button.clicked.connect(self.do_import)
        self._show_state()

    # -- choosing and reading ------------------------------------------------------------------

    def start(self) -> None:
        """Show the dialog and ask for the file right away; cancelling that closes it again."""
        self.ui.open()
        if not self.choose_file():
            self.ui.reject()

    def choose_file(self) -> bool:
        settings = QSettings()
        start_dir = str(settings.value(LAST_DIR_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self.ui, QCoreApplication.translate("ImportDialog", "Choose a participant list"), start_dir,
            QCoreApplication.translate("ImportDialog", "Participant lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)"))
        if not path:
            return False
        settings.setValue(LAST_DIR_KEY, str(Path(path).parent))
        return self.load(Path(path))

    def load(self, path: Path, sheet: str | None = None) -> bool:
        """Read `path` and preview it with the suggested mapping; a bad file is explained."""
        try:
            table = read_table(path, sheet)
        except UserError as err:
            text = err.message(i18n.current_language())
            self.ui.result_label.setText(text)
            QMessageBox.warning(self.ui, QCoreApplication.translate("ImportDialog", "Cannot import this file"), text)
            return False
        self.path, self.table, self.report = path, table, None
        self.ui.file_edit.setText(str(path))
        self.ui.result_label.clear()
        self._filling = True
        try:
            self.ui.sheet_combo.clear()
            self.ui.sheet_combo.addItems(list(table.sheets))
            if table.sheet:
                self.ui.sheet_combo.setCurrentText(table.sheet)
            headers = [f"{column_letter(i)}: {h}" if h else column_letter(i) for i, h in enumerate(table.headers)]
            for field, column in suggest_mapping(table.headers).items():
                combo = self.combos[field]
                combo.clear()
                combo.addItem(QCoreApplication.translate("ImportDialog", "(not imported)"), None)
                for i, text in enumerate(headers):
                    combo.addItem(text, i)
                combo.setCurrentIndex(0 if column is None else column + 1)
        finally:
            self._filling = False
        self.update_preview()
        return True

    def _sheet_chosen(self, _index: int) -> None:
        if self.path is not None and self.ui.sheet_combo.currentText() != (self.table.sheet if self.table else None):
            self.load(self.path, self.ui.sheet_combo.currentText())

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    # -- preview and import --------------------------------------------------------------------

    def update_preview(self, *_: object) -> None:
        if self._filling or self.table is None:
            return
        mapping = self.mapping()
        try:
            self.results = preview(self.table, mapping, existing_keys(self.db, self.workshop_id))
        except UserError as err:  # no name column chosen
            self.results = []
            self.model.set_results(self.table, mapping, [])
            self.ui.preview_summary.setText(err.message(i18n.current_language()))
            self._show_state()
            return
        self.model.set_results(self.table, mapping, self.results)
        self._show_state()

    def counts(self) -> tuple[int, int, int]:
        """(rows to import, duplicates to skip, rows with errors) of the current preview."""
        statuses = [r.status for r in self.results]
        return statuses.count("ok"), statuses.count("duplicate"), statuses.count("error")

    def _show_state(self) -> None:
        ready, duplicates, errors = self.counts()
        ui = self.ui
        has_sheets = self.table is not None and len(self.table.sheets) > 1
        ui.sheet_combo.setVisible(has_sheets)
        ui.sheet_label.setVisible(has_sheets)
        ui.mapping_group.setEnabled(self.table is not None)
        ui.problems_only_check.setEnabled(bool(self.results))
        if self.results:
            ui.preview_summary.setText(
                QCoreApplication.translate("ImportDialog", "Ready to import: {ready} · duplicates to skip: {duplicates} · "
                   "rows with errors (not imported): {errors}").format(
                    ready=number(ready), duplicates=number(duplicates), errors=number(errors)))
        elif self.table is None:
            ui.preview_summary.setText(QCoreApplication.translate("ImportDialog", "Choose a CSV or Excel file with one participant per row."))
        ui.import_button.setText(QCoreApplication.translate("ImportDialog", "&Import {count} rows").format(count=number(ready)))
        ui.import_button.setEnabled(ready > 0 and self.report is None)

    def do_import(self) -> ImportReport | None:
        if self.table is None:
            return None
        report = self.feedback.run(self.ui, import_rows, self.db, self.workshop_id, self.table, self.mapping())
        if report is None:
            return None
        self.report = report
        self.ui.result_label.setText(self.summary(report))
        self.ui.import_button.setEnabled(False)
        self.ui.close_button.setDefault(True)
        self.ui.close_button.setFocus()
        self.feedback.info(QCoreApplication.translate("ImportDialog", "Imported {imported} participants.").format(imported=number(report.imported)))
        self.imported.emit(report)
        return report

    def summary(self, report: ImportReport) -> str:
        lang = i18n.current_language()
        lines = [QCoreApplication.translate("ImportDialog", "Imported: {imported} · skipped duplicates: {skipped} · rows with errors: {errors}").format(
            imported=number(report.imported), skipped=number(len(report.skipped)), errors=number(len(report.errors)))]
        problems = sorted(report.errors, key=lambda r: r.row)[:PROBLEM_LINES_SHOWN]
        lines += [r.message(lang) for r in problems]
        if len(report.errors) > PROBLEM_LINES_SHOWN:
            lines.append(QCoreApplication.translate("ImportDialog", "… and {more} more rows with errors (shown highlighted above).").format(
                more=number(len(report.errors) - PROBLEM_LINES_SHOWN)))
        return "\n".join(lines)

    def _fit_columns(self) -> None:
        fit_columns(self.ui.preview_table, range(self.model.columnCount() - 1), padding=12,
                    limits={self.model.PROBLEMS: 380}, default_limit=240)

    def retranslate(self) -> None:
        self.model.set_language(i18n.current_language())
        if self.combos["name"].count():
            for combo in self.combos.values():
                combo.setItemText(0, QCoreApplication.translate("ImportDialog", "(not imported)"))
        self.update_preview()
        if self.report is not None:
            self.ui.result_label.setText(self.summary(self.report))
