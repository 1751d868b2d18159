"""What an imported column means and how its cells become complaint values.

Column names are recognised from French and English synonyms, compared once normalised (accents
stripped, case folded, punctuation folded to spaces: "N° de réclamation" is "n de reclamation").
Values: dates in ISO or French form, statuses and landlord services by code, label or the words
landlords use. Every parser returns a value or raises ``CellError`` with the reason in a phrase.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache, lru_cache

from desktop.domain.complaints import STATUS_LABELS, ComplaintStatus
from desktop.domain.errors import UserError
from desktop.domain.people import SERVICE_LABELS, LandlordService
from desktop.i18n import N_, lookup, tr
from desktop.services.csv_table import shown

FIELDS = (
    "title", "description", "category", "status", "opened_on", "place", "reporter",
    "external_ref", "service", "due_on",
)
REQUIRED_FIELDS = ("title", "category")
IGNORE = "ignore"

FIELD_LABELS = {
    "title": N_("Title"),
    "description": N_("Description"),
    "category": N_("Category"),
    "status": N_("Status"),
    "opened_on": N_("Opened on"),
    "place": N_("Place"),
    "reporter": N_("Reporter"),
    "external_ref": N_("Landlord reference"),
    "service": N_("Landlord service"),
    "due_on": N_("Due date"),
}

# Written normalised (see ``normalise``): "N° de réclamation" is "n de reclamation". The field's
# code and its label (in English and French) are recognised too, so a file exported by Palier
# imports back as is.
SYNONYMS = {
    "title": ["titre", "objet", "intitule", "libelle", "title", "subject", "summary", "resume",
              "objet de la reclamation", "objet de la demande", "intitule de la reclamation"],
    "description": ["description", "descriptif", "detail", "details", "commentaire", "commentaires",
                    "observation", "observations", "precisions", "texte", "comment", "comments",
                    "notes", "note", "description de la reclamation"],
    "category": ["categorie", "category", "type", "nature", "motif", "theme", "type de reclamation",
                 "nature de la reclamation", "type de demande", "categorie de reclamation"],
    "status": ["statut", "etat", "status", "state", "situation", "etat de la reclamation",
               "statut de la demande", "statut de la reclamation"],
    "opened_on": ["date", "date d ouverture", "date de la demande", "date de creation",
                  "date de reclamation", "date de la reclamation", "date de signalement",
                  "date de saisie", "ouverte le", "ouvert le", "opened", "opened on", "date opened",
                  "created", "creation date", "date created"],
    "place": ["lieu", "localisation", "adresse", "emplacement", "lieu concerne", "place", "location",
              "address"],
    "reporter": ["demandeur", "signale par", "locataire", "declarant", "auteur", "nom du demandeur",
                 "reporter", "reported by", "requester", "tenant"],
    "external_ref": ["n bailleur", "no bailleur", "numero bailleur", "reference", "ref", "ref bailleur",
                     "reference bailleur", "n de reclamation", "no de reclamation",
                     "numero de reclamation", "n reclamation", "numero de la demande",
                     "n de la demande", "landlord ref", "landlord reference", "external ref",
                     "reference number"],
    "service": ["service", "service bailleur", "service concerne", "service du bailleur",
                "landlord service"],
    "due_on": ["echeance", "date limite", "date d echeance", "a traiter avant", "due", "due on",
               "due date", "deadline"],
}

# The words landlords and spreadsheets use for each status, normalised.
STATUS_WORDS = {
    ComplaintStatus.NEW: ["nouvelle", "nouveau", "nouvelles", "new", "ouverte", "ouvert", "open",
                          "a traiter", "enregistree"],
    ComplaintStatus.PASSED_TO_LANDLORD: ["transmise", "transmis", "transmise au bailleur",
                                         "passee au bailleur", "envoyee au bailleur", "sent",
                                         "passed to landlord"],
    ComplaintStatus.IN_PROGRESS: ["en cours", "en cours de traitement", "traitement en cours",
                                  "prise en charge", "in progress"],
    ComplaintStatus.RESOLVED: ["resolue", "resolu", "resolues", "traitee", "traite", "resolved",
                               "fixed", "done"],
    ComplaintStatus.CLOSED: ["cloturee", "cloture", "close", "fermee", "ferme", "closed", "soldee",
                             "terminee"],
    ComplaintStatus.REOPENED: ["reouverte", "rouverte", "reopened"],
    ComplaintStatus.REJECTED: ["rejetee", "rejete", "refusee", "refuse", "rejected", "refused"],
    ComplaintStatus.DUPLICATE: ["doublon", "duplicate"],
    ComplaintStatus.NOT_LANDLORD_RESPONSIBILITY: [
        "hors responsabilite", "hors responsabilite du bailleur", "ne releve pas du bailleur",
        "hors perimetre", "not landlord s responsibility",
    ],
}

# Words that, found anywhere in a cell, name a landlord service.
SERVICE_KEYWORDS = (
    ("proximite", LandlordService.PROXIMITY),
    ("maintenance", LandlordService.PROXIMITY),
    ("gardien", LandlordService.PROXIMITY),
    ("locative", LandlordService.RENTAL_MANAGEMENT),
    ("rental", LandlordService.RENTAL_MANAGEMENT),
    ("travaux", LandlordService.WORKS),
    ("ouvrage", LandlordService.WORKS),
    ("works", LandlordService.WORKS),
    ("reclamation", LandlordService.COMPLAINTS_DESK),
    ("complaint", LandlordService.COMPLAINTS_DESK),
    ("relation client", LandlordService.COMPLAINTS_DESK),
    ("service client", LandlordService.COMPLAINTS_DESK),
)

CONFIDENTIAL_WORDS = frozenset({"confidential", "confidentiel", "confidentielle", "anonyme", "anonymous"})

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_FRENCH_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME_PART = re.compile(r"[ T]\d{1,2}[:h]\d{2}(:\d{2}(\.\d+)?)?$")


def _t(text: str) -> str:
    return tr("Import", text)


class CellError(ValueError):
    """A cell that cannot become a value; ``reason`` is a phrase (no capital, no full stop)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """``text`` for comparing: accents stripped, case folded, separators folded to single spaces."""
    if text.isascii():
        return _NON_ALNUM.sub(" ", text.casefold()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe").replace("æ", "ae"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NON_ALNUM.sub(" ", plain).strip()


def category_key(name: str) -> str:
    """How category names are compared: ``normalise``d, or exactly (case aside) when nothing but
    symbols is left to compare (two emoji are not the same category)."""
    return normalise(name) or name.strip().casefold()


def field_label(name: str) -> str:
    """The translated label of an importable field ("Opened on")."""
    return _t(FIELD_LABELS[name])


@cache
def _header_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in FIELDS:
        phrases = {*SYNONYMS[name], normalise(name), normalise(FIELD_LABELS[name])}
        french = lookup("Import", FIELD_LABELS[name], "fr")
        if french:
            phrases.add(normalise(french))
        for phrase in phrases:
            table.setdefault(phrase, name)
    return table


def guess_field(header: str) -> str | None:
    """The field a column name means, or None when it is not a known synonym."""
    return _header_table().get(normalise(header))


def detect_mapping(headers: list[str], overrides: dict[str, str] | None = None) -> list[str | None]:
    """The field of each column (None: ignored): ``overrides`` first, then known names.

    ``overrides`` maps a column name (exact, else compared normalised) to a field or "ignore".
    A field goes to one column only: the first that claims it. UserError for an unknown column or
    field, with the choices in the sentence.
    """
    mapping: list[str | None] = [None] * len(headers)
    decided: set[int] = set()
    for column, target in (overrides or {}).items():
        index = _column_index(headers, column)
        target = (target or "").strip().casefold()
        if target not in FIELDS and target != IGNORE:
            raise UserError(
                _t("“{field}” is not a field Palier can import. Use one of: {fields}, or “ignore”.")
                .format(field=target, fields=", ".join(FIELDS))
            )
        if target in FIELDS:
            for other, taken in enumerate(mapping):
                if taken == target:
                    mapping[other] = None
        mapping[index] = None if target == IGNORE else target
        decided.add(index)
    for index, header in enumerate(headers):
        if index in decided:
            continue
        guessed = guess_field(header)
        if guessed and guessed not in mapping:
            mapping[index] = guessed
    return mapping


def _column_index(headers: list[str], column: str) -> int:
    if column in headers:
        return headers.index(column)
    wanted = normalise(column)
    for index, header in enumerate(headers):
        if normalise(header) == wanted:
            return index
    raise UserError(
        _t("The file has no column “{column}”. Its columns are: {columns}.")
        .format(column=shown(column), columns=", ".join(f"“{shown(h)}”" for h in headers))
    )


def parse_date(value: str, column: str) -> dt.date:
    """A date written ``2024-03-31``, ``31/03/2024`` or ``1/3/2024`` (a time after it is ignored)."""
    text = _TIME_PART.sub("", value.strip())
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _FRENCH_DATE.match(text)
        if not match:
            raise CellError(
                _t("“{value}” in column “{column}” is not a date (write it as 31/12/2024 or 2024-12-31)")
                .format(value=shown(value), column=column)
            )
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) != 4:
            raise CellError(
                _t("the date “{value}” in column “{column}” needs a year with four digits")
                .format(value=shown(value), column=column)
            )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(
            _t("the date “{value}” in column “{column}” does not exist")
            .format(value=shown(value), column=column)
        ) from None


