#!/usr/bin/python3
"""Issue 29, "Accessible": the window's tree as a screen reader gets it over AT-SPI.

For each page (market, centres, models, chips, data) and both languages, starts `zhisuan --db <starter store>
--page P --lang L` with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, finds it on the accessibility bus (with-atspi.sh starts
one) and walks its tree with pyatspi: every control on the page (buttons, boxes, fields, tables, lists, tabs, charts) has
a name; each chart and the map is a node of role chart whose description starts with its name and gives its row
count; the pages of charts have charts. Prints one line per page and language, then "N passed, N failed".
    walk_pages.py ZHISUAN_EXE
"""
import os
import re
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError as error:  # ./dev test installs python3-pyatspi: its absence is a failure, not a skip
    print(f"FAIL: pyatspi cannot be imported ({error}); install python3-pyatspi", file=sys.stderr)
    sys.exit(1)

PAGES = ["market", "centres", "models", "chips", "data"]
LANGUAGES = ["en", "zh_CN"]
# Charts shown when a page opens on the starter store (at least): the market's latest week (8.12–8.16) has returns
# only, the models page shows its first tab (the timeline).
MIN_CHARTS = {"market": 1, "centres": 1, "models": 1, "chips": 1, "data": 0}
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_SLIDER, pyatspi.ROLE_CHART,
}
# Their children are data (cells, items, a combo's popup), not controls: the container is what is named.
LEAVES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_COMBO_BOX,
          pyatspi.ROLE_CHART}
ARROWS = re.compile("[◀▶▲▼◂▸←→]")


def find_application(proc, timeout=60):
    """The program's node on the accessibility bus, or None: after `timeout` seconds, or at once if it has quit."""
    pid = proc.pid
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return None
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away while listed
                continue
        time.sleep(0.5)
    return None


def walk(node, out, depth=0):
    if node is None or depth > 80:
        return
    try:
        states = node.getState()
        # Visible, not necessarily showing: a chart scrolled out of the page's view is still on the page.
        if not states.contains(pyatspi.STATE_VISIBLE):
            return
        out.append(node)
        if node.getRole() in LEAVES:
            return
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), out, depth + 1)
    except Exception as error:  # a node destroyed while walked: say so, the check goes on
        print(f"  (node went away: {error})", file=sys.stderr)


def counted(chart):
    """True when the chart's description, after its name, gives figures (its row count): it has its data."""
    name, description = chart.name or "", chart.description or ""
    return description.startswith(name) and re.search(r"\d", description[len(name):]) is not None


def check(app, page):
    """Returns (problems, charts) for the window's tree once the page's charts have their data."""
    deadline = time.monotonic() + 60
    while True:
        nodes = []
        walk(app, nodes)
        charts = [n for n in nodes if n.getRole() == pyatspi.ROLE_CHART]
        loaded = len(charts) >= MIN_CHARTS[page] and all(counted(c) for c in charts)
        if loaded or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    problems = []
    for n in nodes:
        role = n.getRole()
        name = (n.name or "").strip()
        if role in CONTROLS and (not name or ARROWS.search(name)):
            problems.append(f"{n.getRoleName()} named {name!r}")
    if len(charts) < MIN_CHARTS[page]:
        problems.append(f"{len(charts)} charts shown, expected at least {MIN_CHARTS[page]}")
    for c in charts:
        if not (c.name or "").strip() or c.name in ("Chart", "图表") or not counted(c):
            problems.append(f"chart {c.name!r} described as {c.description!r}")
    # Read now: once the program has quit its nodes answer with nothing.
    return problems, [c.description for c in charts]


def start(exe, db, page, language, env):
    """Starts the program on a page and finds its node on the accessibility bus; returns the process, the node (None
    if it never appeared) and what the program said if it quit. A start that cannot reach the X server at all (seen
    in a few full runs under ctest -j2: "could not connect to display", the program gone at once) is tried again, up
    to twice, and said: that is the display, not the accessibility tree, whose checks all still apply."""
    for attempt in range(3):
        proc = subprocess.Popen([exe, "--db", db, "--page", page, "--lang", language], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        app = find_application(proc)
        said = proc.stderr.read() if app is None and proc.poll() is not None else ""
        if "could not connect to display" not in said or attempt == 2:
            return proc, app, said
        print(f"RETRY {page} {language}: the program could not reach the X display; starting it again", file=sys.stderr)
        time.sleep(1)


def main():
    exe = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="zhisuan-a11y-")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_DATA_HOME=os.path.join(tmp, "data"),
               XDG_CACHE_HOME=os.path.join(tmp, "cache"))
    db = os.path.join(tmp, "starter.sqlite")
    init = subprocess.run([exe, "init", "--db", db], env=env, capture_output=True, text=True, timeout=300)
    if init.returncode != 0:
        print(f"FAIL: zhisuan init: {init.stderr}", file=sys.stderr)
        return 1
    passed = failed = 0
    for language in LANGUAGES:
        for page in PAGES:
            proc, app, said = start(exe, db, page, language, env)
            try:
                if app is None:
                    problems, charts = [f"the window never appeared on the accessibility bus"], []
                else:
                    problems, charts = check(app, page)
            finally:
                proc.terminate()
                try:
                    _, err = proc.communicate(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    _, err = proc.communicate()
                err = said + (err or "")
            label = f"{page} {language}"
            if problems:
                failed += 1
                print(f"FAIL {label}: " + "; ".join(problems))
                if err.strip():
                    print("  zhisuan said: " + err.strip()[-2000:])
            else:
                passed += 1
                print(f"PASS {label}: {len(charts)} charts" + "".join(f"\n  chart: {d}" for d in charts))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
