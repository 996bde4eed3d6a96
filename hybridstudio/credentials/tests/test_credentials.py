"""Content credentials (C2PA): every export is signed; the official Reader reads back each action,
ingredient and source type; a changed pixel is caught; bad input never loses an export."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hybridstudio import __version__
from hybridstudio.cli import main
from hybridstudio.core.context import StepRecord
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.provenance import WITHHELD, ProcessRecord
from hybridstudio.core.settings import Settings, config_dir
from hybridstudio.credentials import SigningWarning, read_credentials
from hybridstudio.credentials.verify import INVALID, NONE, TAMPERED, VALID
from hybridstudio.io.images import save_image
from hybridstudio.testing import ROOT, photo
from hybridstudio.testing.credentials import DST, actions, c2pa_store, change_one_png_pixel, flip_image_byte

SAMPLE = ROOT / "resources" / "samples" / "coffee.png"


def generated_record() -> ProcessRecord:
    gen = StepRecord(
        "generate",
        "Generate an image from a prompt",
        True,
        {"model": "lcm-dreamshaper-v7", "prompt": "a heron in the reeds", "seed": 7},
    )
    gen.ai = {
        "model": {
            "id": "lcm-dreamshaper-v7",
            "revision": "abc123",
            "sha256": "cd" * 32,
            "licence": {"name": "MIT", "url": "", "commercial_use": True},
        },
        "prompt": "a heron in the reeds",
        "seed": 7,
    }
    craft = StepRecord("levels", "Levels", False, {"black": 0.1})
    return ProcessRecord(recipe={"name": "Prompt to print"}, steps=[gen, craft], ai_roles=["generates"])


def test_a_generated_image_is_created_by_trained_media_then_edited_by_hand(tmp_path):
    out = save_image(
        ImagePayload(photo("coffee")[:48, :64]), tmp_path / "heron.png", record=generated_record()
    )
    manifest, state = c2pa_store(out)
    assert state == "Valid"  # signature and hashes hold; the per-installation signer is not on a public list
    assert manifest["claim_generator_info"][0]["name"] == "HybridStudio"
    assert manifest["claim_generator_info"][0]["version"] == __version__
    acts = actions(manifest)
    assert [a["action"] for a in acts] == ["c2pa.created", "c2pa.edited"]
    assert acts[0]["digitalSourceType"] == DST + "trainedAlgorithmicMedia"
    assert acts[1]["digitalSourceType"] == DST + "humanEdits"
    params = acts[0]["parameters"]
    assert params["org.hybridstudio.model"]["sha256"] == "cd" * 32
    assert params["org.hybridstudio.model"]["licence"]["name"] == "MIT"
    assert params["org.hybridstudio.seed"] == 7
    # the prompt is private by default: nowhere in the manifest
    assert params["org.hybridstudio.prompt"] == WITHHELD
    assert "heron in the reeds" not in str(manifest)
    assert not manifest.get("ingredients")


def test_the_prompt_is_signed_in_when_the_author_allows_it(tmp_path):
    Settings(share_prompt=True).save()
    out = save_image(
        ImagePayload(photo("coffee")[:32, :32]), tmp_path / "heron.png", record=generated_record()
    )
    manifest, _ = c2pa_store(out)
    assert actions(manifest)[0]["parameters"]["org.hybridstudio.prompt"] == "a heron in the reeds"


def test_ai_upscale_of_a_signed_image_keeps_the_ingredient_manifest(tmp_path):
    # first a craft export (signed), then the AI upscaler on that file, from the command line
    craft = ProcessRecord(recipe={"name": "craft"}, steps=[StepRecord("greyscale", "Greyscale", False, {})])
    first = save_image(ImagePayload(photo("coffee")[:64, :96]), tmp_path / "a" / "drawing.png", record=craft)
    assert main(["upscale", str(first), "-m", "esrgan-slim-x2", "-o", str(tmp_path / "b")]) == 0
    out = next((tmp_path / "b").glob("*.png"))
    manifest, state = c2pa_store(out)
    assert state == "Valid"
    acts = actions(manifest)
    assert [a["action"] for a in acts] == ["c2pa.opened", "c2pa.edited"]
    assert acts[1]["digitalSourceType"] == DST + "compositeWithTrainedAlgorithmicMedia"
    model = acts[1]["parameters"]["org.hybridstudio.model"]
    assert model["id"] == "esrgan-slim-x2" and len(model["sha256"]) == 64 and model["licence"]["name"]
    (parent,) = manifest["ingredients"]
    assert parent["relationship"] == "parentOf" and parent["title"] == first.name
    assert parent.get("active_manifest"), "the input's own credentials were dropped"
    inner = parent["validation_results"]["activeManifest"]
    assert not [f for f in inner["failure"] if f["code"] != "signingCredential.untrusted"]
    # and the tool's own reading agrees, with the signer trusted by this installation
    cred = read_credentials(out)
    assert cred.verdict == VALID and cred.trusted


@pytest.mark.parametrize("suffix", [".png", ".tif", ".jpg", ".webp"])
def test_every_image_format_signs_validates_and_catches_a_changed_pixel(tmp_path, suffix):
    out = save_image(
        ImagePayload(photo("chelsea")[:80, :120]), tmp_path / f"cat{suffix}", record=generated_record()
    )
    assert read_credentials(out).verdict == VALID
    if suffix == ".png":
        change_one_png_pixel(out)
        with Image.open(out) as im:  # still a good PNG, one pixel different
            assert im.size == (120, 80)
    else:
        flip_image_byte(out)
    cred = read_credentials(out)
    assert cred.verdict == TAMPERED, cred.problems
    assert any("dataHash.mismatch" in p for p in cred.problems)


def test_film_tiffs_and_pdf_are_signed_and_tampering_shows(tmp_path):
    assert main(["run", "riso-two-colour-films", "-i", str(SAMPLE), "-o", str(tmp_path)]) == 0
    pdf = next(tmp_path.glob("*.pdf"))
    tiffs = sorted(tmp_path.glob("*.tif"))
    assert len(tiffs) == 2
    for f in (pdf, *tiffs):
        manifest, state = c2pa_store(f)
        assert state == "Valid", f
        assert [a["action"] for a in actions(manifest)] == ["c2pa.opened", "c2pa.edited", "c2pa.edited"]
        assert {a.get("digitalSourceType") for a in actions(manifest)[1:]} == {DST + "humanEdits"}
    with Image.open(tiffs[0]) as im:  # still a 1-bit CCITT G4 film
        assert im.mode == "1" and im.info["compression"] == "group4"
    flip_image_byte(tiffs[0])
    assert read_credentials(tiffs[0]).verdict == TAMPERED
    flip_image_byte(pdf)
    assert read_credentials(pdf).verdict == TAMPERED


def test_digital_negative_tiff_and_pdf_are_signed(tmp_path):
    out = tmp_path / "neg.tif"
    assert (
        main(
            [
                "negative",
                "make",
                str(SAMPLE),
                "--process",
                "cyanotype",
                "--width-mm",
                "40",
                "--dpi",
                "300",
                "-o",
                str(out),
                "--pdf",
                str(tmp_path / "neg.pdf"),
            ]
        )
        == 0
    )
    for f in (out, tmp_path / "neg.pdf"):
        assert read_credentials(f).verdict == VALID, f


def test_a_file_without_credentials_is_reported_as_such(tmp_path, capsys):
    plain = tmp_path / "plain.png"
    Image.fromarray((photo("coffee")[:20, :20] * 255).astype(np.uint8)).save(plain)
    assert read_credentials(plain).verdict == NONE
    assert main(["info", str(plain)]) == 1
    assert "no content credentials" in capsys.readouterr().out


def test_info_reports_valid_then_tampered(tmp_path, capsys):
    out = save_image(ImagePayload(photo("coffee")[:40, :40]), tmp_path / "x.png", record=generated_record())
    assert main(["info", str(out)]) == 0
    assert "valid: the file is exactly as it was signed" in capsys.readouterr().out
    change_one_png_pixel(out)
    assert main(["info", str(out)]) == 0
    text = capsys.readouterr().out
    assert "tampered: the image changed after it was signed" in text and "dataHash.mismatch" in text


def test_a_corrupt_manifest_is_invalid_with_a_message(tmp_path, capsys):
    out = save_image(ImagePayload(photo("coffee")[:40, :40]), tmp_path / "x.png", record=generated_record())
    data = bytearray(out.read_bytes())
    box = data.find(b"caBX")
    data[box + 300 : box + 340] = b"\x00" * 40  # inside the manifest store
    out.write_bytes(bytes(data))
    cred = read_credentials(out)
    assert cred.verdict in (INVALID, TAMPERED) and cred.problems
    assert main(["info", str(out)]) == 0
    assert "credentials" in capsys.readouterr().out


def _unsigned_but_written(tmp_path: Path, name: str) -> tuple[Path, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = save_image(ImagePayload(photo("coffee")[:40, :40]), tmp_path / name, record=generated_record())
    messages = [str(w.message) for w in caught if issubclass(w.category, SigningWarning)]
    assert out.is_file() and ProcessRecord.sidecar_path(out).is_file()
    with Image.open(out) as im:
        assert im.size == (40, 40)  # the export is complete
    assert read_credentials(out).verdict == NONE
    return out, messages


def test_a_missing_school_key_writes_the_export_unsigned_with_a_warning(tmp_path):
    cert, key, root = school_chain(tmp_path)
    assert main(["credentials", "install-cert", str(cert), str(key), "--root", str(root)]) == 0
    (config_dir() / "credentials" / "school" / "key.pem").unlink()
    out, messages = _unsigned_but_written(tmp_path, "x.png")
    assert len(messages) == 1 and "written without content credentials" in messages[0]
    assert "key" in messages[0] and str(out) in messages[0]


def test_an_unwritable_config_folder_writes_the_export_unsigned(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be")
    monkeypatch.setenv("HYBRIDSTUDIO_CONFIG_DIR", str(blocker / "config"))
    out, messages = _unsigned_but_written(tmp_path, "x.tif")
    assert len(messages) == 1 and "cannot store this installation's signing certificate" in messages[0]


def test_an_export_too_big_to_sign_in_the_memory_left_is_written_unsigned(tmp_path, monkeypatch):
    # the C2PA library holds the whole file, twice (four times for a PDF): a gigapixel negative
    # is written unsigned, with its process record, rather than growing until the kernel kills it
    monkeypatch.setenv("HYBRIDSTUDIO_MEMORY_BUDGET_MB", "40")
    out, messages = _unsigned_but_written(tmp_path, "x.png")
    assert len(messages) == 1 and str(out) in messages[0]
    assert "written without embedded content credentials" in messages[0] and "GB of memory" in messages[0]
    monkeypatch.setenv("HYBRIDSTUDIO_MEMORY_BUDGET_MB", "400")
    out = save_image(ImagePayload(photo("coffee")[:40, :40]), tmp_path / "y.png", record=generated_record())
    assert read_credentials(out).verdict == VALID


def test_negative_make_says_which_file_was_too_big_to_sign_with_its_warnings(tmp_path, monkeypatch, capsys):
    import hybridstudio.credentials.sign as sign

    monkeypatch.setattr(sign, "SIGN_BYTES_PER_BYTE", {"application/pdf": 1e6})  # a PDF of a terabyte
    out = tmp_path / "neg.tif"
    args = ["negative", "make", str(SAMPLE), "--width-mm", "40", "--dpi", "300", "-o", str(out)]
    assert main([*args, "--pdf", str(tmp_path / "neg.pdf")]) == 0
    err = capsys.readouterr().err
    assert "  warning: " in err and "neg.pdf: written without embedded content credentials" in err
    assert read_credentials(out).verdict == VALID  # the TIFF fits and is signed
    assert read_credentials(tmp_path / "neg.pdf").verdict == NONE
    assert ProcessRecord.sidecar_path(tmp_path / "neg.pdf").is_file()


def test_the_executor_reports_an_unsigned_export_as_a_job_warning(tmp_path, monkeypatch):
    from hybridstudio.core.executor import Executor
    from hybridstudio.core.recipe import Recipe, RecipeStep

    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("HYBRIDSTUDIO_CONFIG_DIR", str(blocker / "config"))
    recipe = Recipe("g", steps=[RecipeStep("greyscale", {"filter": "none"})])
    (res,) = Executor().run(recipe, [SAMPLE], tmp_path / "out")
    assert any("written without content credentials" in w for w in res.warnings)
    assert any(Path(p).suffix == ".png" and Path(p).is_file() for p in res.outputs)


# ---- a school's own certificate chain ------------------------------------------------------------
def school_chain(folder: Path, self_signed: bool = False) -> tuple[Path, Path, Path]:
    """A school root CA and a signing certificate it issued, made with `cryptography`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)

    def name(cn: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, cn),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "École d'art de test"),
            ]
        )

    ca_key = ec.generate_private_key(ec.SECP256R1())
    root_name = name("Test school root")
    ca = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    issuer, signing_key = (name("Print workshop"), key) if self_signed else (ca.subject, ca_key)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(name("Print workshop"))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key((key if self_signed else ca_key).public_key()),
            critical=False,
        )
        .sign(signing_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    cert_path, key_path, root_path = folder / "school.pem", folder / "school.key", folder / "root.pem"
    cert_path.write_bytes(leaf.public_bytes(pem))
    key_path.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    root_path.write_bytes(ca.public_bytes(pem))
    return cert_path, key_path, root_path


def test_a_school_chain_signs_instead_and_is_trusted_here(tmp_path, capsys):
    cert, key, root = school_chain(tmp_path)
    assert main(["credentials", "install-cert", str(cert), str(key), "--root", str(root)]) == 0
    assert main(["credentials", "show"]) == 0
    assert "Print workshop" in capsys.readouterr().out
    out = save_image(ImagePayload(photo("coffee")[:40, :40]), tmp_path / "x.jpg", record=generated_record())
    manifest, state = c2pa_store(out)
    assert state == "Valid" and manifest["signature_info"]["common_name"] == "Print workshop"
    cred = read_credentials(out)
    assert cred.verdict == VALID and cred.trusted and cred.signer == "Print workshop"
    assert main(["credentials", "remove-cert"]) == 0
    out2 = save_image(ImagePayload(photo("coffee")[:40, :40]), tmp_path / "y.jpg", record=generated_record())
    assert read_credentials(out2).signer.startswith("HybridStudio")


def test_a_certificate_c2pa_refuses_is_refused_at_install(tmp_path, capsys):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    cert, key, _ = school_chain(tmp_path)
    # the same certificate re-issued without key identifiers, by a CA that is not in the chain
    leaf = x509.load_pem_x509_certificate(cert.read_bytes())
    ca_key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(leaf.subject)
        .issuer_name(leaf.issuer)
        .public_key(leaf.public_key())
        .serial_number(leaf.serial_number)
        .not_valid_before(leaf.not_valid_before_utc)
        .not_valid_after(leaf.not_valid_after_utc)
    )
    for ext in leaf.extensions:
        if not isinstance(ext.value, (x509.SubjectKeyIdentifier, x509.AuthorityKeyIdentifier)):
            builder = builder.add_extension(ext.value, ext.critical)
    bare = tmp_path / "bare.pem"
    bare.write_bytes(builder.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM))
    assert main(["credentials", "install-cert", str(bare), str(key)]) == 1
    assert "C2PA refuses this certificate" in capsys.readouterr().err
    assert not (config_dir() / "credentials" / "school" / "chain.pem").exists()


