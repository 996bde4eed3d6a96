"""Installer files: desktop entry, MIME type and AppStream data validated by the freedesktop tools,
the recipe MIME type recognised by GLib, the files the Windows and macOS builds name exist."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess

import pytest
from PIL import Image

from hybridstudio.testing import ROOT

LINUX = ROOT / "installers" / "linux"
APP_ID = "org.hybridstudio.HybridStudio"


def need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        pytest.skip(
            f"{tool} is not installed (apt: desktop-file-utils, shared-mime-info, libglib2.0-bin, appstream)"
        )
    return path


def test_desktop_entry_is_valid():
    res = subprocess.run(
        [need("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "error" not in res.stdout.lower()


def test_appstream_metadata_is_valid():
    res = subprocess.run(
        [need("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_hsrecipe_files_get_the_recipe_mime_type(tmp_path):
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.xml", data / "mime" / "packages")
    subprocess.run([need("update-mime-database"), str(data / "mime")], check=True, capture_output=True)
    recipe = tmp_path / "poster.hsrecipe"
    recipe.write_bytes((ROOT / "resources" / "recipes" / "print-ready-greyscale.toml").read_bytes())
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share"}
    res = subprocess.run(
        [need("gio"), "info", "-a", "standard::content-type", str(recipe)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert "application/x-hybridstudio-recipe" in res.stdout, res.stdout + res.stderr


def test_every_file_the_windows_installer_names_exists():
    iss = (ROOT / "installers" / "windows" / "hybridstudio.iss").read_text(encoding="utf-8")
    named = re.findall(r'\{#Root\}\\([^"\s*]+\.(?:ico|txt))', iss)
    assert named, "the .iss names no icon or licence"
    for rel in named:
        assert (ROOT / rel.replace("\\", "/")).is_file(), rel
    # both variants, per-user, and the recipe association pointing at the app
    assert "PrivilegesRequired=lowest" in iss
    assert re.search(r'Subkey: "Software\\Classes\\\.hsrecipe"', iss)
    assert '#if Variant == "cuda"' in iss


def test_icons_hold_the_sizes_each_platform_needs():
    icons = ROOT / "installers" / "icons"
    for name in ("hybridstudio.ico", "recipe.ico"):
        with Image.open(icons / name) as ico:
            assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    for name in ("hybridstudio.icns", "recipe.icns"):
        with Image.open(icons / name) as icns:
            assert max(s[0] * s[2] for s in icns.info["sizes"]) >= 512


def test_build_spec_ships_the_catalogue_and_declares_the_recipe_document_type():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert '"resources"' in spec and '"models/tiny"' in spec
    assert '"hsrecipe"' in spec and "CFBundleDocumentTypes" in spec
    # the catalogue and the tiny model the frozen self-test needs exist where the spec looks
    assert list((ROOT / "models").glob("*.toml"))
    assert list((ROOT / "models" / "tiny").glob("*.onnx"))


class _Recorder:
    """Stands in for one of PyInstaller's spec classes: records how the spec calls it."""

    calls: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.pure, self.scripts, self.binaries, self.datas = [], [], [], []
        _Recorder.calls.append((type(self).__name__, args, kwargs))


def _evaluate_spec(monkeypatch, platform: str, variant: str = "") -> dict:
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda pkg, **kw: [f"{pkg}.commands"])
    monkeypatch.setattr(hooks, "copy_metadata", lambda name: [])
    monkeypatch.setenv("HYBRIDSTUDIO_VARIANT", variant)
    _Recorder.calls = []
    names = {n: type(n, (_Recorder,), {}) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    spec_globals = {"SPECPATH": str(ROOT), "__name__": "__main__", **names}
    monkeypatch.setattr("sys.platform", platform)
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), spec_globals)
    monkeypatch.undo()
    return spec_globals


def test_spec_on_linux_makes_one_console_program_with_the_data(monkeypatch):
    g = _evaluate_spec(monkeypatch, "linux")
    exes = [c for c in _Recorder.calls if c[0] == "EXE"]
    assert [e[2]["name"] for e in exes] == ["HybridStudio"] and exes[0][2]["console"] is True
    dests = {d for _, d in g["datas"]}
    assert {"resources", "models", "models/tiny"} <= dests
    assert not [c for c in _Recorder.calls if c[0] == "BUNDLE"]


def test_spec_on_windows_adds_the_console_twin(monkeypatch):
    _evaluate_spec(monkeypatch, "win32")
    exes = {c[2]["name"]: c[2] for c in _Recorder.calls if c[0] == "EXE"}
    assert exes["HybridStudio"]["console"] is False and exes["hybridstudio-cli"]["console"] is True
    assert exes["HybridStudio"]["icon"].endswith("hybridstudio.ico")


def test_spec_on_macos_makes_an_app_whose_plist_declares_recipes(monkeypatch):
    import plistlib

    _evaluate_spec(monkeypatch, "darwin")
    (bundle,) = [c for c in _Recorder.calls if c[0] == "BUNDLE"]
    plist = plistlib.loads(plistlib.dumps(bundle[2]["info_plist"]))  # serialisable as Info.plist
    (exe,) = [c for c in _Recorder.calls if c[0] == "EXE"]
    assert exe[2]["argv_emulation"] is True  # a double-clicked recipe arrives in sys.argv
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["hsrecipe"]
    owners = [d for d in plist["CFBundleDocumentTypes"] if d["LSHandlerRank"] == "Owner"]
    assert owners[0]["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert (ROOT / "installers" / "icons" / owners[0]["CFBundleTypeIconFile"]).is_file()


def test_spec_cuda_variant_refuses_to_build_without_nvidia_libraries(monkeypatch):
    import importlib.util

    if importlib.util.find_spec("nvidia") is not None:
        pytest.skip("NVIDIA's pip libraries are installed here")
    with pytest.raises(SystemExit, match=r"onnxruntime-gpu\[cuda,cudnn\]"):
        _evaluate_spec(monkeypatch, "win32", variant="cuda")
