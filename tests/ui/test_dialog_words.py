"""Every dialog shows its words whole, in French (the longer words) with the default text and at
16 points: no button, check box or one-line label cut, no column heading clipped."""

from __future__ import annotations

import pytest

from tests.ui.test_dialog_focus import DIALOGS, _dialogs


@pytest.mark.parametrize("points", [12, 16])
@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_shows_its_words_whole(qtbot, qapp, residence_store, events, name, points):
    from desktop import i18n
    from desktop.ui.screen_fit import clipped_headings, clipped_texts
    from desktop.ui.style import apply_style
    from desktop.ui.translator import CatalogueTranslator

    i18n.set_language("fr")
    french = CatalogueTranslator("fr")
    qapp.installTranslator(french)
    apply_style(qapp, points)
    try:
        dialog = _dialogs()[name](residence_store, events)
        dialog.show()
        qtbot.waitExposed(dialog)
        qapp.processEvents()
        cut = clipped_texts(dialog) + clipped_headings(dialog)
        dialog.close()
        dialog.deleteLater()
    finally:
        apply_style(qapp, 12)
        qapp.removeTranslator(french)
        i18n.set_language("en")
    assert cut == []
