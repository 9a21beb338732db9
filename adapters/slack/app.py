"""The Slack adapter: a slack-bolt AsyncApp that hands every `/consult` command, button and form to the core.

There is one slash command; its text goes to `Core.command_text`, so every subcommand the core declares
works here with no list of commands in the adapter. Buttons carry the core's action name in their action_id
(`rt:{action}:{index}`) and its value; forms are modals with callback_id `rt:form`.

Acknowledge first, then work: bolt runs with `process_before_response=True`, so each listener's `ack()` is the
HTTP answer, sent as soon as the listener returns; the listener only starts a tracked task for the real work
(the core's transaction, then the Web API). Whatever the database or Slack is doing, the acknowledgement does not
wait for it. A modal's field checks (required, length) are done before acknowledging, because Slack shows them
in the open modal.

A modal submission is the one place the core is given a moment before the acknowledgement: up to SUBMIT_BUDGET
seconds (Slack waits 3). If it has answered by then with a form for the person who submitted (the identifier
check's review form, say), the acknowledgement is `response_action: "update"` with that form as the modal's new
view, so the person never loses the modal and no trigger_id has to be spent in time; the rest of the answer is
delivered as usual. A core slower than that gets an empty acknowledgement (the modal closes) and its answer,
forms included, is delivered when it comes, as for a command.
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import aiohttp
from slack_bolt import BoltResponse
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.direct_channels import DirectChannels
from adapters.slack.chat import FAILED, GAVE_UP, STILL_WORKING, Origin, SlackChat
from adapters.slack.dedupe import SeenEventStore
from adapters.slack.failures import classify as classify_error
from adapters.slack.home import HomeTab
from adapters.slack.manifest import COMMAND
from adapters.slack.oauth import OAuth
from adapters.slack.render import (
    ACTION_PREFIX,
    FORM_CALLBACK,
    OPEN_FORM_ACTION,
    decode_form,
    read_metadata,
    read_submission,
)
from adapters.slack.tokens import StaticClients
from bot.core import Core
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.messages import Form, Reply
from bot.privacy import error_summary

log = logging.getLogger("roundtable.slack")

PLATFORM = "slack"
BUSY = "Roundtable is very busy right now, so that wasn't started. Please try again in a minute."
NOT_INSTALLED = ("Roundtable isn't installed in this workspace any more, or can't reach its records just now. "
                 "Please try again in a minute; if this keeps happening, ask whoever installed Roundtable to "
                 "reinstall it.")

WorkspaceHook = Callable[[WorkspaceRef, str], Awaitable[None]]


async def log_workspace_removed(workspace: WorkspaceRef, reason: str) -> None:
    """The default hook; the composition root passes the data lifecycle's (start the grace period)."""
    log.warning("workspace %s removed Roundtable (%s)", workspace.id, reason)


async def log_workspace_installed(workspace: WorkspaceRef, how: str) -> None:
    """The default hook; the composition root passes the data lifecycle's (cancel a pending purge)."""
    log.info("Roundtable is installed in workspace %s (%s)", workspace.id, how)


SUBMIT_BUDGET = 2.0  # seconds a modal submission waits for the core before acknowledging (Slack allows 3)
HELD_FOR = 15 * 60  # seconds a button carrying typed text back opens its form (as long as a Discord modal lives)
FORM_EXPIRED = "That form has expired. Please run the command again."


def holds_text(form: Form) -> bool:
    return any(f.kind in ("text", "long_text") and f.initial for f in form.fields)


def _button_age(body: dict[str, Any], action: dict[str, Any]) -> float | None:
    """Seconds between the message with the button being posted and the click, both as Slack signed them."""
    posted = (body.get("container") or {}).get("message_ts") or (body.get("message") or {}).get("ts")
    clicked = action.get("action_ts")
    try:
        return float(str(clicked)) - float(str(posted))
    except ValueError:
        return None


