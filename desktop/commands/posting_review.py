"""What ``report posting`` says before it writes the PDF: each sentence where a name or a home was
removed, or a word is suspected, so the person posting it reads what will be public."""

from __future__ import annotations

import sys

from desktop.i18n import counted, tr


def _t(text: str) -> str:
    return tr("Reports", text)


def print_review(minutes, context, stream=None) -> int:
    """Write the reviewed sentences of the posting version to ``stream`` (standard error by
    default); returns how many there are."""
    from desktop.reports.posting import posting_review

    stream = stream or sys.stderr
    _clean, _hidden, sentences = posting_review(minutes, context)
    if not sentences:
        print(_t("Posting version: nothing was removed and nothing is suspected."), file=stream)
        return 0
    print(counted(len(sentences),
                  _t("Posting version: 1 sentence changed or to check. Read it before posting "
                     "(the window lets you reword it):"),
                  _t("Posting version: {count} sentences changed or to check. Read them before posting "
                     "(the window lets you reword them):")), file=stream)
    for sentence in sentences:
        state = _t("confirmed") if sentence.confirmed else _t("not yet confirmed")
        print(f"- [{sentence.where}] ({state}) {sentence.public}", file=stream)
        if sentence.suspected:
            print("  " + _t("Suspected, left as written: {words}").format(words=", ".join(sentence.suspected)),
                  file=stream)
    return len(sentences)
