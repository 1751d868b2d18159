"""Find the user-visible strings of the code that the French catalogue lacks, and add them.

    uv run python tools/translations.py            # list what is missing, exit 1 if anything is
    uv run python tools/translations.py --add FILE # append the missing strings to FILE (a .ts)
                                                    # as unfinished entries, to translate by hand

Strings are found by reading the code (ast): literals passed to tr(), _tr(), _t(), self.tr(),
QCoreApplication.translate() and N_().
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import i18n  # noqa: E402

CALLS = {"tr", "_tr", "_t", "translate", "N_"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _wrapper_context(tree: ast.Module) -> str | None:
    """The context of a module's ``_tr``/``_t`` helper (``translate("Ctx", text)``), if any."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "_t"):
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
                    return call.args[0].value
    return None


def strings_in(path: Path) -> list[tuple[str, str]]:
    """(context, source) pairs of the translatable literals in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    default_context = _wrapper_context(tree) or path.stem
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in CALLS:
            continue
        args = node.args
        is_literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
        if len(args) >= 2 and all(is_literal[:2]):
            found.append((args[0].value, args[1].value))
        elif len(args) == 1 and is_literal[0]:
            found.append((default_context, args[0].value))
    return found


def all_strings() -> list[tuple[str, str, Path]]:
    """Every translatable literal of the program, with its context and file."""
    result = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for context, source in strings_in(path):
            result.append((context, source, path))
    return result


def missing(language: str = "fr") -> list[tuple[str, str, Path]]:
    """The strings that have no translation in ``language``."""
    i18n.catalogue.cache_clear()
    i18n._by_source.cache_clear()
    seen, result = set(), []
    for context, source, path in all_strings():
        if source in seen or i18n.lookup(context, source, language) is not None:
            continue
        seen.add(source)
        result.append((context, source, path))
    return result


def add_to(ts_file: Path, entries: list[tuple[str, str, Path]]) -> None:
    """Append ``entries`` to ``ts_file`` as unfinished messages."""
    if ts_file.exists():
        tree = ElementTree.parse(ts_file)
        root = tree.getroot()
    else:
        root = ElementTree.Element("TS", version="2.1", language="fr_FR")
        tree = ElementTree.ElementTree(root)
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for context, source, _path in entries:
        element = contexts.get(context)
        if element is None:
            element = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(element, "name").text = context
            contexts[context] = element
        message = ElementTree.SubElement(element, "message")
        ElementTree.SubElement(message, "source").text = source
        ElementTree.SubElement(message, "translation", type="unfinished")
    ElementTree.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--add", type=Path, help="append missing strings to this .ts file")
    args = parser.parse_args()
    lacking = missing()
    if args.add:
        add_to(args.add, lacking)
        print(f"{len(lacking)} string(s) added to {args.add}")
        return 0
    for context, source, path in lacking:
        print(f"{path.relative_to(ROOT)}: [{context}] {source!r}")
    return 1 if lacking else 0


if __name__ == "__main__":
    sys.exit(main())
