"""The learner's industry as example data: the same exercise about "records grouped and
measured" reads as patients per ward in healthcare and as transactions per account in finance.

Every industry has five rows of (name, group, value) with distinct names and values, two or
three groups, and identifiers safe to use as Python names, so one exercise template works for
all of them and its expected output can be computed here, from the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Row = tuple[str, str, int]


def an(word: str) -> str:
    """The indefinite article for ``word`` (by its first letter, which suits these words)."""
    return "an" if word[:1].lower() in "aeiou" else "a"


@dataclass(frozen=True)
class Industry:
    key: str
    label: str  # how the lesson names it in prose
    record: str  # one row, a Python identifier: "patient"
    records: str  # the list of rows, a Python identifier: "patients"
    group: str  # what rows are grouped by, an identifier: "ward"
    measure: str  # the number each row carries, an identifier: "heart_rate"
    unit: str  # the measure's unit, for prose and output: "bpm"
    rows: tuple[Row, ...]
    threshold: int  # a value between the rows' smallest and largest, for "flag the high ones"
    event: str  # what happens to a record, past tense: "admitted"
    domain: str  # a word to put before a noun: "a hospital log"
    aliases: tuple[str, ...] = ()
    measure_text: str = ""  # how prose names the measure, when not its identifier

    @property
    def a_record(self) -> str:
        return f"{an(self.record)} {self.record}"

    @property
    def a_group(self) -> str:
        return f"{an(self.group)} {self.group}"

    @property
    def a_measure(self) -> str:
        return f"{an(self.measure_label)} {self.measure_label}"

    @property
    def measure_label(self) -> str:
        return self.measure_text or self.measure.replace("_", " ")

    @property
    def groups(self) -> list[str]:
        return sorted({group for _, group, _ in self.rows})

    @property
    def names(self) -> list[str]:
        return [name for name, _, _ in self.rows]

    @property
    def values(self) -> list[int]:
        return [value for _, _, value in self.rows]


GENERAL = Industry(
    key="general",
    label="a small library catalogue",
    record="book",
    records="books",
    group="genre",
    measure="pages",
    unit="pages",
    rows=(
        ("Dune", "scifi", 412),
        ("Emma", "classic", 474),
        ("Ubik", "scifi", 202),
        ("Beloved", "classic", 324),
        ("Neuromancer", "scifi", 271),
    ),
    threshold=300,
    event="borrowed",
    domain="library",
)
INDUSTRIES = (
    Industry(
        key="healthcare",
        label="healthcare",
        record="patient",
        records="patients",
        group="ward",
        measure="heart_rate",
        unit="bpm",
        rows=(
            ("Ana", "cardiology", 72),
            ("Ben", "oncology", 88),
            ("Chen", "cardiology", 104),
            ("Dara", "pediatrics", 95),
            ("Eli", "oncology", 61),
        ),
        threshold=90,
        event="admitted",
        domain="hospital",
        aliases=("health", "medical", "medicine", "hospital", "clinic", "pharma", "biotech"),
    ),
    Industry(
        key="finance",
        label="finance",
        record="transaction",
        records="transactions",
        group="account",
        measure="amount",
        unit="EUR",
        rows=(
            ("TX1001", "checking", 120),
            ("TX1002", "savings", 2500),
            ("TX1003", "checking", 45),
            ("TX1004", "credit", 980),
            ("TX1005", "savings", 310),
        ),
        threshold=500,
        event="settled",
        domain="banking",
        aliases=("fintech", "banking", "bank", "insurance", "accounting", "trading"),
    ),
    Industry(
        key="retail",
        label="retail and e-commerce",
        record="order",
        records="orders",
        group="category",
        measure="total",
        unit="USD",
        rows=(
            ("ORD17", "books", 35),
            ("ORD18", "garden", 129),
            ("ORD19", "books", 18),
            ("ORD20", "toys", 64),
            ("ORD21", "garden", 87),
        ),
        threshold=60,
        event="shipped",
        domain="shop",
        aliases=("e-commerce", "ecommerce", "commerce", "shop", "shopping", "sales", "marketing"),
    ),
    Industry(
        key="education",
        label="education",
        record="student",
        records="students",
        group="course",
        measure="score",
        unit="points",
        rows=(
            ("Amara", "math", 91),
            ("Bruno", "history", 67),
            ("Chloe", "math", 78),
            ("Dev", "physics", 84),
            ("Ines", "history", 59),
        ),
        threshold=70,
        event="enrolled",
        domain="school",
        aliases=("edtech", "school", "university", "teaching", "academia", "training"),
    ),
    Industry(
        key="logistics",
        label="logistics",
        record="shipment",
        records="shipments",
        group="route",
        measure="weight_kg",
        unit="kg",
        rows=(
            ("SH501", "north", 340),
            ("SH502", "south", 125),
            ("SH503", "north", 610),
            ("SH504", "east", 275),
            ("SH505", "south", 480),
        ),
        threshold=400,
        event="dispatched",
        domain="shipping",
        aliases=("shipping", "supply chain", "transport", "transportation", "delivery", "freight"),
        measure_text="weight",
    ),
    Industry(
        key="gaming",
        label="gaming",
        record="player",
        records="players",
        group="team",
        measure="score",
        unit="points",
        rows=(
            ("Nova", "red", 1320),
            ("Orbit", "blue", 980),
            ("Pixel", "red", 1575),
            ("Quest", "blue", 1105),
            ("Rune", "green", 760),
        ),
        threshold=1000,
        event="joined",
        domain="game",
        aliases=("games", "game", "game development", "gamedev", "esports", "entertainment"),
    ),
    Industry(
        key="manufacturing",
        label="manufacturing",
        record="machine",
        records="machines",
        group="line",
        measure="units_per_hour",
        unit="units/h",
        rows=(
            ("Press1", "assembly", 140),
            ("Lathe2", "machining", 85),
            ("Robot3", "assembly", 210),
            ("Mill4", "machining", 95),
            ("Pack5", "packaging", 160),
        ),
        threshold=120,
        event="serviced",
        domain="factory",
        aliases=("factory", "industrial", "automotive", "iot", "industry 4.0", "production"),
    ),
    Industry(
        key="travel",
        label="travel and hospitality",
        record="booking",
        records="bookings",
        group="city",
        measure="nights",
        unit="nights",
        rows=(
            ("BK01", "lisbon", 3),
            ("BK02", "oslo", 7),
            ("BK03", "lisbon", 2),
            ("BK04", "kyoto", 5),
            ("BK05", "oslo", 4),
        ),
        threshold=4,
        event="confirmed",
        domain="travel",
        aliases=("hospitality", "tourism", "hotel", "hotels", "airline", "aviation"),
    ),
)
_WORDS = re.compile(r"[a-z0-9.]+(?:[ -][a-z0-9.]+)*")


def industry_for(name: str) -> Industry:
    """The industry table's entry for the learner's industry; the general one otherwise."""
    wanted = " ".join(_WORDS.findall(name.lower().replace("_", " ")))
    if not wanted or wanted == "general":
        return GENERAL
    for industry in INDUSTRIES:
        for word in (industry.key, *industry.aliases):
            if re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", wanted):
                return industry
    return GENERAL
