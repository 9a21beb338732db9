"""Draws the pictures in docs/architecture.md as plain SVG: no graphviz, no third-party package.

    python3 docs/diagrams.py          # rewrites docs/architecture.svg, docs/path-rsvp.svg, docs/path-nudge.svg

The pictures are data below (boxes, arrows, labels); edit them here, run this, commit both. A test
(tests/project/test_architecture_doc.py) fails when a committed SVG differs from what this script draws.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
FONT = "font-family:Helvetica,Arial,sans-serif"
LINE = 15  # px between text lines at 12 px

# Fills: one per top-level package, the same in every picture.
COMPOSITION = "#f3e8ff"
ADAPTERS = "#e0f2fe"
CORE = "#fef9c3"
STORAGE = "#dcfce7"
PLATFORM = "#f1f5f9"


@dataclass
class Canvas:
    width: int
    height: int
    title: str

    def __post_init__(self) -> None:
        self.parts: list[str] = []

    def box(self, x: float, y: float, w: float, h: float, title: str, lines: tuple[str, ...] = (),
            fill: str = "#ffffff", mono: bool = True, rx: int = 6, stroke: str = "#334155",
            weight: float = 1.2) -> None:
        self.parts.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" fill="{fill}" '
                          f'stroke="{stroke}" stroke-width="{weight}"/>')
        if lines and 22 + LINE * len(lines) > h:
            raise ValueError(f"{title!r}: {len(lines)} lines need {22 + LINE * len(lines)} px, the box has {h}")
        if title:
            self.text(x + 8, y + 17, title, bold=True)
        for i, line in enumerate(lines):
            self.text(x + 8, y + 17 + (i + 1) * LINE, line, mono=mono, size=11)

    def text(self, x: float, y: float, content: str, *, bold: bool = False, mono: bool = False, size: int = 12,
             anchor: str = "start", colour: str = "#0f172a") -> None:
        family = "font-family:Menlo,Consolas,monospace" if mono else FONT
        weight = ";font-weight:bold" if bold else ""
        self.parts.append(f'<text x="{x}" y="{y}" style="{family};font-size:{size}px{weight}" fill="{colour}" '
                          f'text-anchor="{anchor}">{escape(content)}</text>')

    def arrow(self, points: list[tuple[float, float]], label: str = "", at: tuple[float, float] | None = None,
              dashed: bool = False, anchor: str = "start") -> None:
        path = " ".join(f"{x},{y}" for x, y in points)
        dash = ' stroke-dasharray="5,4"' if dashed else ""
        self.parts.append(f'<polyline points="{path}" fill="none" stroke="#334155" stroke-width="1.4"{dash} '
                          f'marker-end="url(#head)"/>')
        if label:
            lx, ly = at or ((points[0][0] + points[-1][0]) / 2 + 4, (points[0][1] + points[-1][1]) / 2 - 4)
            self.text(lx, ly, label, size=11, anchor=anchor, colour="#334155")

    def step(self, x: float, y: float, number: int) -> None:
        """A numbered disc, matching the numbered sentences in docs/architecture.md."""
        self.parts.append(f'<circle cx="{x}" cy="{y}" r="9" fill="#1e293b"/>')
        self.text(x, y + 4, str(number), bold=True, size=11, anchor="middle", colour="#ffffff")

    def svg(self) -> str:
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}" '
                f'viewBox="0 0 {self.width} {self.height}" xml:space="preserve">\n'
                f'<title>{escape(self.title)}</title>\n'
                '<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#334155"/></marker></defs>\n'
                f'<rect width="{self.width}" height="{self.height}" fill="#ffffff"/>\n')
        return head + "\n".join(self.parts) + "\n</svg>\n"


def architecture() -> Canvas:
    """The layers: who may import whom. Arrows point from the importer to what it imports."""
    c = Canvas(820, 680, "Roundtable: the layers and the direction of imports")
    c.text(410, 24, "Roundtable: layers (an arrow points from a package to what it imports)", bold=True, size=14,
           anchor="middle")
    c.box(20, 40, 780, 64, "roundtable/  the composition root: builds and wires everything; nothing imports it",
          ("compose.py  compose(settings) -> Services (frozen dataclass); RoutingChat; slack_hooks",
           "capabilities.py  NEEDED, check: which chat port needs which optional capability;  cli.py  roundtable"),
          fill=COMPOSITION)
    c.box(20, 150, 380, 158, "adapters/  platforms, scheduler, clock, logging", (
        "slack/  run.py (ASGI) wire.py app.py chat.py",
        "        render.py retries.py failures.py tokens.py",
        "        oauth.py dedupe.py manifest.py",
        "discord/  client.py commands.py interactions.py",
        "          views.py render.py chat.py sync.py",
        "console/  session.py render.py",
        "scheduler.py system_clock.py text.py logging_setup.py",
        "- - > storage: scheduler.py, slack/oauth.py, dedupe.py"), fill=ADAPTERS)
    c.box(420, 150, 380, 158, "storage/  SQLAlchemy 2 async: the core's ports", (
        "database.py  Database: the UnitOfWorkFactory",
        "unit_of_work.py  SqlUnitOfWork  engine.py mapping.py",
        "groups.py profiles.py swaps.py nudge_ledger.py",
        "checkins.py cases.py  (one repository per aggregate)",
        "metadata.py tables.py *_tables.py -> schema.py",
        "migrations/ migrate.py leader.py workspaces.py",
        "departures.py"), fill=STORAGE)
    # bot/: a container with its layers inside, highest first; each imports only the ones below it
    c.box(20, 354, 780, 312, "bot/  the platform-neutral core: no SDK, no SQLAlchemy, no adapter or storage import",
          fill="#fffbeb", rx=8)
    rows = (
        ("core.py", ("Core: parse, find the group, check access, one transaction per call",
                     "config.py: Settings (read by the composition root and the adapters)")),
        ("commands/", ("handlers declared by @command / @action / @form beside them; catalog.build_registry",)),
        ("  context.py", ("Context: actor, channel, now, the unit of work, the group",)),
        ("services", ("nudges/ checkins/ cases/ lifecycle/ confidentiality/ sweeps.py records.py",
                      "(each package with its own ports.py: what it needs from storage)")),
        ("contracts", ("ports.py  UnitOfWork, ChatPort, CanSendKeyed, CanFindDelivered, CanDelete, Sweepable",
                       "messages.py payloads.py clock.py privacy.py")),
        ("domain/", ("group.py rotation.py schedule.py zones.py errors.py text.py, and identity.py: no I/O",)),
    )
    y = 380
    for name, what in rows:
        h = 16 + LINE * len(what)
        c.box(36, y, 720, h, "", fill=CORE)
        c.text(46, y + 20, name.strip(), bold=True)
        for i, line in enumerate(what):
            c.text(150, y + 20 + i * LINE, line, mono=True, size=11)
        y += h + 8
    c.arrow([(776, 386), (776, 654)])
    c.text(792, 372, "imports go down", size=11, anchor="end", colour="#334155")
    c.arrow([(400, 288), (420, 288)], dashed=True)
    # the composition root builds and wires everything
    c.arrow([(140, 104), (140, 150)], "builds, wires", at=(146, 132))
    c.arrow([(680, 104), (680, 150)], "builds, wires", at=(686, 132))
    c.arrow([(410, 104), (410, 354)], "builds Core, the services", at=(416, 134))
    # adapters and storage depend on the core, never the reverse
    c.arrow([(210, 308), (210, 354)], "call Core; are ChatPorts", at=(204, 334), anchor="end")
    c.arrow([(610, 308), (610, 354)], "implements the ports", at=(616, 334))
    return c


def lanes(c: Canvas, names: tuple[tuple[str, str, float, float], ...], top: float, bottom: float) -> None:
    for label, fill, x, w in names:
        c.box(x, top, w, bottom - top, "", fill=fill, rx=0, stroke="#cbd5e1")
        c.text(x + w / 2, top + 18, label, bold=True, anchor="middle")


def rsvp_path() -> Canvas:
    """`/consult rsvp yes` typed in Slack, to the database and back. A numbered disc is a file of the chain a reader
    follows (heavy border); the plain boxes are the HTTP entry before it and a second visit to file 5."""
    c = Canvas(820, 600, "The path of /consult rsvp yes from Slack")
    c.text(410, 24, "/consult rsvp yes from Slack: files 1-6 reach the database, file 7 brings the answer back",
           bold=True, size=14, anchor="middle")
    lanes(c, (("Slack", PLATFORM, 10, 90), ("adapters/slack", ADAPTERS, 100, 230), ("bot", CORE, 330, 250),
              ("storage", STORAGE, 580, 230)), 40, 590)
    chain = {"weight": 2.4}
    c.box(18, 70, 74, 40, "Slack", ("POST",), fill="#ffffff", mono=False)
    c.box(108, 62, 214, 58, "run.py  build_asgi: events", ("wire.authenticate, wire.parse", "app.async_dispatch"))
    c.box(108, 140, 214, 88, "app.py  SlackAdapter", ("_on_command: ack() at once,", "spawn _work(...):",
                                                       "core.command_text(actor,", "  channel, 'rsvp yes')"), **chain)
    c.box(338, 140, 234, 104, "core.py  Core", ("command_text: parse(registry,", "  text) (commands/parse.py)",
                                                      "invoke -> _run: uow_factory(),", "  Context, _resolve_group,",
                                                      "  settle, _check_access"), **chain)
    c.box(588, 140, 214, 44, "unit_of_work.py", ("Database() -> SqlUnitOfWork",), **chain)
    c.box(588, 198, 214, 74, "groups.py  SqlGroups", ("by_channel -> _fetch: the", "whole group (PostgreSQL:",
                                                      "its row locked FOR UPDATE)"), **chain)
    c.box(338, 270, 234, 74, "commands/meetings.py", ("@command(\"rsvp\", ...)", "rsvp(ctx, args): find_on_day",
                                                      "  (common.py), _record_rsvp"), **chain)
    c.box(338, 366, 234, 58, "domain/group.py", ("Group.rsvp(user, item,", "  answer, now): Participation"),
          **chain)
    c.box(338, 446, 234, 58, "core.py  Core._run", ("group.touch; uow.commit()", "on_change() -> runner.kick"))
    c.box(588, 446, 214, 58, "unit_of_work.py  commit", ("session.commit: the changed", "participations row"))
    c.box(108, 510, 214, 74, "chat.py  SlackChat.answer", ("render_message (render.py)", "to_actor: response_url,",
                                                           "  else chat.postEphemeral"), **chain)
    c.box(18, 522, 74, 40, "Slack", ("ephemeral",), fill="#ffffff", mono=False)
    c.arrow([(92, 90), (108, 90)])
    c.arrow([(215, 120), (215, 140)])
    c.step(108, 140, 1)
    c.arrow([(322, 190), (338, 190)])
    c.step(338, 140, 2)
    c.arrow([(572, 162), (588, 162)])
    c.step(588, 140, 5)
    c.arrow([(572, 226), (588, 226)])
    c.step(588, 198, 6)
    c.arrow([(455, 244), (455, 270)], "command.handler", at=(461, 261))
    c.step(338, 270, 3)
    c.arrow([(455, 344), (455, 366)])
    c.step(338, 366, 4)
    c.arrow([(455, 424), (455, 446)], "Reply: neutral messages", at=(461, 439))
    c.arrow([(572, 475), (588, 475)])
    c.arrow([(338, 490), (215, 490), (215, 510)], "Reply", at=(250, 484))
    c.step(108, 510, 7)
    c.arrow([(108, 542), (92, 542)])
    return c


def nudge_path() -> Canvas:
    """One reminder: the scheduler wakes the sweeps; the nudge service plans, claims, renders and sends. Numbers
    match the paragraph in docs/architecture.md."""
    c = Canvas(820, 600, "The path of one nudge")
    c.text(410, 24, "One nudge: scheduler -> sweeps -> NudgeService (plan, claim, render) -> chat port -> platform",
           bold=True, size=14, anchor="middle")
    lanes(c, (("adapters", ADAPTERS, 10, 200), ("bot", CORE, 220, 260), ("storage", STORAGE, 490, 170),
              ("roundtable", COMPOSITION, 670, 140)), 40, 590)
    c.box(18, 64, 184, 90, "scheduler.py", ("NudgeRunner._campaign:", "  try_acquire (leader.py)",
                                             "_take_lead: APScheduler", "  every 30 s, or kick()"))
    c.box(228, 64, 244, 58, "sweeps.py  Sweeps.sweep", ("each part's sweep(): nudges,", "check-ins, lifecycle"))
    c.box(228, 146, 244, 104, "nudges/service.py  plan(now)", ("uow.nudges.groups_due", "uow.groups.get_many, rosters",
                                                               "plan_group, collapse", "  (nudges/plan.py, no I/O)",
                                                               "uow.nudges.record, advance"))
    c.box(498, 146, 164, 104, "nudge_ledger.py", ("SqlNudges: groups_due", "recorded, record,", "advance",
                                                  "groups.py  SqlGroups", "  get_many, rosters"))
    c.box(228, 274, 244, 120, "nudges/service.py  deliver(now)", ("uow.nudges.deliverable", "_deliver_group:",
                                                                  "  claim_many (lease 2 min)", "  uow.groups.get, settle",
                                                                  "  render (nudges/render.py)", "  _send -> send_keyed"))
    c.box(498, 274, 164, 74, "nudge_ledger.py", ("deliverable", "claim_many", "finish"))
    c.box(678, 300, 124, 74, "compose.py", ("RoutingChat", "  .send_keyed:", "  by platform"))
    c.box(18, 420, 184, 100, "slack/chat.py", ("SlackChat.send:", "  render_message", "  chat.postMessage",
                                               "discord/chat.py:", "  send_keyed (nonce)"))
    c.box(18, 540, 184, 36, "Slack / Discord", (), fill=PLATFORM, mono=False)
    c.box(228, 440, 244, 70, "nudges/service.py  finish", ("uow.nudges.finish(record): sent", "(its reference), retry or",
                                                           "failed; _tell_facilitators"))
    c.box(498, 440, 164, 58, "nudge_ledger.py", ("finish: status,", "sent_at, reference"))
    c.step(18, 64, 1)
    c.arrow([(202, 93), (228, 93)])
    c.step(228, 64, 2)
    c.arrow([(350, 122), (350, 146)])
    c.arrow([(472, 198), (498, 198)])
    c.step(228, 146, 3)
    c.arrow([(350, 250), (350, 274)])
    c.arrow([(472, 310), (498, 310)])
    c.step(228, 274, 4)
    c.arrow([(472, 380), (690, 380), (690, 374)], "send_keyed(outbound, key)", at=(480, 374))
    c.step(678, 300, 5)
    c.arrow([(740, 374), (740, 406), (110, 406), (110, 420)], "the platform's port", at=(560, 400))
    c.step(18, 420, 6)
    c.arrow([(110, 520), (110, 540)])
    c.arrow([(202, 470), (228, 470)])
    c.step(228, 440, 7)
    c.arrow([(472, 470), (498, 470)])
    return c


PICTURES = {"architecture.svg": architecture, "path-rsvp.svg": rsvp_path, "path-nudge.svg": nudge_path}


def drawn() -> dict[str, str]:
    return {name: make().svg() for name, make in PICTURES.items()}


if __name__ == "__main__":
    for name, svg in drawn().items():
        (HERE / name).write_text(svg, encoding="utf-8")
        print(f"wrote docs/{name}")
