"""Step 2, Load type: what the portal offers (specification + permissions) and the job settings for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate
from csod_desktop.ui.language import number
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.settings_form import SettingsForm, portal_word, settings_specs
from csod_desktop.ui.widgets import tab_after

def sentences() -> dict[str, str]:
    """What each standard load type loads, by its id, in the window's language (asked when shown)."""
    return {
        "chr.employee": translate("LoadTypePage", "Creates and updates employees: their identity, manager, "
                                  "organizational units and custom fields."),
        "ou.division": translate("LoadTypePage", "Creates and updates divisions, the units that group employees "
                                 "by part of the business."),
        "ou.position": translate("LoadTypePage", "Creates and updates positions, the jobs employees hold."),
        "ou.location": translate("LoadTypePage", "Creates and updates locations: the offices and sites where "
                                 "employees work."),
        "ou.costcenter": translate("LoadTypePage", "Creates and updates cost centers, the units costs are charged to."),
        "ou.grade": translate("LoadTypePage", "Creates and updates grades, the pay or job levels."),
        "ou.legalentity": translate("LoadTypePage", "Creates and updates legal entities: the companies that employ "
                                    "your people."),
    }


def describe(load_type: Any) -> str:
    """One sentence on what a load type loads (custom OUs by their portal name)."""
    if getattr(load_type, "is_custom_ou", False):
        return translate("LoadTypePage", "Creates and updates {title}, a custom unit type of your portal "
                         "(type_id {type_id}).").format(title=load_type.title, type_id=load_type.type_id)
    known = sentences().get(load_type.type)
    if known is not None:
        return known
    return translate("LoadTypePage", "Loads {title} records.").format(title=load_type.title or load_type.type)


@dataclass
class Offer:
    """A load type with whether the API user may load it."""

    load_type: Any
    permitted: bool
    permission: str = ""


def _offers_job(context: Any):
    def job(control: Any) -> tuple[list[Offer], dict[str, Any]]:
        client = context.client
        types = list(client.load_types())
        control.check()
        try:
            permissions = client.permissions()
        except CsodError:
            permissions = None  # without bulkapipermission:read, offer everything and let the portal decide
        spec = client.specification()
        allowed = None
        if permissions is not None:
            allowed = {str(p.get("type")): str(p.get("permission", "")) for p in permissions if isinstance(p, dict)}
        offers = [Offer(t, allowed is None or t.type in allowed, (allowed or {}).get(t.type, "")) for t in types]
        return offers, spec

    return job


def _schema_job(context: Any, load_type: Any, settings: dict[str, Any]):
    def job(control: Any) -> Any:
        from csod_desktop.services.schemas import fetch_schema

        return fetch_schema(context.client, load_type.type, load_type.type_id, settings)

    return job


