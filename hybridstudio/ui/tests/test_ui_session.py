"""Autosave of the working session and recovery after a crash; language switch; settings."""

from __future__ import annotations

import json

import pytest

from hybridstudio.core.settings import Settings
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.session import SessionStore

pytestmark = pytest.mark.gui


def test_autosave_then_recovery_after_a_crash(qtbot, tmp_path):
    path = save_photo(tmp_path, "chelsea")
    store = SessionStore(tmp_path / "session")
    w = make_window(qtbot, store=store)
    w.studio.open_image(path)
    wait_jobs(qtbot, w)
    w.doc.add_step("greyscale")
    w.doc.add_step("levels")
    w.doc.set_param(1, "gamma", 1.7)
    w.doc.set_enabled(0, False)
    qtbot.waitUntil(lambda: store.file.is_file(), timeout=5000)  # autosaved shortly after the change
    saved = json.loads(store.file.read_text())
    assert [s["kind"] for s in saved["recipe"]["steps"]] == ["greyscale", "levels"]
    wait_idle(qtbot, w)
    # crash: the process dies without a clean exit. The lock names a process that is gone.
    store.lock.write_text("999999999")
    assert store.crashed_session() is not None
    w2 = make_window(qtbot, store=SessionStore(tmp_path / "session"), recover="yes")
    wait_idle(qtbot, w2)
    assert [s.kind for s in w2.doc.steps] == ["greyscale", "levels"]
    assert w2.doc.steps[1].params["gamma"] == pytest.approx(1.7)
    assert w2.doc.steps[0].enabled is False
    assert w2.model.source_path == path and w2.model.source is not None
    # a clean exit leaves nothing to recover
    w2.close()
    assert SessionStore(tmp_path / "session").crashed_session() is None
    assert not store.file.exists() and not store.lock.exists()


def test_no_recovery_offered_while_the_session_is_alive(tmp_path):
    store = SessionStore(tmp_path / "s")
    store.start()  # this very process holds the lock
    store.save({"recipe": {"steps": []}})
    other = SessionStore(tmp_path / "s")
    import os

    other.lock.write_text(str(os.getppid()))  # a live process (our parent) owns the session
    assert other.crashed_session() is None


def test_settings_are_saved_and_applied(qtbot):
    w = make_window(qtbot)
    new = Settings(units="inch", device="cpu", threads=2, cache_limit_mb=512)
    w.studio.apply_settings(new)
    loaded = Settings.load()
    assert (loaded.units, loaded.device, loaded.threads, loaded.cache_limit_mb) == ("inch", "cpu", 2, 512)
    assert w.recipe_panel.units == "inch"
    qtbot.waitUntil(lambda: w.device_label.text() == "Device: CPU", timeout=20000)


def test_standard_shortcuts_are_set(qtbot):
    from PySide6.QtGui import QKeySequence

    w = make_window(qtbot)
    assert w.acts.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert w.acts.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert w.acts.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert w.acts.zoom_in.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)


def test_settings_dialog_round_trip(qtbot):
    from hybridstudio.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(Settings(device="cuda", units="mm", language=""))
    qtbot.addWidget(dlg)
    assert dlg.device.currentData() == "cuda"
    dlg.units.setCurrentIndex(dlg.units.findData("inch"))
    dlg.language.setCurrentIndex(dlg.language.findData("fr"))
    dlg.memory.setCurrentIndex(dlg.memory.findData("low"))
    dlg.grid.setValue(420.0)
    s = dlg.result_settings()
    got = (s.device, s.units, s.language, s.memory_mode, s.grid_gco2_per_kwh)
    assert got == ("cuda", "inch", "fr", "low", 420.0)
    dlg._defaults()
    assert dlg.result_settings().device == "auto"
