"""Local signing identities: a root certificate for the residence and one identity per signer.

Where: ``desktop.paths.data_dir()/identities`` (so ``PALIER_DATA_DIR`` moves it, as the tests do):

- ``root/root.pem`` and ``root/root-key.pem``: the residence's self-signed root (ECDSA P-256,
  10 years), created with the first identity. The root key only issues signers' certificates: it
  is encrypted with its own passphrase (PKCS#8, BestAvailableEncryption), asked only when an
  identity is issued, and written readable by its owner only (mode 600). A key an older Palier
  kept in clear is encrypted at the next issue. ``identity export-root`` gives ``root.pem`` to the
  landlord.
- ``<slug>/certificate.pem``, ``<slug>/key.pem`` and ``<slug>/identity.json`` for each signer: an
  ECDSA P-256 key encrypted with the signer's passphrase (PKCS#8, BestAvailableEncryption) and a
  certificate issued by the root (5 years, digital signature + non-repudiation).

Everything cryptographic is done by the ``cryptography`` package; nothing is hand-made here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.paths import data_dir

ROOT_YEARS = 10
SIGNER_YEARS = 5
ROOT_FOLDER = "root"


def _t(text: str) -> str:
    return tr("Signing", text)


@dataclass(frozen=True)
class Identity:
    """A signer: their name and role, and where their certificate and encrypted key are kept."""

    name: str
    role: str
    folder: Path

    @property
    def certificate_path(self) -> Path:
        return self.folder / "certificate.pem"

    @property
    def key_path(self) -> Path:
        return self.folder / "key.pem"

    def strokes(self):
        """The handwritten signature saved with the identity (``strokes.json``), or None."""
        from desktop.domain.signature import Strokes

        path = self.folder / "strokes.json"
        return Strokes.from_json(path.read_text(encoding="utf-8")) if path.exists() else None

    def certificate(self) -> x509.Certificate:
        """The signer's X.509 certificate."""
        return x509.load_pem_x509_certificate(self.certificate_path.read_bytes())


def identities_dir() -> Path:
    """The folder holding the root and the identities, created on first use."""
    folder = data_dir() / "identities"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def slug(name: str) -> str:
    """A folder name for ``name``: lower-case ASCII letters, digits and dashes."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "signer"


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` readable by its owner only."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)


def _name(common: str, residence: str, unit: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, residence[:64] or "Palier")]
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit[:64]))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common[:64]))
    return x509.Name(parts)


def _now() -> dt.datetime:
    # A little in the past so that a clock a few minutes late still accepts a fresh certificate.
    return dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)


def _root_paths() -> tuple[Path, Path]:
    folder = identities_dir() / ROOT_FOLDER
    return folder / "root.pem", folder / "root-key.pem"


def root_state() -> str:
    """"missing" (no root yet), "clear" (an older Palier kept its key unencrypted) or "protected"."""
    cert_path, key_path = _root_paths()
    if not (cert_path.exists() and key_path.exists()):
        return "missing"
    return "protected" if b"ENCRYPTED PRIVATE KEY" in key_path.read_bytes() else "clear"


def _check_new_passphrase(passphrase: str, whose: str) -> None:
    if len(passphrase) < 8:
        raise UserError(_t("The passphrase {whose} must have at least 8 characters.").format(whose=whose))


def _encrypted(key, passphrase: str) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(passphrase.encode("utf-8")))


def ensure_root(residence: str, root_passphrase: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """The residence's root certificate and key, unlocked with ``root_passphrase``.

    On first use the root is created (self-signed, 10 years) and its key encrypted with that
    passphrase; a key an older Palier left in clear is encrypted with it now. UserError when the
    passphrase is missing, too short for a new one, or wrong."""
    state = root_state()
    of_root = _t("of the residence's root certificate")
    if not root_passphrase:
        raise UserError(_t("Issuing an identity needs the passphrase of the residence's root certificate."))
    cert_path, key_path = _root_paths()
    if state == "protected":
        try:
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=root_passphrase.encode("utf-8"))
        except (ValueError, TypeError):
            raise UserError(_t("The passphrase of the residence's root certificate is wrong; no identity was "
                               "created.")) from None
        return x509.load_pem_x509_certificate(cert_path.read_bytes()), key
    _check_new_passphrase(root_passphrase, of_root)
    if state == "clear":  # an older Palier's root: the same certificate, its key now encrypted
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        _write_private(key_path, _encrypted(key, root_passphrase))
        return x509.load_pem_x509_certificate(cert_path.read_bytes()), key
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(_t("{residence} signing root").format(residence=residence), residence)
    start = _now()
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(key_path, _encrypted(key, root_passphrase))
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return certificate, key


def root_certificate() -> x509.Certificate:
    """The residence's root certificate; UserError when no identity was issued on this computer yet."""
    cert_path, _key_path = _root_paths()
    if not cert_path.exists():
        raise UserError(_t("There is no residence certificate on this computer yet: it is made with the first "
                           "signing identity (identity create, or “New signing identity…”)."))
    return x509.load_pem_x509_certificate(cert_path.read_bytes())