def test_a_self_signed_or_mismatched_school_certificate_is_refused(tmp_path, capsys):
    cert, key, _ = school_chain(tmp_path, self_signed=True)
    assert main(["credentials", "install-cert", str(cert), str(key)]) == 1
    assert "self-signed" in capsys.readouterr().err
    other = tmp_path / "other"
    other.mkdir()
    cert2, _, _ = school_chain(other)
    assert main(["credentials", "install-cert", str(cert2), str(key)]) == 1
    assert "does not belong" in capsys.readouterr().err
    assert main(["credentials", "install-cert", str(tmp_path / "absent.pem"), str(key)]) == 1
    assert "absent.pem: no such file" in capsys.readouterr().err


def test_signing_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("HYBRIDSTUDIO_NO_CREDENTIALS", "1")
    out = save_image(ImagePayload(photo("coffee")[:20, :20]), tmp_path / "x.png", record=generated_record())
    assert read_credentials(out).verdict == NONE
    assert ProcessRecord.sidecar_path(out).is_file()  # the record is still there


# ---- cancelling while the library signs ----------------------------------------------------------
def _big_unsigned_tiff(path: Path) -> bytes:
    """An uncompressed 86 MB TIFF of a real photo: the C2PA library takes about half a second on it."""
    import tifffile

    pixels = (np.tile(photo("coffee"), (12, 10, 1)) * 255).astype(np.uint8)
    tifffile.imwrite(path, pixels)
    return path.read_bytes()


