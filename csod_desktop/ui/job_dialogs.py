"""What a job that is not finished offers: Resume and Forget, and the questions before quitting or forgetting
(each says what happens to the job)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from csod_desktop.i18n import translate
from csod_desktop.store.records import PENDING, SEND_FAILED, SENDING
from csod_desktop.ui.language import number

#: What the journal says of a job the administrator forgot (stored in the journal: not display text).
FORGOTTEN = "Forgotten by the user: the job stays on the portal; the app no longer follows it."


def _where(job: Any) -> str:
    return job.profile or job.root_url or translate("JobDialogs", "this portal")


def _quoted(jobs: list[Any]) -> str:
    names = ", ".join(translate("JobDialogs", "“{name}”").format(name=job.label or job.job_id or job.ref)
                      for job in jobs[:3])
    if len(jobs) <= 3:
        return names
    return translate("JobDialogs", "{names} and {count} more").format(names=names, count=number(len(jobs) - 3))


def quit_text(jobs: list[Any], uploading: bool) -> tuple[str, str]:
    """(question, what happens) for quitting while ``jobs`` (journal records) are followed."""
    one = len(jobs) == 1
    question = (translate("JobDialogs", "Job {names} is still running.").format(names=_quoted(jobs)) if one
                else translate("JobDialogs", "%n jobs are still running: {names}.", None, len(jobs))
                .format(names=_quoted(jobs)))
    where = translate("JobDialogs", " or ").join(sorted({_where(job) for job in jobs}))
    if one:
        carry = translate(
            "JobDialogs", "If you quit now, Cornerstone carries on with it; this app stops following it. The next "
            "time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports "
            "(or run 'csod-desktop resume'). Nothing is sent twice.")
    else:
        carry = translate(
            "JobDialogs", "If you quit now, Cornerstone carries on with them; this app stops following them. The "
            "next time you open the app and connect to {portal}, it picks up where it stopped and fetches the "
            "reports (or run 'csod-desktop resume'). Nothing is sent twice.")
    lines = [carry.format(portal=where)]
    unsent = sum(1 for job in jobs for imp in job.imports if imp.post_state in (PENDING, SEND_FAILED))
    if unsent:
        lines.append(translate("JobDialogs", "The data of %n import(s) is not sent yet: it is sent then.", None, unsent))
    if uploading or any(imp.post_state == SENDING for job in jobs for imp in job.imports):
        lines.append(translate("JobDialogs", "The upload in progress stops; before sending it again, the app asks "
                                             "the portal what arrived."))
    return question, "\n\n".join(lines)


class QuitDialog(QMessageBox):
    """Asked when the window closes while a job is followed: quit and carry on later, or keep the app open."""

    def __init__(self, jobs: list[Any], uploading: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quitDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("JobDialogs", "Quit while a job is running?"))
        question, details = quit_text(jobs, uploading)
        self.setText(question)
        self.setInformativeText(details)
        self.quit_button = self.addButton(translate("JobDialogs", "Quit, carry on later"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(translate("JobDialogs", "Keep the app open"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def quitting(self) -> bool:
        return self.clickedButton() is self.quit_button


def forget_text(job: Any) -> tuple[str, str]:
    """(question, what forgetting means) for an unfinished job."""
    unsent = sum(1 for imp in job.imports if imp.post_state != "sent")
    lines = [translate(
        "JobDialogs", "The job stays on the portal: Cornerstone carries on with whatever it received. This app "
        "stops following it: it no longer asks for its status or fetches its reports, and it is no longer "
        "offered for resuming. It stays in the History as forgotten.")]
    if unsent == 1:
        lines.append(translate("JobDialogs", "1 of its {total} imports have data that was never sent (or not known "
                                             "to have arrived): it is not sent.").format(total=number(len(job.imports))))
    elif unsent:
        lines.append(translate("JobDialogs", "{count} of its {total} imports have data that was never sent (or not "
                                             "known to have arrived): they are not sent.")
                     .format(count=number(unsent), total=number(len(job.imports))))
    question = translate("JobDialogs", "Forget job “{name}”?").format(name=job.label or job.job_id or job.ref)
    return question, "\n\n".join(lines)


class ForgetDialog(QMessageBox):
    """Asked before the app stops following an unfinished job for good."""

    def __init__(self, job: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forgetDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("JobDialogs", "Forget this job?"))
        question, details = forget_text(job)
        self.setText(question)
        self.setInformativeText(details)
        self.forget_button = self.addButton(translate("JobDialogs", "Forget the job"), QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = self.addButton(translate("JobDialogs", "Keep following it"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def forgetting(self) -> bool:
        return self.clickedButton() is self.forget_button


class JobActions(QWidget):
    """The row under an unfinished job nobody follows: Resume, Forget, and what each means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resume_button = QPushButton(translate("JobDialogs", "Resume"), objectName="resumeButton")
        self.forget_button = QPushButton(translate("JobDialogs", "Forget…"), objectName="forgetButton")
        self.forget_button.setToolTip(translate("JobDialogs", "The job stays on the portal; this app stops "
                                                              "following it (it asks first)"))
        note = QLabel(translate("JobDialogs", "Not followed now. Resume carries on (nothing is sent twice); Forget "
                                              "stops following it (it stays on the portal)."), objectName="settingNote")
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 2, 0, 2)
        row.setSpacing(6)
        row.addWidget(self.resume_button)
        row.addWidget(self.forget_button)
        row.addWidget(note, 1)
