"""Read Palier's windows through the accessibility tree, as a screen reader does (AT-SPI over D-Bus).

Run inside a D-Bus session on a virtual X screen (``dbus-run-session -- xvfb-run -a python
walk.py OUT.json``): starts the accessibility bus, starts ``app.py`` with Qt's accessibility bridge
on, walks every window of the application named "Palier" and writes to OUT.json what a person
using a screen reader or a mouse would trip on:

* a control that can take the focus with no name to say, or no role;
* an interactive control smaller than 24 × 24 pixels on screen;
* text whose colour reaches less than 4.5:1 against its background (reported by app.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import open_dbus_connection

HERE = Path(__file__).resolve().parent
ACCESSIBLE = "org.a11y.atspi.Accessible"
FOCUSABLE, SHOWING = 11, 25  # AtspiStateType
INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text", "password text",
               "spin button", "toggle button", "page tab", "slider", "entry", "date editor"}
NAMELESS_ROLES = {"table cell", "list item", "tree item", "menu item", "scroll bar", "filler", "panel",
                  "scroll pane", "viewport", "table column header", "column header", "row header"}
# Lists and tables are read as a whole; their hundreds of cells are the data, not the controls.
NO_DESCENT = {"table", "tree table", "list", "tree", "list box"}
MIN_SIDE = 24


class Reader:
    def __init__(self, address: str):
        self.bus = open_dbus_connection(bus=address)

    def call(self, node, interface, method, signature=None, body=()):
        destination, path = node
        message = new_method_call(DBusAddress(path, bus_name=destination, interface=interface), method,
                                  signature, body)
        return self.bus.send_and_get_reply(message, timeout=10).body

    def prop(self, node, name):
        destination, path = node
        message = Properties(DBusAddress(path, bus_name=destination, interface=ACCESSIBLE)).get(name)
        return self.bus.send_and_get_reply(message, timeout=10).body[0][1]

    def children(self, node):
        return [tuple(child) for child in self.call(node, ACCESSIBLE, "GetChildren")[0]]


def _has(state, bit: int) -> bool:
    return bool(state[bit // 32] & (1 << (bit % 32)))


def walk(reader: Reader, node, window: str, problems: list[str], seen: list[int]) -> None:
    seen[0] += 1
    role = reader.call(node, ACCESSIBLE, "GetRoleName")[0]
    name = (reader.prop(node, "Name") or "").strip()
    state = reader.call(node, ACCESSIBLE, "GetState")[0]
    showing = _has(state, SHOWING)
    if showing and _has(state, FOCUSABLE) and role not in NAMELESS_ROLES:
        if not role or role == "unknown":
            problems.append(f"{window}: a control with no role (name “{name}”)")
        if not name:
            problems.append(f"{window}: a {role} that can take the focus has no name")
    if showing and role in INTERACTIVE:
        try:
            x, y, width, height = reader.call(node, "org.a11y.atspi.Component", "GetExtents", "u", (0,))[0]
        except Exception:  # noqa: BLE001 (no Component interface: nothing on screen to measure)
            width = height = MIN_SIDE
        if 0 < width < MIN_SIDE or 0 < height < MIN_SIDE:
            problems.append(f"{window}: the {role} “{name}” is {width}×{height} px (at least {MIN_SIDE}×{MIN_SIDE})")
    if role in NO_DESCENT:
        return
    for child in reader.children(node):
        walk(reader, child, window, problems, seen)


def main() -> int:
    out = Path(sys.argv[1])
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    session = open_dbus_connection(bus="SESSION")
    address = ""
    for _attempt in range(100):  # the launcher registers its name on the session bus when ready
        try:
            reply = session.send_and_get_reply(new_method_call(
                DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus"), "GetAddress"),
                timeout=5)
            address = reply.body[0]
            break
        except Exception:  # noqa: BLE001
            time.sleep(0.1)
    contrast_file = Path(tempfile.mkdtemp()) / "contrast.json"
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen([sys.executable, str(HERE / "app.py"), str(contrast_file)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    problems: list[str] = []
    windows: list[str] = []
    seen = [0]
    try:
        if app.stdout.readline().strip() != "ready":
            problems.append("the program did not start")
        else:
            problems += json.loads(contrast_file.read_text(encoding="utf-8"))
            reader = Reader(address)
            root = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
            palier = [app_node for app_node in reader.children(root) if reader.prop(app_node, "Name") == "Palier"]
            if not palier:
                problems.append("no application called Palier in the accessibility tree")
            for app_node in palier:
                for window in reader.children(app_node):
                    title = reader.prop(window, "Name") or "(a window)"
                    windows.append(title)
                    walk(reader, window, title, problems, seen)
    finally:
        app.terminate()
        app.wait(timeout=30)
        launcher.terminate()
    out.write_text(json.dumps({"problems": problems, "nodes": seen[0], "windows": windows}, ensure_ascii=False, indent=1),
                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