def test_a_cancel_while_the_library_signs_stops_it_and_keeps_the_file_unsigned(tmp_path):
    import threading

    from hybridstudio.core.cancel import CancelToken, cancel_scope
    from hybridstudio.core.errors import Cancelled
    from hybridstudio.credentials.sign import sign_in_place

    tmp = tmp_path / ".film.tif.part"
    before = _big_unsigned_tiff(tmp)
    staging = tmp.with_name(tmp.name + ".c2pa")
    token = CancelToken()
    seen = threading.Event()

    def cancel_once_the_library_writes() -> None:  # what Ctrl-C or the app's Cancel does
        while not staging.exists() and not seen.wait(0.001):
            pass
        token.cancel()

    watcher = threading.Thread(target=cancel_once_the_library_writes)
    watcher.start()
    try:
        with cancel_scope(token), pytest.raises(Cancelled):
            sign_in_place(tmp, tmp_path / "film.tif", generated_record())
    finally:
        seen.set()
        watcher.join()
    assert not staging.exists()  # the library's half-made copy is gone
    assert tmp.read_bytes() == before  # the file itself was not touched, still unsigned


def test_a_job_already_cancelled_does_not_start_signing(tmp_path):
    from hybridstudio.core.cancel import CancelToken, cancel_scope
    from hybridstudio.core.errors import Cancelled

    token = CancelToken()
    token.cancel()
    with cancel_scope(token), pytest.raises(Cancelled):
        save_image(ImagePayload(photo("coffee")[:40, :40]), tmp_path / "x.png", record=generated_record())
    assert list(tmp_path.iterdir()) == []  # neither the image nor its staging files


