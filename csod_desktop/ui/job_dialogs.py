"""What a job that is not finished offers: Resume and Forget, and the questions before quitting or forgetting
(each says what happens to the job)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from csod_desktop.store.records import PENDING, SEND_FAILED, SENDING

#: What the journal says of a job the administrator forgot.
FORGOTTEN = "Forgotten by the user: the job stays on the portal; the app no longer follows it."


def _where(job: Any) -> str:
    return job.profile or job.root_url or "this portal"


def _quoted(jobs: list[Any]) -> str:
    names = [f"“{job.label or job.job_id or job.ref}”" for job in jobs[:3]]
    return ", ".join(names) + (f" and {len(jobs) - 3} more" if len(jobs) > 3 else "")


def quit_text(jobs: list[Any], uploading: bool) -> tuple[str, str]:
    """(question, what happens) for quitting while ``jobs`` (journal records) are followed."""
    one = len(jobs) == 1
    question = (f"Job {_quoted(jobs)} is still running." if one
                else f"{len(jobs)} jobs are still running: {_quoted(jobs)}.")
    where = sorted({_where(job) for job in jobs})
    lines = [
        f"If you quit now, Cornerstone carries on with {'it' if one else 'them'}; this app stops following "
        f"{'it' if one else 'them'}. The next time you open the app and connect to {' or '.join(where)}, "
        "it picks up where it stopped and fetches the reports (or run 'csod-desktop resume'). Nothing is "
        "sent twice.",
    ]
    unsent = sum(1 for job in jobs for imp in job.imports if imp.post_state in (PENDING, SEND_FAILED))
    if unsent:
        lines.append(f"The data of {unsent} import{'s' if unsent != 1 else ''} is not sent yet: it is sent then.")
    if uploading or any(imp.post_state == SENDING for job in jobs for imp in job.imports):
        lines.append("The upload in progress stops; before sending it again, the app asks the portal what "
                     "arrived.")
    return question, "\n\n".join(lines)


class QuitDialog(QMessageBox):
    """Asked when the window closes while a job is followed: quit and carry on later, or keep the app open."""

    def __init__(self, jobs: list[Any], uploading: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quitDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle("Quit while a job is running?")
        question, details = quit_text(jobs, uploading)
        self.setText(question)
        self.setInformativeText(details)
        self.quit_button = self.addButton("Quit, carry on later", QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton("Keep the app open", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def quitting(self) -> bool:
        return self.clickedButton() is self.quit_button


def forget_text(job: Any) -> tuple[str, str]:
    """(question, what forgetting means) for an unfinished job."""
    unsent = sum(1 for imp in job.imports if imp.post_state != "sent")
    lines = [
        "The job stays on the portal: Cornerstone carries on with whatever it received. This app stops "
        "following it: it no longer asks for its status or fetches its reports, and it is no longer offered "
        "for resuming. It stays in the History as forgotten.",
    ]
    if unsent:
        lines.append(f"{unsent} of its {len(job.imports)} imports have data that was never sent "
                     f"(or not known to have arrived): {'it is' if unsent == 1 else 'they are'} not sent.")
    return f"Forget job “{job.label or job.job_id or job.ref}”?", "\n\n".join(lines)


class ForgetDialog(QMessageBox):
    """Asked before the app stops following an unfinished job for good."""

    def __init__(self, job: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forgetDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Forget this job?")
        question, details = forget_text(job)
        self.setText(question)
        self.setInformativeText(details)
        self.forget_button = self.addButton("Forget the job", QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = self.addButton("Keep following it", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def forgetting(self) -> bool:
        return self.clickedButton() is self.forget_button


class JobActions(QWidget):
    """The row under an unfinished job nobody follows: Resume, Forget, and what each means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resume_button = QPushButton("Resume", objectName="resumeButton")
        self.forget_button = QPushButton("Forget…", objectName="forgetButton")
        self.forget_button.setToolTip("The job stays on the portal; this app stops following it (it asks first)")
        note = QLabel("Not followed now. Resume carries on (nothing is sent twice); Forget stops following it "
                      "(it stays on the portal).", objectName="settingNote")
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 2, 0, 2)
        row.setSpacing(6)
        row.addWidget(self.resume_button)
        row.addWidget(self.forget_button)
        row.addWidget(note, 1)
