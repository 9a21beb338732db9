"""The Slack adapter: `/consult`, buttons, modals and direct messages through slack-bolt (see app.py).

Entry points for the composition root: `run.serve(wiring, settings)` runs it; `run.build_adapter(...)` builds
it (its `.chat` is the core's ChatPort for nudges); `manifest.manifest_text(registry, ...)` prints the app
manifest.
"""