@cache
def _status_table() -> dict[str, ComplaintStatus]:
    table: dict[str, ComplaintStatus] = {}
    for status in ComplaintStatus:
        names = {status.value, normalise(status.value), normalise(STATUS_LABELS[status])}
        names.update(STATUS_WORDS[status])
        french = lookup("Status", STATUS_LABELS[status], "fr")
        if french:
            names.add(normalise(french))
        for name in names:
            table.setdefault(name, status)
    return table


def parse_status(value: str, column: str) -> ComplaintStatus:
    """A status from its code, its English or French label or a landlord's word ("Clôturée")."""
    if not value.strip():
        return ComplaintStatus.NEW
    table = _status_table()
    found = table.get(value.strip()) or table.get(normalise(value))
    if found is None:
        raise CellError(
            _t("the status “{value}” in column “{column}” is not known (use for example: {examples})")
            .format(value=shown(value), column=column,
                    examples=", ".join(tr("Status", STATUS_LABELS[s]) for s in ComplaintStatus))
        )
    return found


@cache
def _service_table() -> dict[str, LandlordService]:
    table: dict[str, LandlordService] = {}
    for service in LandlordService:
        names = {service.value, normalise(service.value), normalise(SERVICE_LABELS[service])}
        french = lookup("Service", SERVICE_LABELS[service], "fr")
        if french:
            names.add(normalise(french))
        for name in names:
            table.setdefault(name, service)
    return table


