"""The residence's root key is never kept in clear: it has its own passphrase, asked only when an
identity is issued; a clear key left by an older Palier is encrypted at the next issue."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.app import main
from desktop.domain.errors import UserError
from desktop.services import identities

ROOT = "root-of-the-residence"


def clear_keys() -> list[str]:
    """Every file under the identities folder holding a private key in clear."""
    return [str(path) for path in identities.identities_dir().rglob("*")
            if path.is_file() and b"BEGIN PRIVATE KEY" in path.read_bytes()]


def test_the_root_key_is_encrypted_with_its_own_passphrase_and_no_key_is_in_clear():
    chair = identities.create_identity("Marie Dupont", "chair", "chair-secret", "Les Tilleuls", root_passphrase=ROOT)
    key_file = identities.identities_dir() / "root" / "root-key.pem"
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    assert clear_keys() == []
    with pytest.raises(TypeError):  # without the passphrase it cannot even be read
        serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    assert chair.certificate().issuer == identities.root_certificate().subject
    assert identities.root_state() == "protected"


def test_issuing_an_identity_needs_the_right_root_passphrase_and_a_wrong_one_creates_nothing():
    identities.create_identity("Marie Dupont", "chair", "chair-secret", "Les Tilleuls", root_passphrase=ROOT)
    with pytest.raises(UserError, match="passphrase of the residence's root certificate is wrong"):
        identities.create_identity("Jean Martin", "secretary", "secretary-secret", "Les Tilleuls",
                                   root_passphrase="not-the-root-one")
    with pytest.raises(UserError, match="root certificate"):
        identities.create_identity("Jean Martin", "secretary", "secretary-secret", "Les Tilleuls",
                                   root_passphrase="")
    assert [i.name for i in identities.list_identities()] == ["Marie Dupont"]
    identities.create_identity("Jean Martin", "secretary", "secretary-secret", "Les Tilleuls", root_passphrase=ROOT)
    assert [i.name for i in identities.list_identities()] == ["Jean Martin", "Marie Dupont"]


def test_a_new_root_passphrase_needs_eight_characters():
    with pytest.raises(UserError, match="at least 8 characters"):
        identities.create_identity("Marie Dupont", "chair", "chair-secret", "Les Tilleuls", root_passphrase="short")
    assert identities.root_state() == "missing" and identities.list_identities() == []


def _older_palier_root() -> x509.Certificate:
    """The root as an older Palier wrote it: the key in clear."""
    folder = identities.identities_dir() / "root"
    folder.mkdir(parents=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Les Tilleuls signing root")])
    now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now)
                   .not_valid_after(now + dt.timedelta(days=3650))
                   .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                   .sign(key, hashes.SHA256()))
    (folder / "root-key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                            serialization.PrivateFormat.PKCS8,
                                                            serialization.NoEncryption()))
    (folder / "root.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return certificate


def test_a_clear_root_key_of_an_older_palier_is_encrypted_at_the_next_issue_and_the_root_kept():
    before = _older_palier_root()
    assert identities.root_state() == "clear"
    assert len(clear_keys()) == 1
    chair = identities.create_identity("Marie Dupont", "chair", "chair-secret", "Les Tilleuls",
                                       root_passphrase=ROOT)
    assert clear_keys() == [] and identities.root_state() == "protected"
    assert identities.root_certificate() == before  # what the landlord trusts stays the same
    assert chair.certificate().issuer == before.subject


def test_the_command_line_asks_the_root_passphrase_only_to_issue_an_identity(capsys, tmp_path, monkeypatch):
    db = tmp_path / "p.db"
    from desktop.store import Store

    Store.open(db).close()  # commands work on an existing database
    monkeypatch.setenv("PALIER_PASSPHRASE", "chair-secret")
    monkeypatch.delenv("PALIER_ROOT_PASSPHRASE", raising=False)
    status = main(["main.py", "--db", str(db), "identity", "create", "--name", "Marie Dupont"])
    _out, err = capsys.readouterr()
    assert status == 2 and "PALIER_ROOT_PASSPHRASE" in err and "Traceback" not in err
    assert identities.list_identities() == []
    # Exporting the certificate needs no passphrase, but there must be a root to export.
    status = main(["main.py", "--db", str(db), "identity", "export-root", str(tmp_path / "root.pem")])
    _out, err = capsys.readouterr()
    assert status == 2 and "identity create" in err
    monkeypatch.setenv("PALIER_ROOT_PASSPHRASE", ROOT)
    status = main(["main.py", "--db", str(db), "identity", "create", "--name", "Marie Dupont"])
    assert status == 0, capsys.readouterr().err
    assert clear_keys() == []
    monkeypatch.delenv("PALIER_ROOT_PASSPHRASE")
    status = main(["main.py", "--db", str(db), "identity", "export-root", str(tmp_path / "root.pem")])
    assert status == 0 and (tmp_path / "root.pem").read_bytes() == identities.root_pem()


def test_check_warns_about_a_root_key_left_in_clear(capsys, tmp_path):
    db = tmp_path / "p.db"
    from desktop.store import Store

    Store.open(db).close()
    _older_palier_root()
    status = main(["main.py", "--db", str(db), "check"])
    out, _err = capsys.readouterr()
    assert status == 0
    assert "root certificate's private key is kept in clear" in out
