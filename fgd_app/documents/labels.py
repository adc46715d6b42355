"""Every fixed text of the documents, in Indonesian and English.

A document's language is chosen per export, independently of the interface language,
so these are plain strings here rather than Qt translations (the builders import no Qt).
"""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (Indonesian, English)
    "minutes": ("NOTULEN", "MINUTES"),
    "masterplan": ("DRAF MASTERPLAN SMART CITY", "DRAFT SMART CITY MASTERPLAN"),
    "day_date": ("Hari, tanggal", "Day, date"),
    "time": ("Waktu", "Time"),
    "place": ("Tempat", "Place"),
    "chair": ("Pimpinan rapat", "Chair"),
    "note_taker": ("Notulis", "Note-taker"),
    "participants": ("Peserta", "Participants"),
    "agenda": ("Acara", "Agenda"),
    "stage": ("Tahap", "Stage"),
    "regency": ("Kabupaten/Kota", "Regency/City"),
    "present_of": ("{present} orang hadir dari {total} undangan (laki-laki {male}, perempuan {female})",
                   "{present} present of {total} invited ({male} men, {female} women)"),
    "not_recorded": ("belum ditentukan", "not recorded"),
    "until_done": ("selesai", "until done"),
    "sec_participants": ("Peserta", "Participants"),
    "sec_agenda": ("Susunan acara", "Agenda"),
    "sec_discussion": ("Pembahasan", "Discussion"),
    "sec_votes": ("Hasil pemungutan suara dan prioritas", "Votes and priorities"),
    "sec_decisions": ("Kesimpulan dan keputusan", "Conclusions and decisions"),
    "sec_actions": ("Tindak lanjut", "Follow-up actions"),
    "sec_closing": ("Penutup", "Closing"),
    "col_no": ("No", "No"),
    "col_institution": ("Instansi", "Agency"),
    "col_male": ("L", "M"),
    "col_female": ("P", "F"),
    "col_unknown": ("?", "?"),
    "col_present": ("Hadir", "Present"),
    "col_invited": ("Undangan", "Invited"),
    "col_item": ("Acara", "Item"),
    "col_planned": ("Rencana", "Planned"),
    "col_actual": ("Pelaksanaan", "Actual"),
    "col_rank": ("Peringkat", "Rank"),
    "col_theme_input": ("Tema / masukan", "Theme / input"),
    "col_pillar": ("Pilar", "Pillar"),
    "col_dots": ("Dot", "Dots"),
    "col_paper": ("Kertas", "Paper"),
    "col_hands": ("Tangan", "Hands"),
    "col_total": ("Total", "Total"),
    "col_action": ("Tindak lanjut", "Action"),
    "col_owner": ("Penanggung jawab", "Owner"),
    "col_due": ("Tenggat", "Due"),
    "col_status": ("Status", "Status"),
    "col_name": ("Nama", "Name"),
    "col_position_nip": ("Jabatan / NIP", "Position / NIP"),
    "col_phone": ("No HP", "Phone"),
    "col_signature": ("Tanda tangan", "Signature"),
    "col_programme": ("Program", "Programme"),
    "col_element": ("Elemen", "Element"),
    "col_lead": ("OPD pengampu", "Lead OPD"),
    "col_support": ("OPD pendukung", "Supporting OPDs"),
    "col_indicator": ("Indikator", "Indicator"),
    "col_year": ("Tahun target", "Target year"),
    "col_funding": ("Pendanaan", "Funding"),
    "col_votes": ("Suara", "Votes"),
    "col_priority": ("Dampak × kelayakan", "Impact × feasibility"),
    "col_opd": ("OPD", "OPD"),
    "col_sources": ("Masukan asal", "Source inputs"),
    "opening": ("Rapat dibuka pukul {time} oleh {chair}.", "The meeting was opened at {time} by {chair}."),
    "opening_no_chair": ("Rapat dibuka pukul {time}.", "The meeting was opened at {time}."),
    "closing": ("Rapat ditutup pukul {time}.", "The meeting was closed at {time}."),
    "closing_open": ("Rapat belum ditutup saat notulen ini dibuat.", "The meeting had not been closed when these "
                     "minutes were made."),
    "themes": ("Tema yang disepakati", "Themes agreed"),
    "theme_size": ("{title} ({count} masukan)", "{title} ({count} inputs)"),
    "no_inputs": ("Tidak ada masukan yang dicatat untuk pilar ini.", "No inputs were recorded for this pillar."),
    "no_votes": ("Tidak ada pemungutan suara.", "No votes were cast."),
    "no_actions": ("Tidak ada tindak lanjut yang dicatat.", "No follow-up actions were recorded."),
    "no_decisions": ("Tidak ada keputusan yang dicatat.", "No decisions were recorded."),
    "chart_title": ("Sepuluh tema/masukan dengan suara terbanyak", "The ten themes/inputs with the most votes"),
    "votes_unit": ("suara", "votes"),
    "theme_prefix": ("Tema: {title}", "Theme: {title}"),
    "hidden_names": ("{count} peserta tidak bersedia namanya dicantumkan; mereka hanya dihitung dalam jumlah "
                     "peserta.", "{count} participants did not agree to their name being shown; they are only "
                     "counted."),
    "attachment_attendance": ("Lampiran 1. Daftar Hadir", "Attachment 1. Attendance list"),
    "attachment_photos": ("Lampiran 2. Dokumentasi", "Attachment 2. Photo documentation"),
    "no_photos": ("Tidak ada foto.", "No photos."),
    "role_note_taker": ("Notulis,", "Note-taker,"),
    "role_chair": ("Pimpinan Rapat,", "Chair,"),
    "page_label": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "made_with": ("Dibuat dengan fgd-app", "Made with fgd-app"),
    "all_pillars": ("Semua pilar", "All pillars"),
    "pillar": ("Pilar {name}", "Pillar {name}"),
    "analysis": ("Analisis", "Analysis"),
    "problems": ("Permasalahan", "Problems"),
    "potentials": ("Potensi", "Potentials"),
    "swot": ("Analisis SWOT", "SWOT analysis"),
    "readiness": ("Kesiapan", "Readiness"),
    "programmes_by_horizon": ("Program menurut jangka waktu", "Programmes by horizon"),
    "quick_wins": ("Quick win", "Quick wins"),
    "roadmap": ("Peta jalan", "Roadmap"),
    "opd_matrix": ("Matriks tanggung jawab OPD", "OPD responsibility matrix"),
    "trace": ("Jejak masukan ke program", "Which inputs fed which programme"),
    "none": ("—", "—"),
    "no_programmes": ("Belum ada program.", "No programmes yet."),
    "draft_note": ("Draf ini disusun otomatis dari hasil {title} ({date}) dan perlu ditelaah oleh tim "
                   "penyusun masterplan.", "This draft was assembled from the results of {title} ({date}) and needs "
                   "review by the masterplan team."),
    "lead_mark": ("P", "L"),
    "support_mark": ("D", "S"),
    "opd_legend": ("P = pengampu, D = pendukung.", "L = lead, S = supporting."),
    "target_mark": ("●", "●"),
    "consolidated": ("konsolidasi {count} FGD", "consolidated from {count} FGDs"),
    "consolidated_note": ("Draf ini disusun otomatis dari hasil {count} FGD ({first} sampai {last}) dan perlu "
                          "ditelaah oleh tim penyusun masterplan.", "This draft was assembled from the results of "
                          "{count} FGDs ({first} to {last}) and needs review by the masterplan team."),
    "sources": ("FGD yang dirangkum", "FGDs this draft draws on"),
    "cite_note": ("Angka dalam kurung siku, misalnya [2], menunjuk FGD bernomor itu pada tabel di atas.",
                  "A number in square brackets, e.g. [2], refers to the FGD of that number in the table above."),
    "col_date": ("Tanggal", "Date"),
    "col_title": ("Judul", "Title"),
    "col_attended": ("Hadir / peserta", "Present / participants"),
    "attended_of": ("{present} / {total}", "{present} / {total}"),
}


def text(key: str, lang: str, **params: object) -> str:
    """The document text `key` in `lang` ('id' or 'en'), with its {placeholders} filled."""
    indonesian, english = _TEXTS[key]
    template = english if lang == "en" else indonesian
    return template.format(**params) if params else template


def roman(number: int) -> str:
    """Section numbers as government documents write them: I, II, III, IV …"""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out
