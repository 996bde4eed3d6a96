"""Installer files: desktop entry, MIME type and AppStream data validated by the freedesktop tools,
the recipe MIME type recognised by GLib, the files the Windows and macOS builds name exist."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess

import pytest
from conftest import ROOT
from PIL import Image

LINUX = ROOT / "installers" / "linux"
APP_ID = "org.hybridstudio.HybridStudio"


def need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        pytest.skip(f"{tool} is not installed (apt: desktop-file-utils, shared-mime-info, "
                    "libglib2.0-bin, appstream)")
    return path


def test_desktop_entry_is_valid():
    res = subprocess.run([need("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "error" not in res.stdout.lower()


def test_appstream_metadata_is_valid():
    res = subprocess.run([need("appstreamcli"), "validate", "--no-net",
                          str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_hsrecipe_files_get_the_recipe_mime_type(tmp_path):
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.xml", data / "mime" / "packages")
    subprocess.run([need("update-mime-database"), str(data / "mime")], check=True,
                   capture_output=True)
    recipe = tmp_path / "poster.hsrecipe"
    recipe.write_bytes((ROOT / "resources" / "recipes" / "print-ready-greyscale.toml").read_bytes())
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share"}
    res = subprocess.run([need("gio"), "info", "-a", "standard::content-type", str(recipe)],
                         capture_output=True, text=True, env=env)
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
