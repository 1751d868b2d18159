"""The signature pad: strokes drawn with the mouse are kept as vectors; Clear forgets them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop.domain.signature import Strokes
from desktop.reports.signature import strokes_png
from desktop.ui.signature_pad import SignatureDialog, SignaturePad


def draw(qtbot, canvas, points):
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(canvas, QPoint(*point))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def make_pad(qtbot):
    pad = SignaturePad("Marie Dupont")
    qtbot.addWidget(pad)
    pad.resize(520, 260)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_strokes_drawn_with_the_mouse_are_captured_and_cleared(qtbot):
    pad = make_pad(qtbot)
    canvas = pad.canvas
    assert pad.strokes().is_empty and not pad.clear_button.isEnabled()
    w, h = canvas.width() - 1, canvas.height() - 1
    with qtbot.waitSignal(pad.strokes_changed) as emitted:
        draw(qtbot, canvas, [(w // 10, h // 2), (w // 4, h // 4), (w // 2, h * 3 // 4)])
    draw(qtbot, canvas, [(w // 5, h * 9 // 10), (w * 4 // 5, h * 9 // 10)])

    strokes = pad.strokes()
    assert len(strokes.strokes) == 2
    first = strokes.strokes[0]
    assert len(first) >= 3
    assert abs(first[0][0] - 0.1) < 0.02 and abs(first[0][1] - 0.5) < 0.02
    assert abs(first[-1][0] - 0.5) < 0.02 and abs(first[-1][1] - 0.75) < 0.02
    assert isinstance(emitted.args[0], Strokes) and len(emitted.args[0].strokes) == 1
    assert Strokes.from_json(strokes.to_json()) == strokes
    assert pad.clear_button.isEnabled()
    assert pad.clear_button.accessibleName() == "Clear the signature"

    with qtbot.waitSignal(pad.strokes_changed) as cleared:
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.strokes().is_empty and cleared.args[0].is_empty
    assert not pad.clear_button.isEnabled()


def test_the_pad_shows_the_ink_and_the_strokes_print_the_same(qtbot):
    pad = make_pad(qtbot)
    canvas = pad.canvas
    draw(qtbot, canvas, [(20, 20), (200, 120), (400, 40)])
    image = canvas.grab().toImage()
    inked = [image.pixelColor(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    assert any(c.blue() > 80 and c.red() < 60 for c in inked)  # the navy ink is on screen
    blank_png = strokes_png(Strokes())
    assert strokes_png(pad.strokes()) != blank_png
    assert strokes_png(pad.strokes()) == strokes_png(Strokes.from_json(pad.strokes().to_json()))


def test_the_dialog_gives_the_strokes_once_something_is_drawn(qtbot):
    dialog = SignatureDialog("Jean Martin")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Signature of Jean Martin"
    assert not dialog.sign_button.isEnabled()  # nothing drawn: nothing to confirm
    canvas = dialog.pad.canvas
    draw(qtbot, canvas, [(30, 40), (120, 90), (260, 50)])
    assert dialog.sign_button.isEnabled()
    with qtbot.waitSignal(dialog.signed) as signed:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert signed.args[0] == dialog.pad.strokes()
    assert len(signed.args[0].strokes) == 1
    assert dialog.result() == SignatureDialog.DialogCode.Accepted
