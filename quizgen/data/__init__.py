"""The package's data files (word lists, patterns, wording, templates), each read once.

Every module reads its data through these loaders, so a file is parsed once per process and the
comment convention is the same everywhere: blank lines and lines starting with '#' are not data.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=None)
def text(name: str) -> str:
    """The whole text of data file `name` ('furniture.txt', 'anki/mc_front.html')."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """The data lines of a list file, as written (blank and '#' lines left out)."""
    return tuple(line for line in text(name).splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The data lines of a TSV file, split at tabs."""
    return tuple(tuple(line.split("\t")) for line in lines(name))


@lru_cache(maxsize=None)
def json_data(name: str):
    """A JSON data file, parsed (shared: callers must not change it)."""
    return json.loads(text(name))


def path(name: str) -> Path:
    """The file's path inside the installed package (for files handed to other programs)."""
    return Path(str(resources.files(__name__).joinpath(name)))