def root_pem() -> bytes:
    """The root certificate as PEM, for the landlord to trust."""
    return root_certificate().public_bytes(serialization.Encoding.PEM)


def create_identity(name: str, role: str, passphrase: str, residence: str = "Palier", *,
                    root_passphrase: str) -> Identity:
    """A new signer: key pair encrypted with ``passphrase``, certificate issued by the root, whose
    key is unlocked with ``root_passphrase`` (see ``ensure_root``)."""
    name, role = name.strip(), role.strip()
    if not name:
        raise UserError(_t("A signer needs a name."))
    _check_new_passphrase(passphrase, _t("of the signer"))
    folder = identities_dir() / slug(name)
    if folder.exists():
        raise UserError(_t("An identity named “{name}” already exists in {folder}.").format(name=name, folder=folder))
    root_cert, root_key = ensure_root(residence, root_passphrase)
    key = ec.generate_private_key(ec.SECP256R1())
    start = _now()
    certificate = (
        x509.CertificateBuilder().subject_name(_name(name, residence, role or None))
        .issuer_name(root_cert.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(start)
        .not_valid_after(min(start + dt.timedelta(days=365 * SIGNER_YEARS), root_cert.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    folder.mkdir(parents=True)
    _write_private(folder / "key.pem", _encrypted(key, passphrase))
    (folder / "certificate.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "identity.json").write_text(json.dumps({"name": name, "role": role}, ensure_ascii=False),
                                          encoding="utf-8")
    return Identity(name, role, folder)


def save_strokes(identity: Identity, strokes) -> None:
    """Keep ``strokes`` (a domain Strokes) as the identity's handwritten signature."""
    (identity.folder / "strokes.json").write_text(strokes.to_json(), encoding="utf-8")


def list_identities() -> list[Identity]:
    """Every signer's identity, by name."""
    found = []
    for info in sorted(identities_dir().glob("*/identity.json")):
        data = json.loads(info.read_text(encoding="utf-8"))
        found.append(Identity(data["name"], data.get("role", ""), info.parent))
    return sorted(found, key=lambda i: i.name.casefold())


def find_identity(name: str) -> Identity:
    """The identity called ``name`` (or whose folder is its slug); UserError when there is none."""
    for identity in list_identities():
        if identity.name.casefold() == name.strip().casefold() or identity.folder.name == slug(name):
            return identity
    raise UserError(_t("There is no signing identity named “{name}” (see: identity list).").format(name=name))


def load_private_key(identity: Identity, passphrase: str):
    """The identity's private key; UserError with a sentence when the passphrase is wrong."""
    try:
        return serialization.load_pem_private_key(identity.key_path.read_bytes(),
                                                  password=passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise UserError(_t("The passphrase of {name} is wrong; nothing was signed.").format(
            name=identity.name)) from None
