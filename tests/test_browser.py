"""What users see, in a real browser: headless Chromium (Debian's chromium and chromium-driver, driven by
Selenium, nothing downloaded) opens JupyterLab on a temporary copy of notebooks/, finds each notebook
unmodified on opening, runs all its cells and finds no error output; then opens the HTML index and a
report page of a run and finds their title, a figure and a table.

Skipped, with one line saying how to enable it, where /usr/bin/chromium or chromedriver is missing.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("WORKREPORT_CHROMIUM", "/usr/bin/chromium"))
DRIVER = Path(os.environ.get("WORKREPORT_CHROMEDRIVER", "/usr/bin/chromedriver"))
SAMPLE = ROOT / "tests" / "data" / "provincial-sample-2024.txt"
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))

_missing = [str(p) for p in (CHROMIUM, DRIVER) if not p.exists()]
try:
    import selenium  # noqa: F401
except ImportError:
    _missing.append("selenium (pip install -e '.[test]')")
SKIP_REASON = (f"browser test skipped: {' and '.join(_missing)} not found; enable it with "
               "`apt-get install chromium chromium-driver` (as root; .ci/run does this)")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(bool(_missing), reason=SKIP_REASON)]

OPEN_TIMEOUT = 60      # seconds for JupyterLab to show a notebook with its kernel idle
RUN_TIMEOUT = 120      # seconds for Run All on one notebook


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(what: str, check, timeout: float, every: float = 0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture(scope="module")
def html_run(tmp_path_factory):
    """A batch run of the provincial sample, started now so it runs while JupyterLab is tested."""
    out = tmp_path_factory.mktemp("html")
    proc = subprocess.Popen([sys.executable, "-m", "workreport", "run", "--report", str(SAMPLE), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "MPLBACKEND": "Agg"})
    yield proc, out
    if proc.poll() is None:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on a temporary copy of notebooks/ (it autosaves), on a free localhost port, with a token."""
    base = tmp_path_factory.mktemp("lab")
    nbdir = base / "notebooks"
    shutil.copytree(ROOT / "notebooks", nbdir)
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "MPLBACKEND": "Agg", "JUPYTERLAB_SETTINGS_DIR": str(base / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"), "JUPYTER_RUNTIME_DIR": str(base / "runtime")}
    log = open(base / "lab.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1",
                             f"--port={port}", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={nbdir}",
                             "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
                            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(base))

    def up():
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2)
            return True
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(f"JupyterLab exited: {(base / 'lab.log').read_text()[-2000:]}")
            return False

    try:
        _wait("JupyterLab to start", up, 60)
        yield f"http://127.0.0.1:{port}", token, nbdir
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _css(driver, selector):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def _kernel_idle(driver) -> bool:
    status = _css(driver, ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator")
    return bool(status) and status[0].get_attribute("data-status") == "idle"


def _menu(driver, menu: str, label: str):
    """Click a menu of JupyterLab's menu bar, then one of its items, as a user does."""
    next(m for m in _css(driver, ".lm-MenuBar-item") if m.text.strip() == menu).click()

    def item():
        found = [i for i in _css(driver, ".lm-Menu-item") if i.get_attribute("textContent").strip().startswith(label)]
        return found[0] if found else None

    _wait(f"the menu item {menu} > {label}", item, 10).click()


def _prompts(driver) -> list[str]:
    return [p.get_attribute("textContent").strip()
            for p in _css(driver, ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt")]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_jupyterlab_runs_every_notebook_without_errors(lab, browser, html_run, name, tmp_path):
    url, token, _ = lab
    browser.get(f"{url}/lab/tree/{name}?token={token}&reset")
    _wait(f"{name} to open with an idle kernel", lambda: _css(browser, ".jp-Notebook .jp-Cell") and _kernel_idle(browser),
          OPEN_TIMEOUT)
    time.sleep(1.0)   # JupyterLab reconciles the kernelspec and metadata just after opening
    dirty = _css(browser, ".lm-TabBar-tab.jp-mod-dirty")
    assert not dirty, f"{name} is marked modified as soon as it opens"
    n_code = sum(c["cell_type"] == "code" for c in json.loads((lab[2] / name).read_text(encoding="utf-8"))["cells"])
    _menu(browser, "Edit", "Clear Outputs of All Cells")     # so what follows is what this run shows
    _wait("the outputs to clear", lambda: not _css(browser, ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output"), 10)
    _menu(browser, "Run", "Run All Cells")
    _wait(f"Run All on {name}", lambda: (ps := _prompts(browser)) and len(ps) == n_code
          and all(p.startswith("[") and p[1:-2].isdigit() for p in ps) and _kernel_idle(browser), RUN_TIMEOUT)
    errors = _css(browser, '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    assert not errors, f"{name}: " + errors[0].text[:500]
    assert _css(browser, ".jp-RenderedHTMLCommon table"), f"{name} shows no table"
    assert _css(browser, ".jp-RenderedImage img"), f"{name} shows no figure"
    browser.save_screenshot(str(tmp_path / f"{Path(name).stem}.png"))


def test_the_html_index_and_a_report_page_show_title_figure_and_table(browser, html_run):
    proc, out = html_run
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    report = out / "liaoning-2024"

    browser.get((out / "index.html").as_uri())
    assert "Government work reports" in browser.title
    links = [a.get_attribute("href") for a in _css(browser, "a")]
    assert any(link.endswith("liaoning-2024/index.html") for link in links)

    browser.get((report / "index.html").as_uri())
    assert browser.title.startswith("Liaoning 2024")
    assert len(_css(browser, "figure img")) >= 3
    assert _wait("the index's thumbnails to load",
                 lambda: all(browser.execute_script("return arguments[0].naturalWidth", i) > 0
                             for i in _css(browser, "figure img")), 20)

    browser.get((report / "04_target_feasibility.html").as_uri())
    assert browser.title == "Liaoning 2024: which targets are credible?"
    assert "Liaoning 2024: which targets are credible?" in _css(browser, "h1")[0].text
    images = [i for i in _css(browser, ".jp-RenderedImage img") if browser.execute_script("return arguments[0].naturalWidth", i) > 300]
    assert images, "the page shows no figure"
    headers = [th.text for th in _css(browser, ".jp-RenderedHTMLCommon table th")]
    assert "Indicator" in headers and "Verdict" in headers
    assert not _css(browser, ".jp-InputArea-editor"), "the page shows code"
    body = browser.find_element("tag name", "body").text
    assert "NaN" not in body and "None" not in body
