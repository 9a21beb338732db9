"""Check-in instruments as data: items, answer options, scoring, cut-off and the distress rule.

A validated item is only valid as worded, so the wording here is verbatim from its source (DOMAIN.md section 2)
and is shown with its attribution. Adding another free instrument means adding one more `Instrument` value (or
loading one with `instrument_from_dict`); no code changes. Licensed instruments are refused by name: the Maslach
Burnout Inventory (Mind Garden) must never ship, and the Copenhagen and Oldenburg inventories have unclear terms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

SINGLE, SUM = "single", "sum"
AT_OR_ABOVE, AT_OR_BELOW = "at_or_above", "at_or_below"
MAX_FORM_ITEMS = 5     # a Discord modal holds at most five fields; Slack takes more, but one form must fit both
MAX_OPTIONS = 10       # answer buttons (single item) or choices (each item of a form)

LICENSED = re.compile(r"maslach|\bmbi\b|mind\s*garden|copenhagen|\bcbi\b|oldenburg|\bolbi\b", re.IGNORECASE)


@dataclass(frozen=True)
class Option:
    value: int
    label: str


@dataclass(frozen=True)
class Band:
    """A range of reported scores, for showing the distribution of a multi-item total."""

    low: int
    high: int
    label: str

    def holds(self, score: float) -> bool:
        return self.low <= score <= self.high


@dataclass(frozen=True)
class Instrument:
    """A free, validated questionnaire. Scores are computed from the raw answer (single) or the raw total (sum).

    `multiplier` turns a raw score into the reported one (WHO-5: raw 0-25, x4 = 0-100). The cut-off and its
    direction say which reported scores count as the concerning share shown in results; the distress rule, on
    the raw score, says when to show the person support resources at once.
    """

    id: str
    name: str
    short_name: str
    attribution: str
    source_url: str
    stem: str
    options: tuple[Option, ...]
    scoring: str = SINGLE
    items: tuple[str, ...] = ()
    instructions: str = ""
    multiplier: int = 1
    cutoff: int = 0
    cutoff_direction: str = AT_OR_ABOVE
    flag_label: str = ""          # how results name the concerning share, e.g. "answered 3 or higher (burned out)"
    flag_short: str = ""          # the same, for a chart label
    scale_note: str = ""          # e.g. "scale 1-5; higher means more burnout"
    distress_raw: int = 0
    distress_direction: str = AT_OR_ABOVE
    bands: tuple[Band, ...] = ()  # distribution groups for a summed score; a single item shows each option
    form_title: str = ""

    # Scoring -------------------------------------------------------------------------------------

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)

    @property
    def buckets(self) -> tuple[int, ...]:
        """What a round counts: each option's value (single item), or each possible raw total (summed items)."""
        if self.scoring == SINGLE:
            return self.values
        low, high = min(self.values) * len(self.items), max(self.values) * len(self.items)
        return tuple(range(low, high + 1))

    def raw_score(self, answers: tuple[int, ...]) -> int:
        """The raw score of one complete answer; ValueError if it isn't one."""
        expected = 1 if self.scoring == SINGLE else len(self.items)
        if len(answers) != expected or any(a not in self.values for a in answers):
            raise ValueError("not a complete answer to this instrument")
        return answers[0] if self.scoring == SINGLE else sum(answers)

    def reported(self, raw: int) -> int:
        return raw * self.multiplier

    def flagged(self, raw: int) -> bool:
        score = self.reported(raw)
        return score >= self.cutoff if self.cutoff_direction == AT_OR_ABOVE else score <= self.cutoff

    def distressed(self, raw: int) -> bool:
        return raw >= self.distress_raw if self.distress_direction == AT_OR_ABOVE else raw <= self.distress_raw

    @property
    def scale(self) -> tuple[int, int]:
        """The lowest and highest reported score."""
        return self.reported(min(self.buckets)), self.reported(max(self.buckets))

    def option_for(self, text: str) -> Option | None:
        """An answer as typed or chosen: the option's label, or its number."""
        text = " ".join(text.split()).casefold()
        for option in self.options:
            if text in (option.label.casefold(), str(option.value)):
                return option
        return None

    def band_labels(self) -> tuple[str, ...]:
        if self.scoring == SINGLE:
            return tuple(f"Answer {o.value}" for o in self.options)
        return tuple(b.label for b in self.bands)

    def band_of(self, raw: int) -> int:
        """The index, in `band_labels`, where a raw score is shown in a distribution."""
        if self.scoring == SINGLE:
            return self.values.index(raw)
        score = self.reported(raw)
        return next(i for i, b in enumerate(self.bands) if b.holds(score))


SINGLE_ITEM_BURNOUT = Instrument(
    id="single-item",
    name="Single-item burnout measure",
    short_name="single-item burnout",
    attribution=("Single-item burnout measure (non-proprietary; Physician Worklife Study, also used in Mini-Z), "
                 "as printed in Table 1 of the ABFM 2016 study"),
    source_url="https://www.jabfm.org/highwire/markup/11113/expansion",
    stem="Using your own definition of burnout, select an answer:",
    options=(
        Option(1, "I enjoy my work. I have no symptoms of burnout."),
        Option(2, "I am under stress, and don't always have as much energy as I did, but I don't feel burned out."),
        Option(3, "I am definitely burning out and have 1 or more symptoms of burnout, e.g. emotional exhaustion."),
        Option(4, "The symptoms of burnout that I'm experiencing won't go away. I think about work frustrations a lot."),
        Option(5, "I feel completely burned out. I am at the point where I may need to seek help."),
    ),
    scoring=SINGLE,
    cutoff=3,
    cutoff_direction=AT_OR_ABOVE,
    flag_label="answered 3 or higher (read as burned out)",
    flag_short="% ANSWERING 3-5 (BURNED OUT)",
    scale_note="answers 1-5; higher means more burnout",
    distress_raw=5,
    distress_direction=AT_OR_ABOVE,
)

