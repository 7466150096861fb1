"""Qt's X11 libraries, checked before Qt starts on Linux, so a missing one is named.

Qt cannot recover when its platform plugin fails to load: it prints a hint (often naming a
library that is not the missing one) and aborts with a core dump. Loading the plugin's
libraries first lets the program name every missing one and the command that installs them.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping

# The libraries Qt 6's xcb plugin loads, with the Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libdbus-1.so.3": "libdbus-1-3",
}


NO_DISPLAY = (
    "cardmaker: the desktop program needs a graphical display, and none is set (DISPLAY). "
    "Start it from the desktop, or use the command line: cardmaker --help."
)


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt will start its xcb (X11) platform plugin."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if chosen:
        return chosen == "xcb"
    # Without a choice Qt takes Wayland in a Wayland session, X11 otherwise.
    return environ.get("XDG_SESSION_TYPE", "") != "wayland"


def missing_packages(
    environ: Mapping[str, str],
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> list[str]:
    """The packages whose libraries the xcb plugin needs and this machine lacks."""
    if not uses_xcb(environ, platform):
        return []
    return [package for library, package in XCB_LIBRARIES.items() if not loads(library)]


def install_advice(packages: list[str]) -> str:
    """The message printed instead of Qt's abort."""
    listed = " ".join(packages)
    return (
        "cardmaker: the desktop program cannot start: Qt's X11 support needs system "
        f"libraries that are not installed ({listed}).\n"
        "On Debian or Ubuntu install them with:\n"
        f"    sudo apt-get install {listed}\n"
        "(The command line works without them: cardmaker --help.)"
    )
