"""Print through CUPS: the saved PDF itself goes to the queue, at true size.

The first tests run everywhere with stand-in ``lp``/``lpstat``/``lpoptions`` commands that
record what they receive. The last one prints through a real cups-pdf queue and measures
the result; it is skipped only where no CUPS scheduler runs, and fails instead when
``CARDMAKER_REQUIRE_CUPS`` is set (CI sets it after starting cupsd).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cardmaker.core.model import CardFormat
from cardmaker.gui.cups_print_dialog import CupsPrintDialog, Sides, default_paper
from cardmaker.gui.cups_print_flow import CupsPrintFlow
from cardmaker.gui.cups_queues import CupsPrinting
from cardmaker.gui.main_window import MainWindow
from cardmaker.render.style import CROP_MARK_LENGTH_MM, CROP_MARK_OFFSET_MM
from tests.gui.conftest import wait_for_preview
from tests.gui.helpers import type_text

REQUIRE_CUPS = "CARDMAKER_REQUIRE_CUPS"
MM_PER_INCH = 25.4
DPI = 600
# Crop marks end this far outside the trim.
MARK_REACH_MM = CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM

FAKE_COMMAND = """#!{python}
import json, os, sys
from pathlib import Path
name = Path(sys.argv[0]).name
log = Path(os.environ["FAKE_CUPS_LOG"])
if name == "lpstat":
    answers = {{
        "-r": "scheduler is running",
        "-e": "Office\\nPDF",
        "-d": "system default destination: Office",
    }}
    if sys.argv[1] == "-p":
        stopped = os.environ.get("FAKE_CUPS_STOPPED")
        if stopped:
            print(f"printer {{sys.argv[2]}} disabled since Mon 30 Nov 2026 -")
            print(f"\t{{stopped}}")
        else:
            print(f"printer {{sys.argv[2]}} is idle.  enabled since Mon 30 Nov 2026")
    else:
        print(answers[sys.argv[1]])
elif name == "lpoptions":
    queue = sys.argv[2]
    if "-l" in sys.argv:
        print("PageSize/Page Size: *A4 Letter")
        if queue == "Office":
            print("Duplex/2-Sided Printing: *None DuplexNoTumble DuplexTumble")
    else:
        print("copies=1 printer-info='Office laser' printer-location")
elif name == "lp":
    data = sys.stdin.buffer.read()
    jobs = sorted(log.glob("job-*.json"))
    number = len(jobs) + 1
    (log / f"job-{{number}}.pdf").write_bytes(data)
    (log / f"job-{{number}}.json").write_text(json.dumps(sys.argv[1:]))
    print(f"request id is Office-{{number}} (0 file(s))")
