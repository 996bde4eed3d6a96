"""Who signs: this installation's own key and certificate, or a school's certificate chain.

On first use HybridStudio makes a small certificate authority and an end-entity ES256 certificate
for this installation (C2PA refuses a bare self-signed signing certificate) and keeps them in the
user's config folder, ``credentials/installation/``. A school can install its own chain and key
(``hybridstudio credentials install-cert``), kept in ``credentials/school/``; it is then used
instead. Nothing here needs the network.
"""

from __future__ import annotations

import datetime as dt
import getpass
import io
import os
import platform
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from ..core.atomic import atomic_write_bytes
from ..core.errors import HybridStudioError
from ..core.settings import config_dir

if TYPE_CHECKING:
    from cryptography import x509

CHAIN = "chain.pem"  # end-entity certificate first, then the intermediates (not the root)
KEY = "key.pem"
ROOT = "root.pem"  # the anchor that readers on this installation trust
VALID_YEARS = 10

#: RFC 9336 document signing, which C2PA readers accept for a signing certificate.
_DOCUMENT_SIGNING = "1.3.6.1.5.5.7.3.36"


class CredentialsError(HybridStudioError):
    """Signing material missing, unreadable or unusable."""


@dataclass(frozen=True)
class Identity:
    """The signing material in use."""

    kind: str  # "installation" or "school"
    folder: Path
    chain_pem: bytes
    key_pem: bytes
    alg: str  # es256, es384, es512, ps256, ed25519

    @property
    def root_pem(self) -> bytes | None:
        path = self.folder / ROOT
        return path.read_bytes() if path.is_file() else None

    def certificates(self) -> list:
        from cryptography import x509  # lazy: loads cryptography only when certificates() runs

        return x509.load_pem_x509_certificates(self.chain_pem)


def credentials_dir() -> Path:
    return config_dir() / "credentials"


def current_identity(create: bool = True) -> Identity:
    """The school's chain when one is installed, else this installation's own (made if missing)."""
    school = credentials_dir() / "school"
    if (school / CHAIN).is_file():
        return _load(school, "school")
    own = credentials_dir() / "installation"
    if not (own / CHAIN).is_file() or not (own / KEY).is_file():
        if not create:
            raise CredentialsError(f"{own}: no signing certificate yet")
        make_installation_identity(own)
    return _load(own, "installation")


def trust_anchors() -> bytes:
    """PEM roots this installation trusts when it reads credentials: its own and the school's."""
    out = b""
    for sub in ("installation", "school"):
        path = credentials_dir() / sub / ROOT
        if path.is_file():
            out += path.read_bytes()
    return out


def _load(folder: Path, kind: str) -> Identity:
    try:
        chain = (folder / CHAIN).read_bytes()
        key = (folder / KEY).read_bytes()
    except OSError as exc:
        raise CredentialsError(
            f"{folder}: cannot read the signing certificate or key ({exc.strerror or exc})"
        ) from exc
    return Identity(kind, folder, chain, key, _check_pair(chain, key, folder))


def _check_pair(chain_pem: bytes, key_pem: bytes, where: Path) -> str:
    """The C2PA algorithm for this key; raises if the key does not match the first certificate."""
    # lazy: loads cryptography only when _check_pair() runs
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    try:
        certs = x509.load_pem_x509_certificates(chain_pem)
    except ValueError as exc:
        raise CredentialsError(f"{where}: not a PEM certificate chain ({exc})") from exc
    try:
        key = serialization.load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError) as exc:
        raise CredentialsError(f"{where}: not an unencrypted PEM private key ({exc})") from exc
    pub = serialization.PublicFormat.SubjectPublicKeyInfo
    enc = serialization.Encoding.DER
    if certs[0].public_key().public_bytes(enc, pub) != key.public_key().public_bytes(enc, pub):
        raise CredentialsError(f"{where}: the private key does not belong to the first certificate")
    if isinstance(key, ec.EllipticCurvePrivateKey):
        alg = {"secp256r1": "es256", "secp384r1": "es384", "secp521r1": "es512"}.get(key.curve.name)
        if alg:
            return alg
    if isinstance(key, rsa.RSAPrivateKey):
        return "ps256"
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    raise CredentialsError(
        f"{where}: this kind of key cannot sign C2PA credentials (use EC P-256/384/521, RSA or Ed25519)"
    )


def _name(common: str) -> x509.Name:
    # lazy: loads cryptography only when _name() runs
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "HybridStudio installation"),
        ]
    )


def _key_usage(sign: bool) -> x509.KeyUsage:
    from cryptography import x509  # lazy: loads cryptography only when _key_usage() runs

    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not sign,
        crl_sign=not sign,
        encipher_only=False,
        decipher_only=False,
    )