def parse_service(value: str, column: str) -> LandlordService | None:
    """A landlord service from its code, label or a common word ("gestion locative", "travaux")."""
    if not value.strip():
        return None
    key = normalise(value)
    found = _service_table().get(value.strip()) or _service_table().get(key)
    if found is not None:
        return found
    for keyword, service in SERVICE_KEYWORDS:
        if keyword in key:
            return service
    raise CellError(
        _t("the service “{value}” in column “{column}” is not known (use for example: {examples})")
        .format(value=shown(value), column=column,
                examples=", ".join(tr("Service", SERVICE_LABELS[s]) for s in LandlordService))
    )


def is_confidential_marker(value: str) -> bool:
    """True for the word an export writes instead of a confidential reporter's name."""
    return normalise(value).strip("() ") in CONFIDENTIAL_WORDS


# The columns of Palier's own export (services/exporting.py), in order: (context, English label).
EXPORT_COLUMNS = (("Export", "Number"), *(("Import", FIELD_LABELS[name]) for name in (
    "title", "category", "status", "opened_on", "due_on", "place", "reporter", "external_ref", "service")),
    ("Export", "Urgency"), ("Import", FIELD_LABELS["description"]))


def is_palier_export(headers: list[str]) -> bool:
    """True when ``headers`` are those of a file Palier exported (in English or French)."""
    found = [normalise(header) for header in headers]
    for language in ("en", "fr"):
        expected = [normalise(lookup(context, label, language) or label) for context, label in EXPORT_COLUMNS]
        if found == expected:
            return True
    return False


# Value maps: what a landlord's own words in a column stand for ------------------------------------
MAPPABLE_FIELDS = ("service", "status")
KEEP = "keep"  # a service name of the landlord's own, kept as written in the description


def parse_value_maps(items: list[str]) -> dict[str, dict[str, object]]:
    """``["service:DPE-STPP-DT=works", "service:graffitis=keep", "status:Soldée=closed"]`` as
    ``{field: {normalised value: ComplaintStatus | LandlordService | KEEP}}`` ("FIELD:" may be left
    out for the service); UserError naming the item that cannot be read."""
    maps: dict[str, dict[str, object]] = {}
    for item in items:
        head, sep, target = item.rpartition("=")
        field, colon, value = head.partition(":")
        if not colon:
            field, value = "service", head
        field, value, target = field.strip().lower(), value.strip(), target.strip()
        if not sep or not value or not target or field not in MAPPABLE_FIELDS:
            raise UserError(_t("“{item}” is not a value mapping: write it FIELD:VALUE=TARGET, for example "
                               "--map-values \"service:DPE-STPP-DT=works\" or \"service:graffitis=keep\" "
                               "(FIELD is service or status).").format(item=shown(item)))
        if field == "service" and normalise(target) == KEEP:
            resolved: object = KEEP
        else:
            try:
                resolved = (parse_service if field == "service" else parse_status)(target, "--map-values")
            except CellError as error:
                raise UserError(_t("In --map-values “{item}”: {reason}.").format(item=shown(item),
                                                                                  reason=error.reason)) from None
        maps.setdefault(field, {})[normalise(value)] = resolved
    return maps
