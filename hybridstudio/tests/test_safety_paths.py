"""Paths read from files never lead outside their folder: model external data, catalogue
manifests, separation folders. A hostile bundle is refused before anything is read or written."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from hybridstudio.cli import main
from hybridstudio.core.errors import InputError, ModelError
from hybridstudio.core.safepaths import inside, is_plain_relative
from hybridstudio.models import import_model
from hybridstudio.models.catalogue import load_manifest
from hybridstudio.models.inspect import inspect_onnx
from hybridstudio.testing.diffusion import script


def _upscaler_with_external_weights(shared_models, path, location: str):
    """The real ×2 ESRGAN with its weights stored as external data in ``w.bin`` beside ``path``,
    the graph pointing at ``location`` instead (the corpus script's hostile bundle)."""
    return script("make_hostile_corpus").evil_model(shared_models / "esrgan-slim-x2.onnx", path, location)


@pytest.mark.parametrize("name", ["../x", "a/../../x", "/etc/passwd", "C:\\x", "\\\\srv\\x", "", "a\0b"])
def test_escaping_names_are_not_plain(name):
    assert not is_plain_relative(name)


def test_inside_refuses_a_link_out_of_the_folder(tmp_path):
    (tmp_path / "root").mkdir()
    (tmp_path / "secret.txt").write_text("x")
    os.symlink(tmp_path / "secret.txt", tmp_path / "root" / "link.tif")
    assert inside(tmp_path / "root", "sub/ok.tif") == tmp_path / "root" / "sub" / "ok.tif"
    with pytest.raises(InputError, match="points outside"):
        inside(tmp_path / "root", "link.tif", source=tmp_path / "root" / "index.json")


@pytest.mark.parametrize("location", ["../../../../victim.txt", "/tmp/victim.txt"])
def test_import_never_writes_outside_its_folder(shared_models, tmp_path, location, capsys):
    bundle = tmp_path / "deep" / "a" / "b" / "c" / "bundle"
    src = _upscaler_with_external_weights(shared_models, bundle / "evil.onnx", location)
    victim = tmp_path / "deep" / "victim.txt"
    victim.write_text("the student's file")
    with pytest.raises(ModelError, match="outside the model's folder"):
        inspect_onnx(src)
    assert main(["models", "import", str(src)]) == 1
    err = capsys.readouterr().err
    assert "outside the model's folder" in err and "Traceback" not in err
    assert victim.read_text() == "the student's file"
    from hybridstudio.models.catalogue import imported_dir

    assert not imported_dir().exists() or not any(imported_dir().iterdir())


def test_import_with_external_data_in_a_subfolder_still_works(shared_models, tmp_path):
    src = _upscaler_with_external_weights(shared_models, tmp_path / "ok" / "model.onnx", "weights/w.bin")
    (tmp_path / "ok" / "weights").mkdir()
    shutil.move(tmp_path / "ok" / "w.bin", tmp_path / "ok" / "weights" / "w.bin")  # the script wrote w.bin
    m = import_model(src, "sub-weights")
    assert [f.path for f in m.files] == ["model.onnx", "weights/w.bin"]
    assert (m.manifest_path.parent / "weights" / "w.bin").is_file()


def test_import_into_an_unwritable_data_folder_is_one_line(tmp_path, shared_models, capsys):
    from hybridstudio.models.catalogue import imported_dir

    # a file where the models folder should be: refused even for root, unlike a read-only mode
    imported_dir().parent.parent.mkdir(parents=True, exist_ok=True)
    imported_dir().parent.write_text("not a folder")
    assert main(["models", "import", str(shared_models / "esrgan-slim-x2.onnx"), "--id", "mine"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("hybridstudio: error:") and "cannot import a model there" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("bad", ["../../etc/passwd", "/etc/passwd"])
def test_manifest_files_must_stay_in_the_model_folder(tmp_path, bad):
    p = tmp_path / "evil.toml"
    p.write_text(
        f'id = "evil"\nkind = "upscaler"\nsource = "local"\n[licence]\nname = "MIT"\n'
        f'[[files]]\npath = "{bad}"\n[upscaler]\nscale = 4\n'
    )
    with pytest.raises(ModelError, match="outside the model's folder"):
        load_manifest(p)


def test_manifest_of_wrong_types_is_one_line(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text('id = "x"\nkind = "upscaler"\nsource = "local"\nlicence = "MIT"\nfiles = [1]\n')
    with pytest.raises(ModelError, match="malformed manifest"):
        load_manifest(p)


def test_separation_index_cannot_reach_outside_its_folder(tmp_path):
    from hybridstudio.separation.export import load_separations

    folder = tmp_path / "seps"
    folder.mkdir()
    secret = tmp_path / "secret.tif"
    secret.write_bytes(b"II*\0")
    os.symlink(secret, folder / "01-black.tif")
    (folder / "separations.json").write_text(
        json.dumps(
            {
                "format": "hybridstudio-separations",
                "version": 1,
                "dpi": 300,
                "separations": [{"file": "01-black.tif", "ink": {"name": "black", "hex": "#000000"}}],
            }
        )
    )
    with pytest.raises(InputError, match="points outside"):
        load_separations(folder)
