"""Step 1, Connect: saved profiles (add, edit, remove), the secret in the keyring, and a connection self-test."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csod_desktop.errors import CsodError
from csod_desktop.i18n import translate
from csod_desktop.store.profiles import DEFAULT_SCOPES, ENVIRONMENTS, Profile
from csod_desktop.ui import theme
from csod_desktop.ui.page import StepPage
from csod_desktop.ui.services import UiServices, _close
from csod_desktop.ui.widgets import Collapsible

def check_fields(check: Any) -> tuple[str, bool | None, str]:
    """(label, ok, detail) of a self-test check, whatever the services call its fields."""
    label = next((str(getattr(check, a)) for a in ("title", "label", "name") if getattr(check, a, None)), str(check))
    ok = getattr(check, "ok", getattr(check, "passed", None))
    status = getattr(check, "status", None)
    if ok is None and status is not None:
        ok = {"ok": True, "pass": True, "passed": True, "fail": False, "failed": False}.get(str(status).lower())
    detail = str(getattr(check, "message", "") or getattr(check, "detail", "") or "")
    hint = str(getattr(check, "hint", "") or "")
    if hint and ok is False:
        detail = f"{detail} {hint}".strip()
    return label, ok, detail


class ConnectPage(StepPage):
    @property
    def title(self) -> str:
        return translate("ConnectPage", "Connect to your portal")

    @property
    def lead(self) -> str:
        return translate("ConnectPage", "Choose a saved connection or add one with the client id and secret from "
                         "Cornerstone's API Management page, then test it. The secret is kept in your computer's "
                         "keyring, never in a file.")

    connected = Signal()

    def __init__(self, services: UiServices, state, bridge, pool, parent=None) -> None:
        super().__init__(state, bridge, pool, parent)
        self.services = services
        self._editing: str | None = None
        self._worker = None
        #: Secrets typed this session, by profile name: kept in memory (never written) until the window
        #: closes, so a test or a reconnect does not ask for them again when the keyring is not used.
        self._typed: dict[str, str] = {}

        self.profile_list = QListWidget(objectName="profileList")
        self.profile_list.setAccessibleName(translate("ConnectPage", "Saved profiles"))
        self.add_button = QPushButton(translate("ConnectPage", "Add"))
        self.remove_button = QPushButton(translate("ConnectPage", "Remove"))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.profiles_hint = QLabel(translate("ConnectPage", "No saved profile yet: fill in the form and test it."),
                                    objectName="emptyHint")
        self.profiles_hint.setWordWrap(True)
        left_layout.addWidget(self.profiles_hint)
        left_layout.addWidget(self.profile_list, 1)
        left_layout.addLayout(list_buttons)

        self.name_edit = QLineEdit(placeholderText=translate("ConnectPage", "e.g. Acme production"))
        self.portal_edit = QLineEdit(placeholderText=translate("ConnectPage", "acme (from https://acme.csod.com)"))
        self.env_combo = QComboBox()
        # The item's data is the environment's id (what the profile stores); its text is the window's word.
        names = {"production": translate("ConnectPage", "production"), "stage": translate("ConnectPage", "stage"),
                 "pilot": translate("ConnectPage", "pilot")}
        for environment in ENVIRONMENTS:
            self.env_combo.addItem(names.get(environment, environment), environment)
        self.root_edit = QLineEdit(
            placeholderText=translate("ConnectPage", "optional: https://acme-pil.csod.com overrides the two above"))
        self.client_edit = QLineEdit(placeholderText=translate("ConnectPage", "from API Management"))
        self.secret_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(translate("ConnectPage", "Client secret"))
        self.secret_edit.setAccessibleDescription(translate(
            "ConnectPage", "The secret of the API application, from Cornerstone's API Management page. Typed "
            "characters are hidden; it is kept in this computer's keyring if you tick Remember, never in the profile."))
        self.remember_check = QCheckBox(translate("ConnectPage", "Remember the secret in this computer's keyring"))
        self.scopes_edit = QLineEdit(" ".join(DEFAULT_SCOPES))
        self.scopes_edit.setToolTip(translate("ConnectPage", "Space-separated OAuth scopes requested with the token."))
        self.proxy_edit = QLineEdit(placeholderText=translate("ConnectPage", "empty: this computer's proxy settings"))
        self.proxy_edit.setToolTip(translate("ConnectPage", "A proxy for this portal only, e.g. "
                                             "http://proxy.acme.local:8080 (ask IT). The local sandbox is never "
                                             "reached through a proxy."))
        self.proxy_user_edit = QLineEdit(placeholderText=translate("ConnectPage", "only if the proxy asks for one"))
        self.proxy_password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                             placeholderText=translate("ConnectPage", "kept in the keyring"))
        self.proxy_password_edit.setAccessibleName(translate("ConnectPage", "Proxy password"))
        advanced_body = QWidget()
        adv = QFormLayout(advanced_body)
        adv.setContentsMargins(0, 0, 0, 0)
        adv.addRow(translate("ConnectPage", "Scopes"), self.scopes_edit)
        adv.addRow(translate("ConnectPage", "Proxy"), self.proxy_edit)
        adv.addRow(translate("ConnectPage", "Proxy user"), self.proxy_user_edit)
        adv.addRow(translate("ConnectPage", "Proxy password"), self.proxy_password_edit)
        self.advanced = Collapsible(translate("ConnectPage", "Advanced"), advanced_body)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ConnectPage", "Profile name"), self.name_edit)
        form.addRow(translate("ConnectPage", "Portal name"), self.portal_edit)
        form.addRow(translate("ConnectPage", "Environment"), self.env_combo)
        form.addRow(translate("ConnectPage", "Root URL"), self.root_edit)
        form.addRow(translate("ConnectPage", "Client id"), self.client_edit)
        form.addRow(translate("ConnectPage", "Client secret"), self.secret_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.advanced)

        self.save_button = QPushButton(translate("ConnectPage", "Save profile"))
        self.test_button = QPushButton(translate("ConnectPage", "Test connection"), objectName="testButton")
        self.test_button.setProperty("primary", True)
        self.cancel_button = QPushButton(translate("ConnectPage", "Cancel"))
        self.cancel_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.test_button)

        self.checks = QTreeWidget(objectName="checkList")
        self.checks.setHeaderLabels([translate("ConnectPage", "Check"), translate("ConnectPage", "Result")])
        self.checks.setRootIsDecorated(False)
        self.checks.setColumnWidth(0, 220)
        self.checks.setAccessibleName(translate("ConnectPage", "Connection checks"))
        self.checks.setWordWrap(True)
        self.checks_hint = QLabel(translate("ConnectPage", "Press Test connection: each check appears here as it "
                                            "completes."), objectName="emptyHint")
        self.checks_hint.setWordWrap(True)

        group = QGroupBox(translate("ConnectPage", "Connection"))
        group_layout = QVBoxLayout(group)
        group_layout.addLayout(form)
        group_layout.addLayout(actions)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(group)
        right_layout.addWidget(self.checks_hint)
        right_layout.addWidget(self.checks, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 640])
        self.body.addWidget(split, 1)

        self.root_edit.textChanged.connect(self._on_root_edit_changed)
        self.profile_list.currentItemChanged.connect(self._on_profile_list_current_changed)
        self.add_button.clicked.connect(self.new_profile)
        self.remove_button.clicked.connect(self.remove_profile)
        self.save_button.clicked.connect(self.save_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        # The OS keyring is asked in started(), after the window's first paint (issue 15).
        self._ask_keyring = False
        self.remember_check.setEnabled(False)
        self.remember_check.setToolTip(translate("ConnectPage", "Asking this computer's keyring…"))
        self.reload_profiles(select=services.last_used())
        self._ask_keyring = True

    def started(self) -> None:
        available = self.services.keyring_available()
        self.remember_check.setEnabled(available)
        self.remember_check.setToolTip(
            "" if available else translate("ConnectPage", "This computer has no keyring: the secret is asked each "
                                           "session."))
        profile = self.current_profile()
        if profile is not None:
            self._show_secret_state(profile)
        else:
            self.remember_check.setChecked(available)

    def _on_root_edit_changed(self, text: str) -> None:
        # A root URL replaces the portal name and environment: grey them out so the form never says two things.
        explicit = bool(text.strip())
        self.portal_edit.setEnabled(not explicit)
        self.env_combo.setEnabled(not explicit)

    # -- profile list -------------------------------------------------------------------------------
    def reload_profiles(self, select: str | None = None) -> None:
        try:
            profiles = self.services.list_profiles()
        except CsodError as err:
            self.bridge.exception(err)
            profiles = []
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in profiles:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            item.setToolTip(profile.where)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        row = next((i for i, p in enumerate(profiles) if p.name == select), 0 if profiles else -1)
        if row >= 0:
            self.profile_list.setCurrentRow(row)
            self._show_profile(profiles[row])
        else:
            self.new_profile()
        self.remove_button.setEnabled(bool(profiles))
        self.profiles_hint.setVisible(not profiles)

    def current_profile(self) -> Profile | None:
        item = self.profile_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_profile_list_current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self._show_profile(current.data(Qt.ItemDataRole.UserRole))

    def _show_profile(self, profile: Profile) -> None:
        self._editing = profile.name
        self.name_edit.setText(profile.name)
        self.portal_edit.setText(profile.portal or "")
        self.env_combo.setCurrentIndex(max(0, self.env_combo.findData(profile.environment or "production")))
        self.root_edit.setText("" if profile.portal and profile.environment else profile.root_url)
        self.client_edit.setText(profile.client_id)
        self.scopes_edit.setText(" ".join(profile.scopes))
        self.proxy_edit.setText(profile.proxy or "")
        self.proxy_user_edit.setText(profile.proxy_user or "")
        self.proxy_password_edit.clear()
        if profile.proxy:
            self.advanced.button.setChecked(True)  # a configured proxy is shown, never hidden
        self.secret_edit.setText(self._typed.get(profile.name, ""))
        self._show_secret_state(profile)
        self._clear_checks()

    def _show_secret_state(self, profile: Profile) -> None:
        """What the keyring holds for ``profile`` (asked only once the window is up: ``started``)."""
        self.proxy_password_edit.setPlaceholderText(
            translate("ConnectPage", "saved in the keyring (type to replace)")
            if self._ask_keyring and profile.proxy_user and self.services.has_proxy_password(profile)
            else translate("ConnectPage", "kept in the keyring"))
        has = self._ask_keyring and self.services.has_saved_secret(profile)
        self.remember_check.setChecked(has)
        if has:
            self.secret_edit.setPlaceholderText(translate("ConnectPage", "saved in the keyring (type to replace)"))
        elif profile.is_sandbox:
            self.secret_edit.setPlaceholderText(translate("ConnectPage", "not needed for the local sandbox"))
        else:
            self.secret_edit.setPlaceholderText(translate("ConnectPage", "from API Management"))

    def new_profile(self) -> None:
        self.profile_list.clearSelection()
        self.profile_list.setCurrentRow(-1)
        self._editing = None
        for edit in (self.name_edit, self.portal_edit, self.root_edit, self.client_edit, self.secret_edit,
                     self.proxy_edit, self.proxy_user_edit, self.proxy_password_edit):
            edit.clear()
        self.secret_edit.setPlaceholderText(translate("ConnectPage", "from API Management"))
        self.env_combo.setCurrentIndex(max(0, self.env_combo.findData("production")))
        self.scopes_edit.setText(" ".join(DEFAULT_SCOPES))
        self.remember_check.setChecked(self._ask_keyring and self.services.keyring_available())
        self._clear_checks()
        self.name_edit.setFocus()

    def _clear_checks(self) -> None:
        """A profile shown afresh: no check results yet, and the hint says how to get them."""
        self.checks.clear()
        self.checks_hint.show()

    def _profile_from_form(self) -> Profile:
        current = self.current_profile()
        return self.services.build_profile(
            previous=current if current is not None and current.name == self._editing else None,
            name=self.name_edit.text(),
            portal=self.portal_edit.text(),
            environment=self.env_combo.currentData(),
            root_url=self.root_edit.text(),
            client_id=self.client_edit.text(),
            scopes=self.scopes_edit.text(),
            proxy=self.proxy_edit.text(),
            proxy_user=self.proxy_user_edit.text(),
        )

    def save_profile(self) -> Profile | None:
        try:
            profile = self._profile_from_form()
            saved = self.services.save_profile(
                profile,
                previous_name=self._editing,
                secret=self.secret_edit.text(),
                remember=self.remember_check.isChecked(),
                proxy_password=self.proxy_password_edit.text(),
            )
        except CsodError as err:
            self.bridge.exception(err)
            return None
        typed = self.secret_edit.text()
        if self._editing is not None and self._editing != saved.name:
            self._typed.pop(self._editing, None)
        if typed:
            self._typed[saved.name] = typed
        self.reload_profiles(select=saved.name)
        self.bridge.success(translate("ConnectPage", "Profile '{name}' saved.").format(name=saved.name))
        return saved

    def remove_profile(self) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        try:
            self.services.delete_profile(profile)
        except CsodError as err:
            self.bridge.exception(err)
            return
        self._typed.pop(profile.name, None)
        self.bridge.info(translate("ConnectPage", "Profile '{name}' removed, with its saved secret.")
                         .format(name=profile.name))
        self.reload_profiles()

    # -- connection test ----------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Save the form, then run the self-test in a worker; on success the state gets the connection."""
        typed = self.secret_edit.text()
        profile = self.save_profile()
        if profile is None:
            return
        self.checks.clear()
        self.bridge.clear()
        self._set_running(True)
        self._worker = self.pool.start(
            self.services.connect_job(profile, typed),
            name="connection test",
            on_yield=self._on_worker_check,
            on_success=lambda result, p=profile: self._on_worker_connected(p, result),
            on_error=self._on_worker_failed,
            on_cancel=lambda: self.bridge.info(translate("ConnectPage", "Connection test stopped.")),
            on_finish=lambda: self._set_running(False),
        )

    def _set_running(self, running: bool) -> None:
        self.test_button.setEnabled(not running)
        self.save_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        if not running:
            self._worker = None

    def _on_cancel_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _on_worker_check(self, check: Any) -> None:
        label, ok, detail = check_fields(check)
        skipped = str(getattr(check, "status", "")).lower() == "skip"
        mark = "–" if skipped else ("✓" if ok else ("✗" if ok is False else "•"))
        if skipped:
            ok = None
        self.checks_hint.hide()  # the checks are here now: the hint to press the button is done
        item = theme.TonedItem([f"{mark}  {label}", detail], "error_strong" if ok is False else None)
        item.setToolTip(1, detail)
        item.setData(0, Qt.ItemDataRole.UserRole, ok)
        self.checks.addTopLevelItem(item)

    def _on_worker_connected(self, profile: Profile, result: Any) -> None:
        context, checks = result
        if context is None:
            # The banner says what went wrong in the check's own sentence (never its title, which names
            # what was being checked: "Token granted" read as if it had worked).
            failed = next((c for c in checks if check_fields(c)[1] is False), None)
            message = str(getattr(failed, "message", "") or "") or translate("ConnectPage", "a check did not pass.")
            self.bridge.error(translate("ConnectPage", "The connection test failed: {message}").format(message=message),
                              str(getattr(failed, "hint", "") or ""))
            return
        old = self.state.context
        context.on_rate_wait(self._on_context_rate_wait)
        self.state.set_connection(profile, context)
        if old is not None and old is not context:
            _close(old)
        self.bridge.success(translate("ConnectPage", "Connected to {portal}. Next, choose what to load.")
                            .format(portal=profile.where))
        self.connected.emit()

    def _on_context_rate_wait(self, wait: Any) -> None:
        """A call waits its turn in the portal's budget (from a worker thread: the bridge queues it over)."""
        text = wait.text
        self.bridge.info(f"{text[:1].upper()}{text[1:]}.",
                         translate("ConnectPage", "Other windows, commands or tools on this portal share its "
                                   "budget; nothing fails meanwhile."))

    def _on_worker_failed(self, err: CsodError) -> None:
        self.checks_hint.hide()
        item = QTreeWidgetItem(["✗  " + translate("ConnectPage", "Connection"), str(err)])
        item.setData(0, Qt.ItemDataRole.UserRole, False)
        self.checks.addTopLevelItem(item)
        self.bridge.exception(err)

    def check_results(self) -> list[tuple[str, bool | None, str]]:
        """What the check list shows (for tests and screen readers)."""
        out = []
        for i in range(self.checks.topLevelItemCount()):
            item = self.checks.topLevelItem(i)
            out.append((item.text(0), item.data(0, Qt.ItemDataRole.UserRole), item.text(1)))
        return out

    def shutdown(self) -> None:
        self._typed.clear()
        self.secret_edit.clear()
        if self.state.context is not None:
            _close(self.state.context)
