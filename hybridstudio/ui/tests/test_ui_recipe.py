"""Building a recipe in the recipe panel: forms from step declarations, undo/redo, reorder,
save/load round trip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox

from hybridstudio.core.recipe import Recipe
from hybridstudio.core.step import all_steps
from hybridstudio.ui.document import RecipeDocument
from hybridstudio.ui.param_form import ParamForm, display_unit, tooltip_for
from hybridstudio.ui.recipe_panel import RecipePanel

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot):
    doc = RecipeDocument()
    p = RecipePanel(doc)
    qtbot.addWidget(p)
    p.show()
    return p


def test_every_registered_step_gets_a_form_from_its_declaration(qtbot):
    form = ParamForm()
    qtbot.addWidget(form)
    for sid, cls in all_steps().items():
        defaults = {p.name: p.default for p in cls.params}
        form.build(cls.params, defaults)
        assert form.names() == [p.name for p in cls.params], sid
        for p in cls.params:
            w = form.editor(p.name)
            assert p.name in w.toolTip()  # the tooltip names the recipe key
            if p.kind == "float" and p.maximum is not None:
                assert w.maximum() == pytest.approx(p.maximum)
                assert w.suffix().strip() == p.unit


def test_lengths_show_in_inches_when_the_user_prefers(qtbot):
    from hybridstudio.core.params import Param

    p = Param("width_mm", "float", 254.0, "Printed width", "mm", 0.0, 5000.0)
    assert display_unit(p, "inch") == ("in", pytest.approx(1 / 25.4))
    form = ParamForm()
    qtbot.addWidget(form)
    got = []
    form.valueChanged.connect(lambda n, v: got.append((n, v)))
    form.build((p,), {"width_mm": 254.0}, units="inch")
    spin = form.editor("width_mm")
    assert spin.value() == pytest.approx(10.0) and spin.suffix() == " in"
    spin.setValue(5.0)
    assert got == [("width_mm", pytest.approx(127.0))]  # stored in the declared unit
    assert "196.85 in" in tooltip_for(p, "inch")


def test_build_edit_undo_redo_reorder(panel, qtbot):
    doc = panel.doc
    panel.add_step("greyscale")
    panel.add_step("levels")
    assert [s.kind for s in doc.steps] == ["greyscale", "levels"]
    assert panel.list.count() == 2 and panel.list.currentRow() == 1
    # edit a parameter through the form the levels step declared
    spin = panel.form.editor("gamma")
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(1.4)
    spin.setValue(1.6)  # successive edits of one field merge into one undo step
    assert doc.steps[1].params["gamma"] == pytest.approx(1.6)
    # choice and on/off
    panel.list.setCurrentRow(0)
    combo = panel.form.editor("filter")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("red"))
    assert doc.steps[0].params["filter"] == "red"
    panel.list.item(1).setCheckState(panel.list.item(1).checkState().Unchecked)
    assert doc.steps[1].enabled is False
    # reorder
    panel.list.setCurrentRow(1)
    panel.move_current(-1)
    assert [s.kind for s in doc.steps] == ["levels", "greyscale"]
    # undo everything in reverse, the form follows
    stack = doc.undo_stack
    stack.undo()  # move
    assert [s.kind for s in doc.steps] == ["greyscale", "levels"]
    stack.undo()  # enabled
    assert doc.steps[1].enabled is True
    stack.undo()  # filter
    assert doc.steps[0].params["filter"] == "none"
    panel.list.setCurrentRow(1)
    stack.undo()  # gamma (both edits at once)
    assert doc.steps[1].params["gamma"] == 1.0
    assert panel.form.editor("gamma").value() == pytest.approx(1.0)
    stack.redo()
    assert doc.steps[1].params["gamma"] == pytest.approx(1.6)
    assert panel.form.editor("gamma").value() == pytest.approx(1.6)
    stack.undo()
    stack.undo()
    stack.undo()
    assert doc.is_empty()
    while stack.canRedo():
        stack.redo()
    assert [s.kind for s in doc.steps] == ["levels", "greyscale"]


def test_save_and_load_round_trip(panel, tmp_path):
    doc = panel.doc
    panel.add_step("greyscale")
    panel.add_step("print_size")
    doc.set_param(1, "width_mm", 180.0)
    path = doc.save(tmp_path / "my-poster.toml")
    assert doc.undo_stack.isClean()
    r = Recipe.load(path)  # the engine itself reads what the app wrote
    assert [s.kind for s in r.steps] == ["greyscale", "print_size"]
    assert r.steps[1].params["width_mm"] == 180.0
    doc.new()
    assert doc.is_empty()
    doc.load(path)
    assert doc.steps[1].params["width_mm"] == 180.0 and panel.list.count() == 2


def test_a_broken_chain_is_explained(panel, qtbot, monkeypatch):
    import hybridstudio.core.step as step_module
    from hybridstudio.core.params import Param
    from hybridstudio.core.step import Step

    class _Nothing(Step):  # a generator: can only come first
        id = "test_ui_generator"
        title = "Test generator"
        description = "Makes a grey image."
        category = "ai"
        consumes = "nothing"
        params = (Param("size", "int", 16, "side", "px", 8, 64),)

    all_steps()
    monkeypatch.setitem(step_module._REGISTRY, _Nothing.id, _Nothing)  # registered for this test only
    panel.retranslate()
    panel.add_step("greyscale")
    panel.list.setCurrentRow(0)
    panel.add_step("test_ui_generator")
    assert panel.chain_error.isVisibleTo(panel)
    assert "first step" in panel.chain_error.text()
    panel.doc.undo_stack.undo()
    assert not panel.chain_error.isVisibleTo(panel)


def test_bool_param_editor(qtbot):
    from hybridstudio.core.params import Param

    form = ParamForm()
    qtbot.addWidget(form)
    form.build((Param("mirror", "bool", False, "Mirror the film"),), {"mirror": False})
    assert isinstance(form.editor("mirror"), QCheckBox)


def test_rename_a_step_and_the_recipe_undoably(panel, tmp_path):
    doc = panel.doc
    panel.add_step("levels")
    panel.rename_current("Darker mid-tones")
    assert panel.list.item(0).text().endswith("Darker mid-tones")
    doc.set_details("Poster, two inks", "For the spring show")
    assert panel.name_label.text() == "Poster, two inks"
    saved = Recipe.load(doc.save(tmp_path / "poster.toml"))
    assert saved.steps[0].label == "Darker mid-tones" and saved.description == "For the spring show"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.steps[0].label is None and panel.list.item(0).text() == "1. Levels"
    assert doc.name == "Untitled recipe" and panel.name_label.text() == "Untitled recipe"
