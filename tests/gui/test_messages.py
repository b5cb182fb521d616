"""The message area: a page's message stays on its page, and showing one moves nothing under the pointer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolButton

from csod_desktop.ui.main_window import CONNECT, FILE, HISTORY, MAP, RESULTS, REVIEW, RUN

pytestmark = pytest.mark.gui


def test_a_pages_message_shows_on_that_page_only_until_dismissed(qtbot, make_window):
    window = make_window()
    window.run_page.bridge.warning("The job was stopped.", "Run it again when ready.")
    assert window.current_step() == CONNECT and window.message_area.text() == ""  # not Connect's

    assert window.go_to(RUN)
    assert window.message_area.text() == "The job was stopped."
    assert window.go_to(HISTORY)
    assert window.message_area.text() == ""  # a banner does not carry across pages
    assert window.go_to(RUN)
    assert window.message_area.text() == "The job was stopped."  # and is there again on its own page

    window.message_area.findChild(QToolButton, "messageClose").click()
    assert window.message_area.text() == ""
    assert window.go_to(HISTORY) and window.go_to(RUN)
    assert window.message_area.text() == ""  # dismissed is dismissed


def test_a_finished_steps_closing_message_goes_with_the_window_to_the_next_step(qtbot, make_window):
    window = make_window()
    assert window.go_to(RUN)
    window.run_page.bridge.success("All imports are in the job. Next, follow it in Results.")
    window.run_page.completed.emit()
    assert window.current_step() == RESULTS
    assert window.message_area.text().startswith("All imports are in the job.")
    assert window.go_to(RUN)
    assert window.message_area.text() == ""  # it went along, it did not stay behind too


def test_messages_about_the_previous_file_or_plan_are_dropped(qtbot, make_window):
    window = make_window()
    window.review_page.bridge.error("'7,5' is not a number.")
    window.map_page.bridge.info("Gender is mapped by its title.")
    window.file_page.bridge.info("The file has 5 records.")
    window.state._on_plan_event("source")  # the plan says it holds another file
    area = window.message_area
    assert area.message_of(REVIEW) is None and area.message_of(MAP) is None
    assert area.message_of(FILE).text == "The file has 5 records."
    window.state.set_plan(None)  # another plan altogether
    assert area.message_of(FILE) is None


def test_a_message_lies_over_the_page_and_moves_nothing(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    page = window.connect_page
    watched = [page.test_button, page.name_edit, page.profile_list, window.next_button]
    before = [w.mapTo(window, QPoint(0, 0)) for w in watched]
    page.bridge.error("The portal refused the client secret (HTTP 400). " * 3,
                      "Check it in Cornerstone's API Management page.")
    qtbot.waitUntil(lambda: window.message_area.isVisible())
    qtbot.wait(50)
    assert [w.mapTo(window, QPoint(0, 0)) for w in watched] == before
    area = window.message_area.geometry()
    stack = window.stack.geometry()
    assert area.top() == stack.top() and area.width() == stack.width()
    # Tall enough for its wrapped text and hint, and for the page's title and lead it takes the place of.
    assert area.height() >= window.message_area.heightForWidth(area.width())
    header_bottom = page.mapTo(window.stack, QPoint(0, page.header_height())).y() + stack.top()
    assert area.bottom() + 1 >= header_bottom
