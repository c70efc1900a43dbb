"""The unit registry: every unit a reader writes is declared once, and conversions are exact."""
import pytest

from workreport.contract import units
from workreport.contract.categories import UNITS


@pytest.mark.parametrize("value, a, b, want", [
    (15, "mu", "ha", 1.0),                 # 1 mu is 1/15 hectare
    (4.021e6, "mu", "ha", 268066.6666666667),
    (2, "jin", "kg", 1.0),
    (1.3e12, "jin", "ton", 6.5e8),         # 13000亿斤 of grain is 650 million tonnes
    (1, "km2", "ha", 100.0),
    (2, "year", "month", 24.0),
    (7, "ha", "ha", 7),
])
def test_conversions_are_exact(value, a, b, want):
    assert units.convert(value, a, b) == pytest.approx(want, rel=1e-15)


@pytest.mark.parametrize("a, b", [("CNY", "USD"), ("day", "month"), ("%", "pp"), ("mu", "ton"), ("", "ha")])
def test_units_of_different_dimensions_never_convert(a, b):
    assert not units.convertible(a, b)
    with pytest.raises(units.UnitError):
        units.convert(1, a, b)


def test_an_unknown_unit_is_named():
    with pytest.raises(units.UnitError, match="'acre' is not in the unit registry"):
        units.convert(1, "acre", "ha")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_unit_a_reader_writes_is_in_the_registry(language):
    from workreport.read import words as vocab
    written = {r[1] for r in vocab.rows("units", language)}
    assert written <= set(UNITS), sorted(written - set(UNITS))