class SeenEvents:
    """Events API deliveries already claimed in this process, by event_id: Slack retries a delivery it thinks
    was lost. In-memory and bounded; in front of the database's shared record (storage/slack_seen.py), which
    catches a retry that reaches another replica."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def claim(self, event_id: str) -> bool:
        if event_id in self._ids:
            self._ids.move_to_end(event_id)
            return False
        self._ids[event_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True


class SlackAdapter:
    def __init__(
        self,
        core: Core,
        *,
        signing_secret: str,
        client: AsyncWebClient,
        oauth: OAuth | None = None,
        session: aiohttp.ClientSession | None = None,
        on_workspace_removed: WorkspaceHook = log_workspace_removed,
        on_workspace_installed: WorkspaceHook = log_workspace_installed,
        patience: float = 4.0,
        deadline: float = 120.0,
        max_concurrent_work: int = 2,
        max_backlog: int = 1000,
        after_work: Callable[[], object] | None = None,
        shared_seen: SeenEventStore | None = None,
        submit_budget: float = SUBMIT_BUDGET,
        home_debounce: float = 2.0,
        direct_channels: DirectChannels | None = None,
    ) -> None:
        """`client` carries the Web API base URL and retry handlers (and, for one workspace, the bot token);
        bolt copies them into the client it gives each request. With `oauth`, tokens come per workspace.

        At most `max_concurrent_work` core calls run at once (the rest wait their turn, which also keeps the
        event loop free to acknowledge); beyond `max_backlog` unfinished pieces of work, new ones are refused
        with a "very busy" answer rather than queued without bound. `after_work()` is called each time the core
        has answered (`roundtable run` leaves it unset: the core's own `on_change` wakes the scheduler after a
        change, once).

        `on_workspace_removed(workspace, reason)` runs on app_uninstalled / tokens_revoked (after the tokens
        are gone); `on_workspace_installed(workspace, how)` after an OAuth installation ("oauth") and when a
        configured bot token is found valid at start ("token").

        Events already processed are remembered in this process and, with `shared_seen` (the database's store,
        given by the composition root through run.build_adapter), by every replica, so a retry reaching another
        replica is not processed again.

        A modal submission waits up to `submit_budget` seconds for the core before acknowledging (see above).

        Each member's Home tab (adapters/slack/home.py) is published when they open it and, `home_debounce`
        seconds after a change to one of their groups, again (the composition root subscribes `home.groups_changed`
        to the core's changes)."""
        self.core = core
        self.signing_secret = signing_secret
        self.oauth = oauth
        self.on_workspace_removed = on_workspace_removed
        self.on_workspace_installed = on_workspace_installed
        self.patience = patience
        self.deadline = deadline
        self.seen = SeenEvents()
        self.shared_seen = shared_seen
        self.chat = SlackChat(oauth.tokens if oauth else StaticClients(client), session=session,
                              handlers=client.retry_handlers, direct=direct_channels)
        self.max_backlog = max_backlog
        self.submit_budget = submit_budget
        self.after_work = after_work
        self._slots = asyncio.Semaphore(max_concurrent_work)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.home = HomeTab(core.home, self.chat.publish_home, core.clock, self.spawn, debounce=home_debounce)
        self.app = AsyncApp(
            name="roundtable",
            client=client,
            signing_secret=signing_secret,
            process_before_response=True,
            oauth_settings=oauth.settings if oauth else None,
            # bolt hints `authorize` as returning AuthorizeResult; its own AsyncAuthorize returns it or None
            authorize=oauth.tokens if oauth else None,  # type: ignore[arg-type]
            user_facing_authorize_error_message=NOT_INSTALLED,
        )
        self.app.use(self._dedupe_events)
        self.app.command(COMMAND)(self._on_command)
        self.app.action(re.compile(r"^rtx?:"))(self._on_action)
        self.app.view(FORM_CALLBACK)(self._on_submission)
        self.app.event("app_home_opened")(self._on_home_opened)
        self.app.event("app_uninstalled")(self._on_app_uninstalled)
        self.app.event("tokens_revoked")(self._on_tokens_revoked)

    # Listeners: acknowledge, start the work, return ---------------------------------------------------

    def _timed(self, ack: Any) -> Any:
        """`ack`, reporting how long the listener took to call it (the acknowledgement latency metric)."""
        started = time.perf_counter()

        async def timed(*args: Any, **kwargs: Any) -> Any:
            try:
                return await ack(*args, **kwargs)
            finally:
                self.core.metrics.acknowledged(PLATFORM, time.perf_counter() - started)

        return timed

    async def _on_command(self, ack: Any, body: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        ack = self._timed(ack)
        if self.overloaded:
            await ack(BUSY)
            return
        await ack()
        origin = self._origin(body, client, context, channel_id=str(body.get("channel_id") or ""),
                              response_url=body.get("response_url"))
        text = str(body.get("text") or "")
        self.spawn(self._work(origin, "command", lambda: self.core.command_text(origin.actor, origin.channel, text)))

    async def _on_action(self, ack: Any, body: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        ack = self._timed(ack)
        await ack()
        action = (body.get("actions") or [{}])[0]
        action_id = str(action.get("action_id") or "")
        value = str(action.get("value") or "")
        channel_id = str((body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or "")
        origin = self._origin(body, client, context, channel_id=channel_id, response_url=body.get("response_url"))
        if self.overloaded:
            self.spawn(self.chat.tell(origin, BUSY))
        elif action_id.startswith(OPEN_FORM_ACTION):
            self.spawn(self._open_form(origin, value, _button_age(body, action)))
        elif action_id.startswith(ACTION_PREFIX):
            name = action_id[len(ACTION_PREFIX):].rsplit(":", 1)[0]
            self.spawn(self._work(origin, "button",
                                  lambda: self.core.click(origin.actor, origin.channel, name, value)))

    async def _on_submission(self, ack: Any, body: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        ack = self._timed(ack)
        view = body.get("view") or {}
        values, errors = read_submission(view)
        if errors:
            await ack(response_action="errors", errors=errors)
            return
        meta = read_metadata(view)
        if not meta.get("f"):
            await ack()
            log.warning("a modal submission without Roundtable metadata")
            return
        urls = body.get("response_urls") or []
        response_url = meta.get("ru") or (urls[0].get("response_url") if urls else None)
        origin = self._origin(body, client, context, channel_id=meta.get("ch", ""), response_url=response_url)
        if self.overloaded:
            await ack()
            self.spawn(self.chat.tell(origin, BUSY))
            return
        run = self.spawn(self._run(origin, "form", lambda: self.core.submit(
            origin.actor, origin.channel, meta["f"], meta.get("c", ""), values)))
        done, _ = await asyncio.wait({run}, timeout=self.submit_budget)
        if not done:
            await ack()  # the core is slow: close the modal, and answer when it has (as before)
            self.spawn(self._deliver_when_done(run, origin))
            return
        reply = None if run.cancelled() or run.exception() is not None else run.result()
        if reply is None:  # the person was already told what went wrong
            await ack()
            return
        updated, rest = self.chat.modal_update(reply, origin)
        if updated is None:
            await ack()
        else:
            await ack(response_action="update", view=updated)
        self.spawn(self.chat.answer(rest, origin))

    async def _on_home_opened(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        """The member opened Roundtable's Home tab (also sent for the Messages tab, which needs nothing)."""
        if event.get("tab") != "home" or not event.get("user"):
            return
        actor = UserRef(PLATFORM, str(body.get("team_id") or ""), str(event["user"]))
        self.spawn(self.home.opened_by(actor))

    async def _on_app_uninstalled(self, body: dict[str, Any]) -> None:
        self.spawn(self._workspace_removed(body, "app_uninstalled"))

    async def _on_tokens_revoked(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        tokens = event.get("tokens") or {}
        if tokens.get("oauth") and self.oauth is not None:
            self.spawn(self.oauth.tokens.remove_user_tokens(body.get("enterprise_id"), body.get("team_id"),
                                                            list(tokens["oauth"])))
        if tokens.get("bot"):
            self.spawn(self._workspace_removed(body, "tokens_revoked"))

    async def _dedupe_events(self, body: Any, next: Callable[[], Awaitable[Any]]) -> Any:
        """A retried Events API delivery (X-Slack-Retry-Num) is answered 200 and not processed again."""
        if isinstance(body, dict) and body.get("type") == "event_callback" and body.get("event_id"):
            event_id = str(body["event_id"])[:64]
            if not self.seen.claim(event_id) or not await self._claim_shared(event_id):
                log.info("event %s already processed", event_id)
                return BoltResponse(status=200, body="")
        return await next()

    async def _claim_shared(self, event_id: str) -> bool:
        if self.shared_seen is None:
            return True
        try:
            return await self.shared_seen.claim(event_id)
        except Exception as error:  # noqa: BLE001 - processing twice beats losing an uninstall
            log.warning("could not record event %s as seen (%s); processing it", event_id, error_summary(error))
            return True

    # The work ----------------------------------------------------------------------------------------

    def _origin(self, body: dict[str, Any], client: AsyncWebClient, context: Any, *, channel_id: str,
                response_url: Any) -> Origin:
        user = body.get("user") or {}
        user_id = str(body.get("user_id") or user.get("id") or "")
        team_id = str(body.get("team_id") or (body.get("team") or {}).get("id") or user.get("team_id")
                      or (body.get("view") or {}).get("team_id") or getattr(context, "team_id", None) or "")
        return Origin(
            actor=UserRef(PLATFORM, team_id, user_id),
            channel=ChannelRef(PLATFORM, team_id, channel_id),
            client=client,
            response_url=str(response_url) if response_url else None,
            trigger_id=body.get("trigger_id"),
            bot_user_id=getattr(context, "bot_user_id", None),
        )

    async def _work(self, origin: Origin, what: str, call: Callable[[], Coroutine[Any, Any, Reply]]) -> None:
        """Run the core (see `_run`), then deliver its answer."""
        reply = await self._run(origin, what, call)
        if reply is not None:
            await self.chat.answer(reply, origin)
            self.home.refresh((origin.actor,))  # their own page, even where they are no longer a member

    async def _deliver_when_done(self, run: asyncio.Task[Reply | None], origin: Origin) -> None:
        reply = await run
        if reply is not None:
            await self.chat.answer(reply, origin)

    async def _run(self, origin: Origin, what: str,
                   call: Callable[[], Coroutine[Any, Any, Reply]]) -> Reply | None:
        """Run the core when a slot is free; `patience` seconds after the request was acknowledged - waiting for
        a slot included, since that is waiting too for the person - say it's taking a while; after `deadline`,
        stop waiting. Returns the answer after the slot is given back, or None when the person has been told it
        failed."""
        loop = asyncio.get_running_loop()
        accepted = loop.time()
        task = asyncio.ensure_future(self._in_slot(call))
        try:
            try:
                reply = await asyncio.wait_for(asyncio.shield(task), self.patience)
            except TimeoutError:
                await self.chat.tell(origin, STILL_WORKING)
                reply = await asyncio.wait_for(task, max(0.0, self.deadline - (loop.time() - accepted)))
        except TimeoutError:
            log.error("%s gave up after %.0f s", what, self.deadline)
            await self.chat.tell(origin, GAVE_UP)
            return None
        except Exception as error:  # noqa: BLE001 - the person gets an answer whatever broke
            log.error("%s failed before the core answered: %s", what, error_summary(error))
            await self.chat.tell(origin, FAILED)
            return None
        if self.after_work is not None:
            try:
                self.after_work()
            except Exception as error:  # noqa: BLE001 - a hook must not cost the person their answer
                log.error("after_work hook failed: %s", error_summary(error))
        return reply

    async def _in_slot(self, call: Callable[[], Coroutine[Any, Any, Reply]]) -> Reply:
        async with self._slots:
            return await call()

    async def _open_form(self, origin: Origin, value: str, age: float | None = None) -> None:
        """An "Open" button that carries a form (a modal could not open in time). Roundtable holds nothing of it:
        the form, typed text included, is in the button's value in the person's own message. A form carrying
        typed text back opens for HELD_FOR after that message was posted, and never once it can no longer be
        used (the core says so: e.g. the request it reviews has been posted)."""
        try:
            form = decode_form(value)
        except ValueError:
            await self.chat.tell(origin, "That button is out of date. Please run the command again.")
            return
        if (holds_text(form) and (age is None or age > HELD_FOR)) or not await self._form_current(origin, form):
            await self.chat.tell(origin, FORM_EXPIRED)
            return
        await self.chat.open_form(form, origin)

    async def _form_current(self, origin: Origin, form: Form) -> bool:
        service = self.core.cases
        if service is None:
            return True
        return await service.form_current(origin.actor, form.form_id, form.context)

    async def _workspace_removed(self, body: dict[str, Any], reason: str) -> None:
        team_id = str(body.get("team_id") or "")
        if self.oauth is not None:
            await self.oauth.tokens.remove(body.get("enterprise_id"), team_id or None)
        else:
            self.chat.clients.forget(team_id)
        await self.on_workspace_removed(WorkspaceRef(PLATFORM, team_id), reason)

    async def check_token(self) -> WorkspaceRef:
        """One workspace, one token: ask Slack whose it is (auth.test), so a bad token fails at start, not at the
        first command, and a reinstalled workspace counts as back."""
        assert self.oauth is None
        client = await self.chat.clients.client_for("")
        try:
            identity = await client.auth_test()
        except Exception as error:
            raise classify_error(error) from error
        workspace = WorkspaceRef(PLATFORM, str(identity.get("team_id") or ""))
        await self.on_workspace_installed(workspace, "token")
        return workspace

    # Background tasks ---------------------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Keep a reference to every piece of after-ack work, so none is lost and shutdown can wait for it."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background work failed: %s", error_summary(task.exception()))  # type: ignore[arg-type]

    @property
    def busy(self) -> int:
        return len(self._tasks)

    @property
    def overloaded(self) -> bool:
        return self.busy >= self.max_backlog

    async def drain(self, timeout: float | None = None) -> int:
        """Wait for in-flight work (including work it starts); cancel what is left at the timeout."""
        loop = asyncio.get_running_loop()
        end = None if timeout is None else loop.time() + timeout
        while self._tasks:
            remaining = None if end is None else end - loop.time()
            if remaining is not None and remaining <= 0:
                left = list(self._tasks)
                for task in left:
                    task.cancel()
                await asyncio.gather(*left, return_exceptions=True)
                return len(left)
            await asyncio.wait(list(self._tasks), timeout=remaining)
        return 0
