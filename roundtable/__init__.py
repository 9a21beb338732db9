"""The composition root: the one package that imports the core (bot/), the adapters and storage together.

`roundtable.compose` builds every service through constructor arguments and returns them as one typed object;
`roundtable.cli` is the `roundtable` command. Nothing in bot/ may import adapters/, storage/ or an SDK
(tests/project/test_layering.py); adapters/ and storage/ never import this package.
"""
