"""A standalone prompt: no description that only the sentences around it explain ('the troubled
province', 'the 31-year-old striker', 'the following week', 'the three hospitals')."""

from __future__ import annotations

from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import compiled, vet_data


def description_problem(prompt: str) -> Why | None:
    """The unresolved description the prompt leans on, named, or None."""
    for pattern in vet_data()["unresolved_descriptions"]:
        m = compiled(pattern).search(prompt)
        if m:
            return Reason.UNRESOLVED_DESCRIPTION(m.group(0))
    return None