def test_signing_reports_its_progress_to_the_bar(tmp_path):
    from hybridstudio.credentials.sign import SIGNING_MESSAGE, sign_in_place

    tmp = tmp_path / ".neg.tif.part"
    unsigned = _big_unsigned_tiff(tmp)
    staging = tmp.with_name(tmp.name + ".c2pa")
    heard: list[tuple[float, str, int]] = []

    def bar(fraction: float, message: str) -> None:  # what the copy on disk holds when it is said
        heard.append((fraction, message, staging.stat().st_size if staging.exists() else 0))

    assert sign_in_place(tmp, tmp_path / "neg.tif", generated_record(), bar)
    fractions = [f for f, _, _ in heard]
    assert {m for _, m, _ in heard} == {SIGNING_MESSAGE}
    assert len(heard) > 50 and fractions == sorted(fractions) and fractions[-1] == 1.0
    signed_size = tmp.stat().st_size
    first_full = next(written for f, _, written in heard if f == 1.0)
    assert first_full > 0.98 * signed_size  # 100 % is said only once the signed copy is written
    assert next(written for f, _, written in heard if f >= 0.5) < 0.5 * signed_size  # not all at the end
    assert tmp.read_bytes() != unsigned
    assert read_credentials(tmp.rename(tmp_path / "neg.tif")).verdict == VALID
