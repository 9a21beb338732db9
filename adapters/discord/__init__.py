"""The Discord adapter: /consult as slash commands, buttons, modals and direct messages through discord.py.

Entry points: `create_client` / `run_discord` (adapters.discord.client), `sync_with_token` (adapters.discord.sync),
and `client.chat`, the core's ChatPort on Discord (adapters.discord.chat).
"""