class LoadTypePage(StepPage):
    @property
    def title(self) -> str:
        return translate("LoadTypePage", "What do you want to load?")

    @property
    def lead(self) -> str:
        return translate("LoadTypePage", "These are the load types your portal offers to this API user. Pick one, "
                         "check its settings, then continue: the app fetches the portal's schema for it.")

    def __init__(self, services, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self.offers: list[Offer] = []
        self.specification: dict[str, Any] | None = None
        self._loaded_for: Any = None

        self.type_list = QListWidget(objectName="typeList")
        self.type_list.setAccessibleName(translate("LoadTypePage", "Load types"))
        self.type_list.setWordWrap(True)
        self.type_list.setSpacing(2)
        self.type_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.type_list.viewport().installEventFilter(self)  # its width sets the items' wrapped height
        self.reload_button = QPushButton(translate("LoadTypePage", "Reload from the portal"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.type_list, 1)
        left_layout.addWidget(self.reload_button)

        self.form = SettingsForm()
        self.settings_title = QLabel(translate("LoadTypePage", "Settings"), objectName="sectionTitle")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its settings (and scrolls to them), not to it
        group = QGroupBox(translate("LoadTypePage", "Job settings"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(scroll)
        self.continue_button = QPushButton(translate("LoadTypePage", "Continue"), objectName="continueButton")
        self.continue_button.setProperty("primary", True)
        self.continue_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(group, 1)
        right_layout.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([360, 520])
        self.body.addWidget(split, 1)

        self.type_list.currentRowChanged.connect(self._on_type_list_row_changed)
        self.reload_button.clicked.connect(self.load_offers)
        self.continue_button.clicked.connect(self.fetch_schema)
        self.form.changed.connect(self._on_form_changed)
        state.connection_changed.connect(self._on_state_connection_changed)
        state.plan_updated.connect(self._on_state_plan_updated)

    # -- offers ------------------------------------------------------------------------------------
    def entered(self) -> None:
        if self.state.context is not None and self._loaded_for is not self.state.context:
            self.load_offers()

    def _on_state_connection_changed(self) -> None:
        self._loaded_for = None
        self.type_list.clear()

    def load_offers(self) -> None:
        context = self.state.context
        if context is None:
            return
        self._loaded_for = context
        self.type_list.clear()
        self.reload_button.setEnabled(False)
        self.pool.start(
            _offers_job(context),
            name="load types",
            on_success=self._on_offers_loaded,
            on_error=self.bridge.exception,
            on_finish=lambda: self.reload_button.setEnabled(True),
        )

    def _on_offers_loaded(self, result: tuple[list[Offer], dict[str, Any]]) -> None:
        self.offers, self.specification = result
        self.type_list.clear()
        for offer in self.offers:
            lt = offer.load_type
            name = lt.title or lt.type
            code = f"{lt.type} · type_id {lt.type_id}" if lt.is_custom_ou else lt.type
            text = f"{name}   ({code})\n{describe(lt)}"
            if not offer.permitted:
                text += "\n" + translate("LoadTypePage", "Your API user lacks the permission for this type; ask "
                                          "your Cornerstone administrator.")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, offer)
            if not offer.permitted:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.type_list.addItem(item)
        self._fit_items()
        current = self.state.load_type
        for row, offer in enumerate(self.offers):
            if current is not None and offer.load_type == current:
                self.type_list.setCurrentRow(row)
                break

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.type_list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_items()
        return False

    def _fit_items(self) -> None:
        """Each offer as high as its text wrapped at the list's width: a sentence 40 % longer in another
        language takes another line, never an ellipsis (a fixed height cut the descriptions off)."""
        width = max(120, self.type_list.viewport().width() - 2 * self.type_list.spacing() - 12)
        metrics = self.type_list.fontMetrics()
        for row in range(self.type_list.count()):
            item = self.type_list.item(row)
            needed = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                          item.text()).height()
            hint = QSize(width, needed + 14)
            if item.sizeHint() != hint:
                item.setSizeHint(hint)

    def select_type(self, type_name: str, type_id: Any = None) -> bool:
        for row, offer in enumerate(self.offers):
            lt = offer.load_type
            if lt.type == type_name and (type_id is None or str(lt.type_id) == str(type_id)) and offer.permitted:
                self.type_list.setCurrentRow(row)
                return True
        return False

    def current_offer(self) -> Offer | None:
        item = self.type_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_type_list_row_changed(self, _row: int) -> None:
        offer = self.current_offer()
        self.continue_button.setEnabled(offer is not None and offer.permitted)
        if offer is None:
            return
        lt = offer.load_type
        specs = settings_specs(self.specification, lt.type, lt.type_id)
        self.form.set_specs(specs, portal_word(self.state.profile))
        tab_after(self.reload_button, self.form)  # the settings, made now, are read before Continue under them
        plan = self._plan_of(offer)
        if plan is not None:
            self.form.set_values(plan.settings)  # the choices made for this import, not the defaults
        self.continue_button.setText(translate("LoadTypePage", "Continue with {title}").format(title=lt.title or lt.type))

    def _plan_of(self, offer: Offer | None) -> Any:
        """The current plan when it is for ``offer``'s load type."""
        plan = self.state.plan
        if plan is None or offer is None:
            return None
        lt = offer.load_type
        same = (plan.load_type, str(plan.type_id)) == (lt.type, str(lt.type_id))
        return plan if same else None

    def _on_state_plan_updated(self, what: str) -> None:
        """A setting changed elsewhere (Review's "Use fr-FR for dates", or its Undo): the form shows it."""
        if what != "settings":
            return
        plan = self._plan_of(self.current_offer())
        if plan is not None and plan.settings != self.form.values():
            # Every setting of the form: one the plan no longer has (an undone switch) shows "Not sent" again.
            self.form.set_values({spec.name: plan.settings.get(spec.name) for spec in self.form.specs})

    def _on_form_changed(self) -> None:
        """A setting changed: the import being prepared takes it at once, so Review checks with it."""
        plan = self._plan_of(self.current_offer())
        if plan is not None:
            plan.set_settings(self.form.values())

    # -- schema ------------------------------------------------------------------------------------
    def fetch_schema(self) -> None:
        offer = self.current_offer()
        if offer is None or self.state.context is None:
            return
        settings = self.form.values()
        self.continue_button.setEnabled(False)
        self.pool.start(
            _schema_job(self.state.context, offer.load_type, settings),
            name="schema",
            on_success=lambda schema: self._on_schema_loaded(offer.load_type, settings, schema),
            on_error=self.bridge.exception,
            on_finish=lambda: self.continue_button.setEnabled(True),
        )

    def _on_schema_loaded(self, load_type: Any, settings: dict[str, Any], schema: Any) -> None:
        before = self.state.plan
        self.state.use_schema(load_type, settings, schema)
        n = len(schema.properties)
        kept = self.state.source is not None  # the same load type keeps its plan: file, mapping, edits
        title = load_type.title or schema.load_type
        if kept:
            nxt = translate("LoadTypePage", "Your file and mapping are kept and checked again.")
        else:
            nxt = translate("LoadTypePage", "Next, choose your file.")
        if before is not None and before is not self.state.plan and before.source is not None:
            # Another load type is another import: what the previous one had is said, never dropped quietly.
            nxt = translate("LoadTypePage", "{title} is another import, so it starts without a file: {file} and its "
                            "mapping were for {before}. Next, choose the file.").format(
                title=title, file=before.source.path.name, before=before.title)
        # Two whole sentences, each translated whole: what the schema has, then what comes next.
        said = translate("LoadTypePage", "The portal's schema for {title} has %n field(s), {required} of them "
                         "required.", None, n).format(title=title, required=number(len(schema.required)))
        self.bridge.info(f"{said} {nxt}")
        self.completed.emit()
