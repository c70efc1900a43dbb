"""environment.yml (conda) and pyproject.toml (pip) list the same packages with the same pins,
so a conda user and a pip user get the versions that shape notebook output."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

ROOT = Path(__file__).resolve().parents[1]
_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(==|>=|<=|~=|!=|>|<)?\s*([^\s;#]*)")


def normalize(name: str) -> str:
    """Package names compare as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_requirement(req: str) -> tuple[str, str, str]:
    m = _REQ.match(req)
    assert m, f"cannot read requirement {req!r}"
    return normalize(m.group(1)), m.group(2) or "", m.group(3)


def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def pyproject_requirements() -> list[str]:
    project = pyproject()["project"]
    reqs = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        reqs.extend(extra)
    return reqs


def environment_yml(text: str) -> dict:
    """The parts of environment.yml we need: name, channels, conda dependencies and the pip list.

    A small reader for the flat layout conda uses, so the test needs no YAML library.
    """
    out: dict = {"name": None, "channels": [], "conda": [], "pip": []}
    section, pip_indent = None, None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        item = line.strip()
        if indent == 0:
            key, _, value = item.partition(":")
            section = key.strip()
            if section == "name":
                out["name"] = value.strip()
            continue
        if not item.startswith("- "):
            continue
        value = item[2:].strip()
        if section == "channels":
            out["channels"].append(value)
        elif section == "dependencies":
            if value == "pip:":
                pip_indent = indent
            elif pip_indent is not None and indent > pip_indent:
                out["pip"].append(value)
            else:
                pip_indent = None
                out["conda"].append(value)
    return out


@pytest.fixture(scope="module")
def env() -> dict:
    return environment_yml((ROOT / "environment.yml").read_text(encoding="utf-8"))


def test_same_packages_with_the_same_pins(env):
    # an extra may repeat another's requirement as it is (the test extra holds the cluster extra's dask pin)
    pip_side = sorted(set(map(parse_requirement, pyproject_requirements())))
    conda_side = sorted(map(parse_requirement, env["pip"]))
    assert conda_side == pip_side, (
        f"only in pyproject.toml: {sorted(set(pip_side) - set(conda_side))}; "
        f"only in environment.yml: {sorted(set(conda_side) - set(pip_side))}")


def test_every_package_is_pinned_exactly():
    for req in pyproject_requirements():
        name, op, version = parse_requirement(req)
        assert op == "==" and re.fullmatch(r"\d+(?:\.\d+)*", version), f"{req} is not pinned to one version"


def test_no_package_is_listed_twice(env):
    # pyproject.toml may list one requirement in two extras, never one package with two pins
    for reqs in (set(map(parse_requirement, pyproject_requirements())), map(parse_requirement, env["pip"])):
        names = [name for name, _, _ in reqs]
        assert len(names) == len(set(names))


def test_conda_python_satisfies_requires_python(env):
    pythons = [d for d in env["conda"] if re.match(r"python\b", d)]
    assert len(pythons) == 1, env["conda"]
    version = re.search(r"=+\s*(\d+)\.(\d+)", pythons[0])
    assert version, pythons[0]
    conda_python = (int(version.group(1)), int(version.group(2)))
    minimum = re.search(r">=\s*(\d+)\.(\d+)", pyproject()["project"]["requires-python"])
    assert conda_python >= (int(minimum.group(1)), int(minimum.group(2)))
    assert "pip" in env["conda"]
    assert env["name"] and env["channels"]


def test_reader_agrees_with_yaml_when_available(env):
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in data["dependencies"] if isinstance(d, dict) and "pip" in d)
    conda = [d for d in data["dependencies"] if isinstance(d, str)]
    assert (env["name"], env["channels"], env["conda"], env["pip"]) == (data["name"], data["channels"], conda, pip)


def test_reader_on_a_small_example():
    text = ("name: demo  # a comment\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n"
            "  - pip:\n      - pandas==3.1.1\n      - Foo_Bar==1.0\n  - nodejs\n")
    env = environment_yml(text)
    assert env == {"name": "demo", "channels": ["conda-forge"], "conda": ["python=3.11", "pip", "nodejs"],
                   "pip": ["pandas==3.1.1", "Foo_Bar==1.0"]}
    assert parse_requirement("Foo_Bar==1.0") == ("foo-bar", "==", "1.0")
    assert parse_requirement("nbval[extra] >= 0.11") == ("nbval", ">=", "0.11")