"""


@pytest.fixture
def fake_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[CupsPrinting, Path]:
    bin_dir = tmp_path / "bin"
    log = tmp_path / "jobs"
    bin_dir.mkdir()
    log.mkdir()
    for name in ("lp", "lpstat", "lpoptions"):
        script = bin_dir / name
        script.write_text(FAKE_COMMAND.format(python=sys.executable))
        script.chmod(0o755)
    monkeypatch.setenv("FAKE_CUPS_LOG", str(log))
    # Not CupsPrinting.find: the GUI tests' set-up keeps it from finding this machine's CUPS.
    cups = CupsPrinting(bin_dir)
    assert "is running" in cups._run("lpstat", ["-r"])
    return cups, log


def sent_jobs(log: Path) -> list[tuple[list[str], bytes]]:
    return [
        (json.loads(path.read_text()), path.with_suffix(".pdf").read_bytes())
        for path in sorted(log.glob("job-*.json"))
    ]


def options(args: list[str]) -> dict[str, str]:
    pairs = [args[i + 1] for i, arg in enumerate(args) if arg == "-o"]
    return dict(pair.split("=", 1) for pair in pairs)


def accept_dialog(
    monkeypatch: pytest.MonkeyPatch, adjust: Callable[[CupsPrintDialog], None] = lambda d: None
) -> list[CupsPrintDialog]:
    shown: list[CupsPrintDialog] = []

    def exec_(dialog: CupsPrintDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        adjust(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CupsPrintDialog, "exec", exec_)
    return shown


def ready_card(qtbot: QtBot, window: MainWindow, cups: CupsPrinting) -> bytes:
    window.print_flow.cups = CupsPrintFlow(cups, window)
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    pdf = window.card_bytes()
    assert pdf is not None
    return pdf


def test_print_sends_the_saved_pdf_bytes_at_true_size(
    qtbot: QtBot,
    window: MainWindow,
    fake_cups: tuple[CupsPrinting, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cups, log = fake_cups
    pdf = ready_card(qtbot, window, cups)
    shown = accept_dialog(monkeypatch, lambda d: d.copies.setValue(3))
    window.commands.print.trigger()
    assert shown[0].printer.currentData() == "Office"  # the default queue first
    assert shown[0].choice().sides is Sides.PRINTER  # it has a duplex unit
    ((args, data),) = sent_jobs(log)
    assert data == pdf  # the very bytes Save writes
    assert args[args.index("-d") + 1] == "Office"
    assert args[args.index("-n") + 1] == "3"
    assert options(args) == {
        "print-scaling": "none",
        "fit-to-page": "false",
        "nopdfAutoRotate": "true",
        "media": default_paper(),  # Letter in the United States, A4 elsewhere
        "sides": "two-sided-long-edge",
        "collate": "true",
    }
    assert "Mary" not in " ".join(args)  # the job title names no patient
    assert not window.guard.has_unkept_card()


def test_a_printer_without_duplex_gets_outside_then_inside(
    qtbot: QtBot,
    window: MainWindow,
    fake_cups: tuple[CupsPrinting, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cups, log = fake_cups
    pdf = ready_card(qtbot, window, cups)
    shown = accept_dialog(
        monkeypatch, lambda d: d.printer.setCurrentIndex(d.printer.findData("PDF"))
    )
    told: list[str] = []

    def question(parent: object, title: str, text: str, *rest: object) -> object:
        told.append(text)
        assert len(sent_jobs(log)) == 1  # the outside is on its way before the sheet turns
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    window.commands.print.trigger()
    assert shown[0].choice().sides is Sides.MANUAL
    assert shown[0].duplex_note.isVisibleTo(shown[0])
    (outside_args, outside), (inside_args, inside) = sent_jobs(log)
    assert outside == inside == pdf
    assert options(outside_args)["page-ranges"] == "1"
    assert options(inside_args)["page-ranges"] == "2"
    assert options(outside_args)["sides"] == "one-sided"
    assert "long edge" in told[0]


def test_a_stopped_queue_is_refused_and_the_card_is_not_counted_printed(
    qtbot: QtBot,
    window: MainWindow,
    fake_cups: tuple[CupsPrinting, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cups, log = fake_cups
    ready_card(qtbot, window, cups)
    accept_dialog(monkeypatch)
    monkeypatch.setenv("FAKE_CUPS_STOPPED", "Paused")
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    window.commands.print.trigger()
    assert sent_jobs(log) == []
    assert len(errors) == 1
    assert "“Office” is stopped" in errors[0] and "(Paused)" in errors[0]
    assert window.guard.has_unkept_card()
    assert "sent to the printer" not in window.statusBar().currentMessage()


def test_the_printer_offset_moves_only_the_page_boxes(
    qtbot: QtBot,
    window: MainWindow,
    fake_cups: tuple[CupsPrinting, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cups, log = fake_cups
    settings = replace(window.settings, printer_offset_x_mm=2.0, printer_offset_y_mm=-1.5)
    monkeypatch.setattr(window, "_settings", settings)
    pdf = ready_card(qtbot, window, cups)
    accept_dialog(monkeypatch)
    window.commands.print.trigger()
    ((_, data),) = sent_jobs(log)
    original, shifted = PdfReader(io.BytesIO(pdf)), PdfReader(io.BytesIO(data))
    for before, after in zip(original.pages, shifted.pages, strict=True):
        assert after.get_contents().get_data() == before.get_contents().get_data()
        points = 72 / MM_PER_INCH
        # Centred by CUPS: widening the left by 4 mm moves the card 2 mm right; widening
        # the bottom by 3 mm moves it 1.5 mm up.
        assert float(after.mediabox.left) == pytest.approx(-4.0 * points, abs=0.01)
        assert float(after.mediabox.bottom) == pytest.approx(-3.0 * points, abs=0.01)
        assert after.mediabox.right == before.mediabox.right
        assert list(after.trimbox) == list(after.mediabox)


def test_calibration_page_goes_to_cups_as_a_sheet_sized_pdf(
    qtbot: QtBot,
    window: MainWindow,
    fake_cups: tuple[CupsPrinting, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cups, log = fake_cups
    window.print_flow.cups = CupsPrintFlow(cups, window)
    accept_dialog(monkeypatch, lambda d: d.paper.setCurrentIndex(d.paper.findData("Letter")))
    window.commands.print_calibration.trigger()
    ((args, data),) = sent_jobs(log)
    assert options(args)["media"] == "Letter"
    assert options(args)["sides"] == "one-sided"
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(612, abs=1)
    assert float(page.mediabox.height) == pytest.approx(792, abs=1)


# --- a real queue ---------------------------------------------------------------------------


def cups_pdf_queue() -> str:
    """The cups-pdf queue of a running scheduler (skip, or fail in CI, without one)."""
    reason = ""
    if shutil.which("lpstat") is None:
        reason = "CUPS is not installed (apt-get install cups printer-driver-cups-pdf)"
    else:
        running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
        if "is running" not in running.stdout:
            reason = "the CUPS scheduler is not running (start it with: cupsd)"
    if not reason:
        devices = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, check=False)
        found = re.search(r"device for (\S+): cups-pdf:/", devices.stdout)
        if found:
            return found.group(1)
        reason = (
            "no cups-pdf queue "
            "(lpadmin -p PDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd)"
        )
    if os.environ.get(REQUIRE_CUPS):
        pytest.fail(f"{REQUIRE_CUPS} is set but {reason}")
    pytest.skip(reason)


def cups_pdf_output_dir() -> Path:
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        for line in conf.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    user = os.environ.get("USER") or Path.home().name
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", user))


def completed_size(queue: str, job_id: str) -> int | None:
    listed = subprocess.run(
        ["lpstat", "-W", "completed", "-o", queue],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    ).stdout
    for line in listed.splitlines():
        fields = line.split()
        if fields and fields[0] == job_id:
            return int(fields[2])
    return None


def dark_box_mm(pdf_path: Path, index: int) -> tuple[tuple[float, ...], tuple[float, float]]:
    document = pdfium.PdfDocument(pdf_path)
    page = document[index]
    image = page.render(scale=DPI / 72).to_pil().convert("L")
    box = image.point(lambda v: 255 if v < 160 else 0).getbbox()
    assert box is not None
    width, height = page.get_size()
    return tuple(v / DPI * MM_PER_INCH for v in box), (
        width / 72 * MM_PER_INCH,
        height / 72 * MM_PER_INCH,
    )


def print_and_collect(
    qtbot: QtBot, window: MainWindow, flow: CupsPrintFlow, queue: str, out_dir: Path
) -> tuple[str, Path]:
    sent = len(flow.sent)
    window.commands.print.trigger()
    assert len(flow.sent) == sent + 1
    job_id, _ = flow.sent[-1]
    qtbot.waitUntil(lambda: completed_size(queue, job_id) is not None, timeout=60_000)
    # cups-pdf names its file after the job; other test runs may print to the same queue.
    number = job_id.rsplit("-", 1)[-1]

    def written() -> list[Path]:
        return sorted(out_dir.glob(f"*job_{number}.pdf")) if out_dir.is_dir() else []

    qtbot.waitUntil(lambda: len(written()) == 1, timeout=30_000)
    return job_id, written()[0]


def test_a_card_printed_through_cups_pdf_is_the_vector_card_at_true_size(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    queue = cups_pdf_queue()
    flow = CupsPrintFlow(CupsPrinting(), window)
    window.print_flow.cups = flow
    window.state.update(card_format=CardFormat.ID1_BIFOLD)  # measured: 171.2 mm
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    pdf = window.card_bytes()
    assert pdf is not None
    accept_dialog(
        monkeypatch,
        lambda d: (
            d.printer.setCurrentIndex(d.printer.findData(queue)),
            d.paper.setCurrentIndex(d.paper.findData("A4")),
            d.sides.setCurrentIndex(d.sides.findData(Sides.PRINTER.value)),
        ),
    )
    out_dir = cups_pdf_output_dir()
    job_id, printed = print_and_collect(qtbot, window, flow, queue, out_dir)
    request.addfinalizer(lambda: printed.unlink(missing_ok=True))
    # The job is the card's own PDF: a few tens of kilobytes, not a raster of megabytes.
    size = completed_size(queue, job_id)
    assert size is not None and size < 100 * 1024
    assert abs(size - len(pdf)) <= 1024  # CUPS counts whole kilobytes
    reader = PdfReader(printed)
    assert len(reader.pages) == 2
    for page in reader.pages:
        resources = page["/Resources"]
        # Vector: no pictures on the page; text in fonts that travel with the file.
        xobjects = resources.get("/XObject", {})
        images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
        assert not images
        fonts = resources["/Font"]
        assert fonts
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys())
    centred = []
    for index in range(2):
        (left, top, right, bottom), sheet = dark_box_mm(printed, index)
        assert sheet == pytest.approx((210.0, 297.0), abs=0.5)  # A4, upright
        assert right - left - 2 * MARK_REACH_MM == pytest.approx(171.2, abs=0.2)
        assert bottom - top - 2 * MARK_REACH_MM == pytest.approx(53.98, abs=0.2)
        centred.append(((left + right) / 2, (top + bottom) / 2))
        assert centred[-1] == pytest.approx((105.0, 148.5), abs=0.3)
    # With a printer offset the card moves by it, as the calibration outline does.
    settings = replace(window.settings, printer_offset_x_mm=2.0, printer_offset_y_mm=-1.5)
    monkeypatch.setattr(window, "_settings", settings)
    _, shifted = print_and_collect(qtbot, window, flow, queue, out_dir)
    request.addfinalizer(lambda: shifted.unlink(missing_ok=True))
    (left, top, right, bottom), _ = dark_box_mm(shifted, 0)
    assert (left + right) / 2 - centred[0][0] == pytest.approx(2.0, abs=0.2)
    assert (top + bottom) / 2 - centred[0][1] == pytest.approx(-1.5, abs=0.2)
    assert right - left - 2 * MARK_REACH_MM == pytest.approx(171.2, abs=0.2)
