"""The wizard's state: the connection and the load plan of the import being prepared, with Qt signals.

The plan (``services.plan.LoadPlan``) holds every input and result of the import; this object only
says which plan is current and relays its events to the pages as a signal, napari-style.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from csod_desktop.ui import steps

if TYPE_CHECKING:  # the plan brings polars, the readers and validation: not before the Load type step
    from csod_desktop.services.plan import LoadPlan


class WizardState(QObject):
    """The portal connection, the chosen load type, and the current plan."""

    #: Emitted before the connection or the plan changes, so that whoever shows them exists to hear it
    #: (the window builds its pages that are not built yet).
    changing = Signal()
    connection_changed = Signal()
    #: Another plan became current (a new load type, or fix and reload).
    plan_changed = Signal()
    #: The current plan changed: "settings", "schema", "source", "mapping", "edits", "exclusions",
    #: "validation" or "payloads".
    plan_updated = Signal(str)
    steps_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile: Any = None
        self.context: Any = None  # services.context.AppContext for the selected profile
        self.load_type: Any = None  # api LoadType (type, title, type_id, is_custom_ou) of the current plan
        self.plan: LoadPlan | None = None

    # -- what the plan holds (read-only views for the pages) --------------------------------------------
    @property
    def settings(self) -> dict[str, Any]:
        return self.plan.settings if self.plan is not None else {}

    @property
    def schema(self) -> Any:
        return self.plan.schema if self.plan is not None else None

    @property
    def source(self) -> Any:
        return self.plan.source if self.plan is not None else None

    @property
    def mapping(self) -> Any:
        return self.plan.mapping if self.plan is not None else None

    @property
    def validation(self) -> Any:
        return self.plan.validation if self.plan is not None else None

    # -- changes ---------------------------------------------------------------------------------------
    def set_connection(self, profile: Any, context: Any) -> None:
        self.changing.emit()
        self.profile, self.context = profile, context
        self.connection_changed.emit()
        self.steps_changed.emit()

    def use_schema(self, load_type: Any, settings: dict[str, Any], schema: Any) -> None:
        """The Load type step read the portal's schema: the same type keeps its plan (file, mapping and
        edits stay, and the plan checks again under the new settings); another type starts a new plan."""
        plan = self.plan
        wanted = (load_type.type, _type_id(load_type.type_id))
        if plan is not None and (plan.load_type, _type_id(plan.type_id)) == wanted:
            self.changing.emit()
            self.load_type = load_type
            plan.set_settings(settings)
            plan.set_schema(schema)
            return
        self.load_type = load_type
        from csod_desktop.services.plan import LoadPlan

        self.set_plan(LoadPlan(load_type.type, type_id=load_type.type_id, title=load_type.title or load_type.type,
                               settings=settings, schema=schema))

    def set_plan(self, plan: LoadPlan | None) -> None:
        """Make ``plan`` the current one (its events are relayed as ``plan_updated``)."""
        self.changing.emit()
        if self.plan is not None:
            self.plan.unsubscribe(self._on_plan_event)
        self.plan = plan
        if plan is not None:
            plan.subscribe(self._on_plan_event)
        self.plan_changed.emit()
        self.steps_changed.emit()

    def _on_plan_event(self, what: str) -> None:
        self.plan_updated.emit(what)
        self.steps_changed.emit()

    def reachable(self, step: int) -> bool:
        """Whether step ``step`` has what it needs from the steps before it (``ui.steps``)."""
        return steps.reachable(self, step)


def _type_id(value: Any) -> str | None:
    return None if value is None else str(value)
