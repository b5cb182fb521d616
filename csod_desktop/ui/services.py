"""What the window asks of the layers below, in one place: the stores, connections and the jobs around them.

Built once by the composition root (``csod_desktop.app``), on the stores it opened, and handed to every
page; the pages never open a store or a client by themselves, so a test can swap any of these.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csod_desktop.core.templates import TemplateStore
from csod_desktop.services.stores import Stores
from csod_desktop.store.journal import Journal
from csod_desktop.store.profiles import Profile, ProfileStore
from csod_desktop.store.secrets import SecretStore, resolve_secret


#: The self-test checks without which the next steps cannot work.
ESSENTIAL = frozenset({"resolve", "tls", "token", "load_types"})


@dataclass
class UiServices:
    """The window's view of the app: the root's stores plus factories for the jobs its workers run."""

    stores: Stores
    #: ``(profile, secret) -> context``; by default ``services.context.build_context``.
    context_factory: Callable[[Profile, Any], Any] | None = None
    #: Extra keyword arguments for ``build_context`` (tests pass a short ``RetryPolicy``).
    context_options: dict[str, Any] = field(default_factory=dict)

    @property
    def profiles(self) -> ProfileStore:
        return self.stores.profiles

    @property
    def secrets(self) -> SecretStore:
        return self.stores.secrets

    @property
    def templates(self) -> TemplateStore:
        return self.stores.templates

    @property
    def journal(self) -> Journal:
        return self.stores.journal

    def payload_folder(self, label: str) -> Path:
        """A new folder for one import's payload parts, in the one payload folder the purge empties."""
        return self.stores.payload_folder(label)

    def close(self) -> None:
        """Close the stores (the composition root does, when the window's event loop ends)."""
        self.stores.close()

    # -- profiles ---------------------------------------------------------------------------------
    def list_profiles(self) -> list[Profile]:
        return self.profiles.list()

    def last_used(self) -> str | None:
        return self.profiles.last_used()

    def build_profile(
        self,
        *,
        name: str,
        portal: str,
        environment: str,
        root_url: str,
        client_id: str,
        scopes: Iterable[str] | str | None,
        proxy: str = "",
        proxy_user: str = "",
        previous: Profile | None = None,
    ) -> Profile:
        """A Profile from the form: the root URL wins when given, else the portal name and environment.

        Only the sandbox the app started is "the local sandbox" (its demo secret, no keyring): the profile
        ``previous`` (the one being edited) stays so while its address does not change. Any other loopback
        address typed here is a portal like another, with its own secret.
        """
        from csod_desktop.services import connection

        profile = connection.new_profile(
            name=name.strip(),
            portal=portal.strip() or None,
            environment=environment if not root_url.strip() else None,
            root_url=root_url.strip() or None,
            client_id=client_id.strip(),
            scopes=scopes,
            proxy=proxy.strip() or None,
            proxy_user=proxy_user.strip() or None,
            sandbox=False,
        )
        if previous is not None and previous.is_sandbox and previous.root_url == profile.root_url:
            profile = profile.with_changes(is_sandbox=True)
        return profile

    def save_profile(self, profile: Profile, *, previous_name: str | None, secret: str, remember: bool,
                     proxy_password: str = "") -> Profile:
        """Save the profile; with "remember", keep the typed secret (or the one saved under the old name).

        A typed proxy password goes to the keyring (it is needed to connect at all, so it is kept
        whatever "remember" says); one left blank keeps the saved one, and it goes with its proxy user.
        """
        before = self.profiles.find(previous_name) if previous_name else None
        saved = self.profiles.save(profile, previous_name=previous_name)
        self._save_proxy_password(before, saved, proxy_password)
        if before is not None and (before.name, before.client_id) != (saved.name, saved.client_id):
            # The keyring entry is keyed by name and client id: carry it over a rename, never leave it behind.
            kept = secret or (self.secrets.get(before) if remember and self.secrets.available else None)
            self.secrets.delete(before)
            secret = kept or ""
        if remember and secret:
            self.secrets.set(saved, secret)
        elif not remember:
            self.secrets.delete(saved)
        return saved

    def _save_proxy_password(self, before: Profile | None, saved: Profile, typed: str) -> None:
        kept = typed
        if before is not None and (before.name, before.proxy_user) != (saved.name, saved.proxy_user):
            kept = typed or (self.secrets.proxy_password(before) if before.proxy_user == saved.proxy_user else "")
            self.secrets.delete_proxy_password(before)
        if not (saved.proxy and saved.proxy_user):
            self.secrets.delete_proxy_password(saved)
        elif kept:
            self.secrets.set_proxy_password(saved, kept)

    def has_proxy_password(self, profile: Profile) -> bool:
        return bool(self.secrets.proxy_password(profile))

    def delete_profile(self, profile: Profile) -> None:
        self.secrets.delete(profile)
        self.secrets.delete_proxy_password(profile)
        self.profiles.delete(profile.name)

    def has_saved_secret(self, profile: Profile) -> bool:
        return self.secrets.has(profile)

    def keyring_available(self) -> bool:
        return self.secrets.available

    # -- jobs (run in workers) ----------------------------------------------------------------------
    def connect_job(self, profile: Profile, typed_secret: str | None) -> Callable[[Any], Generator[Any, None, Any]]:
        """A job that opens a context for ``profile`` and runs the connection self-test, yielding each check.

        Returns ``(context, checks)``; the context is None when a check that the rest needs failed.
        """

        def job(control: Any) -> Generator[Any, None, Any]:
            from csod_desktop.services import connection

            secret = resolve_secret(profile, typed_secret or None, store=self.secrets)
            context = self._open_context(profile, secret)
            checks = []
            ok = True
            try:
                for check in connection.self_test(profile, secret, client=context.client,
                                                  network=getattr(context, "network", None)):
                    checks.append(check)
                    yield check
                    if control.is_cancelled():
                        break
                # Scopes and permissions failing still leaves a usable connection for some load types:
                # they are shown, and the portal will refuse exactly what is not allowed.
                ok = all(getattr(c, "ok", True) for c in checks if getattr(c, "key", "") in ESSENTIAL)
            except BaseException:
                _close(context)
                raise
            if not ok:
                _close(context)
                return None, checks
            self.profiles.set_last_used(profile.name)
            return context, checks

        return job

    def _open_context(self, profile: Profile, secret: Any) -> Any:
        if self.context_factory is not None:
            return self.context_factory(profile, secret)
        from csod_desktop.services.context import build_context

        return build_context(profile=profile, secret=secret, stores=self.stores, **self.context_options)


def _close(context: Any) -> None:
    close = getattr(context, "close", None)
    if callable(close):
        close()
