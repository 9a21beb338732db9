"""Anonymous burnout check-ins (issue 6).

A round opens after each meeting (or monthly, or when a facilitator starts one), prompts each member privately,
reminds those who have not answered a day before it closes, and after it closes posts aggregate results to the
group's channel only if at least k members answered. Answers are stored only as per-round counts; who has
answered is kept apart, as keyed hashes that are deleted with their key when the round closes.

- instruments.py  the instruments, as data (single-item burnout measure, WHO-5)
- rounds.py       rounds, settings, the release rules and the triggers: no I/O
- texts.py        what check-ins say, as neutral messages; chart.py draws the trend PNG
- service.py      CheckinService: the sweep that opens, reminds and closes rounds
- ports.py        what check-ins need from storage; resources.py the default support resources
"""
