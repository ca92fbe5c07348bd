"""The scored candidate: the best weighted scores are found without weighing every element."""

from __future__ import annotations

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from syndicate.reader.body.locate import _Final
from syndicate.reader.dom import Element


class _Densities:
    def __init__(self, densities: dict[Element, float]) -> None:
        self.densities = densities
        self.asked: list[Element] = []

    def link_density(self, el: Element) -> float:
        self.asked.append(el)
        return self.densities[el]


_PAIRS = st.lists(
    st.tuples(
        st.sampled_from([-25.0, -3.0, 0.0, 1.5, 4.0, 9.0, 30.0]), st.sampled_from([0, 0.5, 1, 1.5])
    ),
    min_size=1,
    max_size=14,
)


@given(_PAIRS, st.integers(min_value=1, max_value=7))
def test_the_best_weighted_scores_are_what_sorting_them_all_gives(
    pairs: list[tuple[float, float]], count: int
) -> None:
    elements = [lxml.html.Element("div") for _ in pairs]
    scores = {el: score for el, (score, _) in zip(elements, pairs, strict=True)}
    densities = _Densities({el: d for el, (_, d) in zip(elements, pairs, strict=True)})
    weighted = {el: s * (1 - densities.densities[el]) for el, s in scores.items()}
    expected = sorted(weighted, key=weighted.__getitem__, reverse=True)[:count]
    final = _Final(scores, densities)  # type: ignore[arg-type]
    assert final.best(count) == expected
    assert all(final[el] == weighted[el] for el in expected)
    assert final.get(lxml.html.Element("p")) is None


def test_elements_that_cannot_reach_the_best_are_not_weighed() -> None:
    elements = [lxml.html.Element("div") for _ in range(20)]
    scores = {el: float(n) for n, el in enumerate(elements)}
    densities = _Densities(dict.fromkeys(elements, 0.0))
    final = _Final(scores, densities)  # type: ignore[arg-type]
    assert final.best(3) == elements[:-4:-1]
    assert len(densities.asked) == 3  # the fourth best score is below the third weighted one
