import json
import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parent
SEEDS = REPO / "seeds"
GOLD = HERE / "data" / "seed_events.jsonl"


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory):
    """Tests never read or write the user's cache."""
    os.environ["DASHBOARD_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def seeds_corpus(isolated_cache):
    from dashboard import load_corpus

    return load_corpus(SEEDS, use_cache=False)


@pytest.fixture(scope="session")
def gold():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