def make_installation_identity(folder: Path) -> Path:
    """A per-installation CA and an ES256 signing certificate it issued, written to ``folder``."""
    # lazy: loads cryptography only when make_installation_identity() runs
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, ObjectIdentifier

    try:
        who = f"{getpass.getuser()}@{socket.gethostname() or platform.node()}"
    except Exception:  # noqa: BLE001 - no user name (containers): the label is cosmetic
        who = platform.node() or "unknown"
    now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)
    until = now + dt.timedelta(days=365 * VALID_YEARS)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"HybridStudio installation CA ({who})")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(until)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(f"HybridStudio ({who})"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(until)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(True), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage(
                [ObjectIdentifier(_DOCUMENT_SIGNING), ExtendedKeyUsageOID.EMAIL_PROTECTION]
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_private(folder / KEY, key_pem)
        atomic_write_bytes(folder / ROOT, ca.public_bytes(pem))
        atomic_write_bytes(folder / CHAIN, leaf.public_bytes(pem))  # last: marks the set complete
    except (OSError, HybridStudioError) as exc:
        raise CredentialsError(
            f"{folder}: cannot store this installation's signing certificate "
            f"({getattr(exc, 'strerror', None) or exc})"
        ) from exc
    # the CA's key is not kept: nothing else is ever issued from it
    return folder


def _write_private(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)
    if os.name == "posix":
        os.chmod(path, 0o600)


def install_school_chain(cert: Path, key: Path, root: Path | None = None) -> Identity:
    """Check and install a school's chain (PEM, end-entity first) and key; returns the identity."""
    for p in (cert, key, root):
        if p is not None and not p.is_file():
            raise CredentialsError(f"{p}: no such file")
    chain_pem, key_pem = cert.read_bytes(), key.read_bytes()
    _check_pair(chain_pem, key_pem, cert)
    from cryptography import x509  # lazy: loads cryptography only when install_school_chain() runs

    certs = x509.load_pem_x509_certificates(chain_pem)
    leaf = certs[0]
    try:
        if leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            raise CredentialsError(
                f"{cert}: the first certificate is a CA; put the signing (end-entity) certificate first"
            )
    except x509.ExtensionNotFound:
        pass
    if leaf.issuer == leaf.subject:
        raise CredentialsError(
            f"{cert}: the signing certificate is self-signed; C2PA needs one "
            "issued by a certificate authority (the school's)"
        )
    if leaf.not_valid_after_utc < dt.datetime.now(dt.timezone.utc):
        raise CredentialsError(
            f"{cert}: the signing certificate expired on {leaf.not_valid_after_utc:%Y-%m-%d}"
        )
    folder = credentials_dir() / "school"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_private(folder / KEY, key_pem)
        if root is not None:
            atomic_write_bytes(folder / ROOT, root.read_bytes())
        else:
            (folder / ROOT).unlink(missing_ok=True)
        atomic_write_bytes(folder / CHAIN, chain_pem)
    except (OSError, HybridStudioError) as exc:
        raise CredentialsError(
            f"{folder}: cannot store the certificate ({getattr(exc, 'strerror', None) or exc})"
        ) from exc
    ident = _load(folder, "school")
    problem = trial_signature(ident)
    if problem:
        remove_school_chain()
        raise CredentialsError(
            f"{cert}: C2PA refuses this certificate ({problem}); it needs a "
            "signing certificate issued by a CA, with key identifiers and the "
            "email-protection or document-signing extended key usage"
        )
    return ident


def trial_signature(ident: Identity) -> str:
    """Sign a tiny picture in memory: '' when the chain works, else the library's reason."""
    import c2pa  # lazy: loads c2pa only when trial_signature() runs

    src, out = io.BytesIO(), io.BytesIO()
    Image.new("L", (8, 8)).save(src, format="PNG")
    src.seek(0)
    manifest = {
        "claim_generator_info": [{"name": "HybridStudio"}],
        "assertions": [
            {
                "label": "c2pa.actions.v2",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia",
                        }
                    ]
                },
            }
        ],
    }
    try:
        info = c2pa.C2paSignerInfo(ident.alg.encode(), ident.chain_pem, ident.key_pem, None)
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest) as builder:
            builder.sign(signer, "image/png", src, out)
    except Exception as exc:  # noqa: BLE001 - the reason goes to the user
        return str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return ""


def remove_school_chain() -> bool:
    """Go back to this installation's own certificate; True if a school chain was removed."""
    folder = credentials_dir() / "school"
    found = (folder / CHAIN).is_file()
    for name in (CHAIN, KEY, ROOT):
        (folder / name).unlink(missing_ok=True)
    return found
