"""A command that waits for the portal's rate limit says so on stderr ("waiting 34 s for the portal's rate limit")."""

from __future__ import annotations

import io

from csod_desktop.api import RateWait
from csod_desktop.cli import build_parser, connection, load_steps
from csod_desktop.cli.terminal import Reporter
from csod_desktop.services.events import RateLimited


def test_a_status_check_held_by_the_budget_is_one_line_on_stderr():
    stream = io.StringIO()
    load_steps.render_event(RateLimited(3, "job-1", 34.2), Reporter(stream=stream), {})
    assert stream.getvalue() == "waiting 34 s for the portal's rate limit\n"


def test_a_call_that_waits_inside_the_budget_is_said_by_the_commands_context(sandbox, stores):
    stream = io.StringIO()
    reporter = Reporter(stream=stream)
    args = build_parser().parse_args(["types", "--base-url", sandbox.root_url, "--client-id", "demo-client"])
    with connection.open_context(args, reporter, stores) as ctx:
        ctx.client.governor.announce(RateWait("shared", 51.0))  # what a call that must wait 51 s does
        ctx.client.governor.announce(RateWait("shared", 0.4))  # too short to be worth a line
    assert stream.getvalue() == "waiting 51 s for the portal's rate limit\n"
    quiet = io.StringIO()
    with connection.open_context(args, Reporter(quiet=True, stream=quiet), stores) as ctx:
        ctx.client.governor.announce(RateWait("shared", 51.0))
    assert quiet.getvalue() == ""
