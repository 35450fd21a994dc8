"""A sentence-opening 'They'/'It' as the sentence before's subject (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.resolve.antecedent import previous_subject


@pytest.mark.parametrize("text, meant", [
    # the one noun phrase of its number the sentence before is about
    ("Wild bees live in large colonies. They build combs of wax.", "wild bees"),
    ("Sound waves travel through the air. They bounce back from hard walls.", "sound waves"),
    # another noun of the same number may be meant: no guess
    ("Bats catch insects at night. They fly fast.", None),
    # 'It' is the topic rules' (an encyclopedia's 'It' is mostly its topic)
    ("The old lighthouse stands on the cliff. It was built of granite.", None),
    # which ones, a question could not say; a long phrase is no plain subject
    ("Several nations met in Geneva. They signed a treaty.", None),
    ("Some farmers planted wheat. They sold it in town.", None),
    ("Moles with long claws that dig deep tunnels live here. They are blind.", None),
    # not at the start of its sentence: 'it' may be anything the sentence says first
    ("Honey bees live in colonies. In winter they huddle together.", None),
])
def test_a_leading_pronoun_is_the_subject_before_only_when_nothing_else_is_meant(nlp, text, meant):
    prev, sent = list(nlp(text).sents)
    pronoun = next(t for t in sent if t.lower_ in ("they", "it"))
    assert previous_subject(pronoun, prev) == meant
