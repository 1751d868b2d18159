"""``import complaints FILE`` and ``export complaints FILE.csv``: thin over services/."""

from __future__ import annotations

import sys

from desktop.domain.complaints import StatusGroup
from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.services.import_fields import FIELDS


def _t(text: str) -> str:
    return tr("Transfer", text)


def register(subparsers) -> None:
    """Add ``import complaints`` and ``export complaints``."""
    importer = subparsers.add_parser("import", help=_t("import complaints from a CSV file"))
    kinds = importer.add_subparsers(dest="what", metavar="WHAT", required=True)
    command = kinds.add_parser(
        "complaints", help=_t("import complaints from a CSV file (all or nothing)"),
        description=_t("Import the complaints of a landlord's or a spreadsheet's CSV extract. "
                       "Nothing is imported if a row is invalid, unless --skip-invalid is given. "
                       "The title and the category are required."),
    )
    command.add_argument("file", metavar="FILE", help=_t("the CSV file (UTF-8 or Windows; , ; or tab)"))
    command.add_argument(
        "--map", action="append", default=[], metavar="SOURCE_COLUMN=FIELD",
        help=_t("read the column SOURCE_COLUMN as FIELD, one of: {fields}, or ignore").format(
            fields=", ".join(FIELDS)),
    )
    command.add_argument("--skip-invalid", metavar="REJECTS.csv",
                         help=_t("import the valid rows and write the others, with the reason, to this file"))
    command.add_argument("--dry-run", action="store_true",
                         help=_t("check the file and say what would be imported, without changing anything"))
    command.add_argument("--overwrite", action="store_true",
                         help=_t("replace REJECTS.csv if it already exists (never the database or a backup)"))
    command.add_argument(
        "--map-values", action="append", default=[], metavar="FIELD:VALUE=TARGET",
        help=_t("read VALUE of the column mapped to FIELD (service or status) as TARGET, for example "
                "\"service:DPE-STPP-DT=works\"; TARGET keep keeps a landlord's own service name in the "
                "description"))
    command.set_defaults(handler=run_import)

    exporter = subparsers.add_parser("export", help=_t("export complaints to a CSV file"))
    kinds = exporter.add_subparsers(dest="what", metavar="WHAT", required=True)
    command = kinds.add_parser(
        "complaints", help=_t("export complaints to a CSV file for a spreadsheet"),
        description=_t("Write the complaints to a CSV file (UTF-8 with BOM, semicolons) that French "
                       "Excel opens with its accents."),
    )
    command.add_argument("file", metavar="FILE.csv", help=_t("the file to write"))
    command.add_argument("--status", choices=[g.value for g in StatusGroup], default=StatusGroup.ALL.value,
                         help=_t("which complaints: open, closed or all (default: all)"))
    command.add_argument("--overwrite", action="store_true", help=_t("replace FILE if it already exists (never the database or a backup)"))
    command.set_defaults(handler=run_export)


def parse_maps(items: list[str]) -> dict[str, str]:
    """``["Objet=title", ...]`` as ``{"Objet": "title"}``; UserError for an item without "="."""
    mappings: dict[str, str] = {}
    for item in items:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip():
            raise UserError(
                _t("“{item}” is not a column mapping: write it SOURCE_COLUMN=FIELD, for example "
                   "--map \"Objet=title\".").format(item=item)
            )
        mappings[column.strip()] = field.strip()
    return mappings


def run_import(args) -> int:
    """``import complaints``: exit 0 when done, 2 when the file or a row is refused."""
    from desktop.cli import open_store
    from desktop.services.importing import ImportRejected, MissingColumns, import_complaints

    from desktop.services.import_fields import parse_value_maps

    mappings = parse_maps(args.map)
    value_maps = parse_value_maps(args.map_values)
    store = open_store(args)
    try:
        result = import_complaints(store, args.file, mappings, skip_invalid=args.skip_invalid,
                                   dry_run=args.dry_run, overwrite=args.overwrite, value_maps=value_maps)
    except ImportRejected as error:
        print(error.message, file=sys.stderr)
        print(_t("Correct these rows and import the file again, or add --skip-invalid REJECTS.csv to "
                 "import the valid rows and set the others aside."), file=sys.stderr)
        return 2
    except MissingColumns as error:
        print(error.message, file=sys.stderr)
        print(_t("Say which column holds it with --map, for example --map \"Objet={field}\".")
              .format(field=error.fields[0]), file=sys.stderr)
        return 2
    finally:
        store.close()
    from desktop.services.importing import grouped_sentences

    print(result.summary())
    for sentence in grouped_sentences(result.rejected):
        print(sentence)
    return 0


def run_export(args) -> int:
    """``export complaints``: exit 0 when the file is written, 2 when it cannot be."""
    from desktop.cli import open_store
    from desktop.cli import database_path
    from desktop.services.exporting import export_complaints
    from desktop.services.targets import check_target

    check_target(args.file, database_path(args), args.overwrite)  # before the database is opened
    store = open_store(args)
    try:
        count = export_complaints(store, args.file, StatusGroup(args.status), overwrite=args.overwrite)
    finally:
        store.close()
    message = (_t("1 complaint exported to “{path}”.") if count == 1
               else _t("{count} complaints exported to “{path}”."))
    print(message.format(count=count, path=args.file))
    return 0
