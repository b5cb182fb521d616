"""The wizard's state: what each step decided, carried forward to the next steps (a plain model with signals)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class WizardState(QObject):
    """Holds the choices of every step. Setting an earlier choice clears what depended on it."""

    connection_changed = Signal()
    load_type_changed = Signal()
    schema_changed = Signal()
    source_changed = Signal()
    mapping_changed = Signal()
    validation_changed = Signal()
    steps_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile: Any = None
        self.context: Any = None  # services.context: the API client for the selected profile
        self.load_type: Any = None  # api LoadType (type, title, type_id, is_custom_ou)
        self.settings: dict[str, Any] = {}
        self.schema: Any = None  # core.schema.Schema
        self.source: Any = None  # core.reading.SourceTable
        self.mapping: Any = None  # core.mapping.Mapping
        self.validation: Any = None  # core.validation.ValidationResult
        self.checked_frame: Any = None  # the mapped frame the validation ran on (edits included)
        self.payload: Any = None

    # Each setter resets the later steps, so a revisited step never shows stale results.
    def set_connection(self, profile: Any, context: Any) -> None:
        self.profile, self.context = profile, context
        self.connection_changed.emit()
        self.steps_changed.emit()

    def set_load_type(self, load_type: Any, settings: dict[str, Any]) -> None:
        changed = load_type != self.load_type
        self.load_type, self.settings = load_type, dict(settings)
        if changed:
            self.schema = None
            self.mapping = None
            self.validation = None
        self.load_type_changed.emit()
        self.steps_changed.emit()

    def set_schema(self, schema: Any) -> None:
        self.schema = schema
        self.mapping = None
        self.validation = None
        self.schema_changed.emit()
        self.steps_changed.emit()

    def set_source(self, source: Any) -> None:
        self.source = source
        self.mapping = None
        self.validation = None
        self.source_changed.emit()
        self.steps_changed.emit()

    def set_mapping(self, mapping: Any) -> None:
        self.mapping = mapping
        self.validation = None
        self.mapping_changed.emit()
        self.steps_changed.emit()

    def set_validation(self, result: Any, frame: Any) -> None:
        self.validation, self.checked_frame = result, frame
        self.validation_changed.emit()
        self.steps_changed.emit()

    def reachable(self, step: int) -> bool:
        """Whether step ``step`` (0 Connect .. 4 Review) has what it needs from the steps before it."""
        needs = [
            True,
            self.context is not None,
            self.schema is not None,
            self.schema is not None and self.source is not None,
            self.mapping is not None and self.source is not None,
        ]
        return needs[step] if step < len(needs) else True  # Run, Results, History: always open