WHO5 = Instrument(
    id="who-5",
    name="WHO-5 Well-Being Index",
    short_name="WHO-5",
    attribution="WHO-5 Well-Being Index, © Psychiatric Research Unit, WHO Collaborating Centre in Mental Health",
    source_url="https://www.psykiatri-regionh.dk/who-5/",
    stem="Over the last two weeks:",
    instructions=("Please indicate for each of the five statements which is closest to how you have been "
                  "feeling over the last two weeks."),
    items=(
        "I have felt cheerful and in good spirits",
        "I have felt calm and relaxed",
        "I have felt active and vigorous",
        "I woke up feeling fresh and rested",
        "My daily life has been filled with things that interest me",
    ),
    options=(
        Option(5, "All of the time"),
        Option(4, "Most of the time"),
        Option(3, "More than half of the time"),
        Option(2, "Less than half of the time"),
        Option(1, "Some of the time"),
        Option(0, "At no time"),
    ),
    scoring=SUM,
    multiplier=4,
    cutoff=50,
    cutoff_direction=AT_OR_BELOW,
    flag_label="scored 50 or lower of 100 (poor wellbeing)",
    flag_short="% AT OR BELOW 50 (POOR WELLBEING)",
    scale_note="score 0-100; higher means better wellbeing",
    distress_raw=7,
    distress_direction=AT_OR_BELOW,
    bands=(Band(0, 28, "0-28"), Band(29, 50, "29-50"), Band(51, 75, "51-75"), Band(76, 100, "76-100")),
    form_title="WHO-5 check-in",
)

DEFAULT_INSTRUMENT = SINGLE_ITEM_BURNOUT.id


def check_instrument(instrument: Instrument) -> Instrument:
    """Refuse what would break a round, a form or a licence; returns the instrument unchanged."""
    text = " ".join((instrument.id, instrument.name, instrument.short_name, instrument.attribution))
    if LICENSED.search(text):
        raise ValueError(f"{instrument.name!r} is a licensed or unclear-licence instrument and must not be used")
    if not re.fullmatch(r"[a-z0-9][a-z0-9\-]{0,31}", instrument.id):
        raise ValueError("an instrument id is 1-32 lowercase letters, digits and dashes")
    if not instrument.attribution or not instrument.stem:
        raise ValueError("an instrument needs its attribution and its stem, shown verbatim")
    if not 2 <= len(instrument.options) <= MAX_OPTIONS or len(set(instrument.values)) != len(instrument.options):
        raise ValueError(f"an instrument needs 2-{MAX_OPTIONS} options with distinct values")
    if any(v < 0 for v in instrument.values):
        raise ValueError("option values are 0 or more")
    if instrument.scoring == SINGLE and instrument.items:
        raise ValueError("a single-item instrument has its question in `stem` and no `items`")
    if instrument.scoring == SUM:
        if not 2 <= len(instrument.items) <= MAX_FORM_ITEMS:
            raise ValueError(f"a summed instrument has 2-{MAX_FORM_ITEMS} items (one form must fit every platform)")
        low, high = instrument.scale
        covered = [s for s in range(low, high + 1, instrument.multiplier)
                   if sum(b.holds(s) for b in instrument.bands) != 1]
        if covered:
            raise ValueError("the bands of a summed instrument must cover every score exactly once")
        if not instrument.form_title or len(instrument.form_title) > 24:
            raise ValueError("a summed instrument needs a form title of at most 24 characters")
    if instrument.scoring not in (SINGLE, SUM):
        raise ValueError("scoring is 'single' or 'sum'")
    if instrument.cutoff_direction not in (AT_OR_ABOVE, AT_OR_BELOW) or \
            instrument.distress_direction not in (AT_OR_ABOVE, AT_OR_BELOW):
        raise ValueError("directions are 'at_or_above' or 'at_or_below'")
    if instrument.multiplier < 1:
        raise ValueError("the multiplier is 1 or more")
    return instrument


def instrument_from_dict(data: dict[str, Any]) -> Instrument:
    """An instrument from configuration data (e.g. a TOML table), checked like the built-in ones."""
    fields = dict(data)
    fields["options"] = tuple(Option(int(o["value"]), str(o["label"])) for o in fields.get("options", ()))
    fields["items"] = tuple(str(i) for i in fields.get("items", ()))
    fields["bands"] = tuple(Band(int(b["low"]), int(b["high"]), str(b["label"])) for b in fields.get("bands", ()))
    return check_instrument(Instrument(**fields))


class Instruments:
    """The instruments a deployment offers, by id."""

    def __init__(self, *instruments: Instrument) -> None:
        self._by_id = {i.id: check_instrument(i) for i in instruments}

    def get(self, instrument_id: str) -> Instrument:
        return self._by_id[instrument_id]

    def __contains__(self, instrument_id: object) -> bool:
        return instrument_id in self._by_id

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_id.values())


BUILT_IN = Instruments(SINGLE_ITEM_BURNOUT, WHO5)
