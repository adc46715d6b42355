"""Closed vocabularies of the domain, with their Indonesian and English labels.

Values are stable ASCII keys stored in the database and in bundles; labels are what
people read. Documents choose their language independently of the UI, so the labels
live here (Qt-free) rather than in Qt translation files.
"""

from __future__ import annotations

from enum import StrEnum



class Language(StrEnum):
    ID = "id"
    EN = "en"


LANGUAGES = tuple(Language)
DEFAULT_LANGUAGE = Language.ID


class Stage(StrEnum):
    BIMTEK1 = "bimtek1"
    BIMTEK2 = "bimtek2"
    BIMTEK3 = "bimtek3"
    BIMTEK4 = "bimtek4"
    OTHER = "other"


class WorkshopStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class InputKind(StrEnum):
    PROBLEM = "problem"
    POTENTIAL = "potential"
    IDEA = "idea"
    STRENGTH = "strength"
    WEAKNESS = "weakness"
    OPPORTUNITY = "opportunity"
    THREAT = "threat"
    READINESS_STRUCTURE = "readiness_structure"
    READINESS_INFRASTRUCTURE = "readiness_infrastructure"
    READINESS_SUPERSTRUCTURE = "readiness_superstructure"
    DECISION = "decision"
    QUESTION = "question"
    NOTE = "note"


class Horizon(StrEnum):
    QUICK_WIN = "quick_win"
    MEDIUM = "medium"
    LONG = "long"


class VoteSource(StrEnum):
    DIGITAL = "digital"
    PAPER = "paper"
    HANDS = "hands"


class Gender(StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


_LABELS: dict[str, tuple[str, str]] = {
    # value: (Indonesian, English)
    Stage.BIMTEK1: ("Bimtek 1", "Bimtek 1"),
    Stage.BIMTEK2: ("Bimtek 2", "Bimtek 2"),
    Stage.BIMTEK3: ("Bimtek 3", "Bimtek 3"),
    Stage.BIMTEK4: ("Bimtek 4", "Bimtek 4"),
    Stage.OTHER: ("Lainnya", "Other"),
    WorkshopStatus.PLANNED: ("Direncanakan", "Planned"),
    WorkshopStatus.RUNNING: ("Berlangsung", "Running"),
    WorkshopStatus.CLOSED: ("Selesai", "Closed"),
    InputKind.PROBLEM: ("Permasalahan", "Problem"),
    InputKind.POTENTIAL: ("Potensi", "Potential"),
    InputKind.IDEA: ("Gagasan", "Idea"),
    InputKind.STRENGTH: ("Kekuatan", "Strength"),
    InputKind.WEAKNESS: ("Kelemahan", "Weakness"),
    InputKind.OPPORTUNITY: ("Peluang", "Opportunity"),
    InputKind.THREAT: ("Ancaman", "Threat"),
    InputKind.READINESS_STRUCTURE: ("Kesiapan struktur", "Readiness: structure"),
    InputKind.READINESS_INFRASTRUCTURE: ("Kesiapan infrastruktur", "Readiness: infrastructure"),
    InputKind.READINESS_SUPERSTRUCTURE: ("Kesiapan suprastruktur", "Readiness: superstructure"),
    InputKind.DECISION: ("Keputusan", "Decision"),
    InputKind.QUESTION: ("Pertanyaan", "Question"),
    InputKind.NOTE: ("Catatan", "Note"),
    Horizon.QUICK_WIN: ("Quick win (± 1 tahun)", "Quick win (~1 year)"),
    Horizon.MEDIUM: ("Jangka menengah (5 tahun)", "Medium term (5 years)"),
    Horizon.LONG: ("Jangka panjang (10 tahun)", "Long term (10 years)"),
    VoteSource.DIGITAL: ("Digital", "Digital"),
    VoteSource.PAPER: ("Rekap kertas", "Paper tally"),
    VoteSource.HANDS: ("Angkat tangan", "Show of hands"),
    Gender.MALE: ("Laki-laki", "Male"),
    Gender.FEMALE: ("Perempuan", "Female"),
    ActionStatus.OPEN: ("Terbuka", "Open"),
    ActionStatus.DONE: ("Selesai", "Done"),
    ActionStatus.CANCELLED: ("Dibatalkan", "Cancelled"),
}


def gender_short(value: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """L/P in Indonesian (as attendance lists write it), M/F in English, "" when not recorded."""
    if not value:
        return ""
    return {"L": "M", "P": "F"}[value] if lang == "en" else value


def label(value: StrEnum | str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The human label of a vocabulary value in `lang` ('id' or 'en')."""
    indonesian, english = _LABELS[value]
    return english if lang == "en" else indonesian
