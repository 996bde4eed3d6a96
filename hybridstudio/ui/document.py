"""The working recipe: an ordered list of steps with their parameters, edited through a
QUndoStack so every change (add, remove, reorder, a parameter, on/off) can be undone."""

from __future__ import annotations

import copy
import itertools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.atomic import atomic_write_bytes
from ..core.params import Param
from ..core.recipe import Recipe, RecipeStep
from ..core.step import all_steps, get_step
from .i18n import ui_language

_uids = itertools.count(1)
#: Edits of one field closer together than this become a single undo step.
MERGE_WINDOW_S = 1.5


@dataclass
class StepEntry:
    """One step of the working recipe. ``uid`` identifies it across moves (for the UI)."""

    kind: str
    params: dict[str, Any]
    label: str | None = None
    enabled: bool = True
    uid: int = field(default_factory=lambda: next(_uids))

    @classmethod
    def new(cls, kind: str) -> StepEntry:
        step = get_step(kind)
        return cls(kind, {p.name: copy.deepcopy(p.default) for p in step.params})

    def title(self) -> str:
        """The label the user gave, else the step's translated title."""
        if self.label:
            return self.label
        step = all_steps().get(self.kind)
        return QCoreApplication.translate("steps", step.title) if step else self.kind


def field_label(param: Param) -> str:
    """A parameter's title as the form shows it, translated."""
    return QCoreApplication.translate("steps", param.title)


class RecipeDocument(QObject):
    """The recipe being edited. Views listen to ``structureChanged`` (steps added, removed,
    moved, reloaded) and ``stepChanged(index)`` (one step's parameters or on/off changed)."""

    structureChanged = Signal()  # noqa: N815
    stepChanged = Signal(int)  # noqa: N815
    changed = Signal()  # any change: the live preview and the autosave listen to this
    pathChanged = Signal(str)  # noqa: N815

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.name = "Untitled recipe"
        #: the shipped French name and description, shown while the English ones are unchanged
        self.french: tuple[str, str, str, str] = ("", "", "", "")  # name, desc, name_fr, desc_fr
        self.description = ""
        self.path: Path | None = None
        self.steps: list[StepEntry] = []
        self.undo_stack = QUndoStack(self)

    # -- queries ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.steps)

    def index_of(self, uid: int) -> int:
        for i, s in enumerate(self.steps):
            if s.uid == uid:
                return i
        return -1

    def is_empty(self) -> bool:
        return not self.steps

    def needs_input(self) -> bool:
        """True when the first enabled step takes an image (not a generation from nothing)."""
        for s in self.steps:
            if s.enabled:
                step = all_steps().get(s.kind)
                return step is None or step.consumes != "nothing"
        return True

    # -- editing (undoable) ----------------------------------------------------------------
    def add_step(self, kind: str, index: int | None = None) -> int:
        index = len(self.steps) if index is None else index
        entry = StepEntry.new(kind)
        self.undo_stack.push(
            _Insert(
                self,
                index,
                entry,
                QCoreApplication.translate("RecipeDocument", "Add step “%1”").replace("%1", entry.title()),
            )
        )
        return index

    def remove_step(self, index: int) -> None:
        entry = self.steps[index]
        self.undo_stack.push(
            _Remove(
                self,
                index,
                entry,
                QCoreApplication.translate("RecipeDocument", "Remove step “%1”").replace("%1", entry.title()),
            )
        )

    def move_step(self, src: int, dst: int) -> None:
        if src == dst or not (0 <= dst < len(self.steps)):
            return
        self.undo_stack.push(_Move(self, src, dst, QCoreApplication.translate("RecipeDocument", "Move step")))

    def set_param(self, index: int, name: str, value: Any) -> None:
        entry = self.steps[index]
        old = entry.params.get(name)
        if old == value:
            return
        param = get_step(entry.kind).param(name)
        param.validate(value)  # a form only offers valid values
        self.undo_stack.push(
            _SetParam(
                self,
                entry.uid,
                name,
                old,
                value,
                QCoreApplication.translate("RecipeDocument", "Change “%1”").replace("%1", field_label(param)),
            )
        )

    def set_enabled(self, index: int, enabled: bool) -> None:
        entry = self.steps[index]
        if entry.enabled != enabled:
            text = (
                QCoreApplication.translate("RecipeDocument", "Turn on “%1”")
                if enabled
                else QCoreApplication.translate("RecipeDocument", "Turn off “%1”")
            )
            self.undo_stack.push(_SetEnabled(self, entry.uid, enabled, text.replace("%1", entry.title())))

    def set_label(self, index: int, label: str | None) -> None:
        """Name a step as the user likes (saved in the recipe as ``label``); empty: its title."""
        entry = self.steps[index]
        label = (label or "").strip() or None
        if label != entry.label:
            text = QCoreApplication.translate("RecipeDocument", "Rename step")
            self.undo_stack.push(_SetLabel(self, entry.uid, entry.label, label, text))

    def set_details(self, name: str, description: str) -> None:
        """The recipe's name and description (what schools see when they share it)."""
        name = name.strip() or self.name
        if (name, description) != (self.name, self.description):
            text = QCoreApplication.translate("RecipeDocument", "Change the recipe's details")
            self.undo_stack.push(_SetDetails(self, (self.name, self.description), (name, description), text))

    # -- whole recipes ----------------------------------------------------------------------
    def display(self) -> tuple[str, str]:
        """(name, description) in the app's language (French while the shipped text is kept)."""
        if self.name == "Untitled recipe":
            return QCoreApplication.translate("RecipeDocument", "Untitled recipe"), self.description
        if ui_language() == "fr" and self.french[:2] == (self.name, self.description):
            return self.french[2] or self.name, self.french[3] or self.description
        return self.name, self.description

    def to_recipe(self):
        """The engine's Recipe for what is being edited."""
        name_fr, desc_fr = self.french[2:] if self.french[:2] == (self.name, self.description) else ("", "")
        return Recipe(
            name=self.name,
            description=self.description,
            name_fr=name_fr,
            description_fr=desc_fr,
            steps=[
                RecipeStep(s.kind, copy.deepcopy(s.params), label=s.label, enabled=s.enabled)
                for s in self.steps
            ],
        )

    def dumps(self) -> str:
        return self.to_recipe().dumps()

    def load_recipe(self, recipe, path: Path | None = None) -> None:
        """Replace the working recipe (not undoable: the undo history starts afresh)."""
        declared = all_steps()
        self.steps = []
        for rs in recipe.steps:
            params = {p.name: copy.deepcopy(p.default) for p in declared[rs.kind].params}
            params.update(copy.deepcopy(dict(rs.params)))
            self.steps.append(
                StepEntry(
                    rs.kind, params, label=getattr(rs, "label", None), enabled=getattr(rs, "enabled", True)
                )
            )
        self.name = recipe.name or "Untitled recipe"
        self.description = getattr(recipe, "description", "") or ""
        self.french = (
            self.name,
            self.description,
            getattr(recipe, "name_fr", "") or "",
            getattr(recipe, "description_fr", "") or "",
        )
        self.path = Path(path) if path else None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.pathChanged.emit(str(self.path or ""))
        self.structureChanged.emit()
        self.changed.emit()

    def load_text(self, text: str, path: Path | None = None) -> None:
        self.load_recipe(Recipe.loads(text, path=path), path)

    def load(self, path: Path) -> None:
        self.load_recipe(Recipe.load(path), path)

    def save(self, path: Path) -> Path:
        path = Path(path)
        if self.name in ("", "Untitled recipe"):
            self.name = path.stem.replace("-", " ").replace("_", " ").capitalize()
        atomic_write_bytes(path, self.dumps().encode("utf-8"))
        self.path = path
        self.undo_stack.setClean()
        self.pathChanged.emit(str(path))
        return path

    def new(self) -> None:
        self.steps = []
        self.name, self.description, self.path = "Untitled recipe", "", None
        self.undo_stack.clear()
        self.pathChanged.emit("")
        self.structureChanged.emit()
        self.changed.emit()

    # -- raw changes, used by the undo commands ----------------------------------------------
    def _insert(self, index: int, entry: StepEntry) -> None:
        self.steps.insert(index, entry)
        self.structureChanged.emit()
        self.changed.emit()

    def _remove(self, index: int) -> None:
        del self.steps[index]
        self.structureChanged.emit()
        self.changed.emit()

    def _move(self, src: int, dst: int) -> None:
        self.steps.insert(dst, self.steps.pop(src))
        self.structureChanged.emit()
        self.changed.emit()

    def _set_label(self, uid: int, label: str | None) -> None:
        i = self.index_of(uid)
        self.steps[i].label = label
        self.structureChanged.emit()
        self.changed.emit()

    def _set_details(self, details: tuple[str, str]) -> None:
        self.name, self.description = details
        self.pathChanged.emit(str(self.path or ""))
        self.changed.emit()

    def _set(self, uid: int, name: str | None, value: Any) -> None:
        i = self.index_of(uid)
        if name is None:
            self.steps[i].enabled = bool(value)
        else:
            self.steps[i].params[name] = copy.deepcopy(value)
        self.stepChanged.emit(i)
        self.changed.emit()


class _Insert(QUndoCommand):
    def __init__(self, doc: RecipeDocument, index: int, entry: StepEntry, text: str):
        super().__init__(text)
        self.doc, self.index, self.entry = doc, index, entry

    def redo(self) -> None:
        self.doc._insert(self.index, self.entry)

    def undo(self) -> None:
        self.doc._remove(self.index)


class _Remove(_Insert):
    def redo(self) -> None:
        self.doc._remove(self.index)

    def undo(self) -> None:
        self.doc._insert(self.index, self.entry)


class _Move(QUndoCommand):
    def __init__(self, doc: RecipeDocument, src: int, dst: int, text: str):
        super().__init__(text)
        self.doc, self.src, self.dst = doc, src, dst

    def redo(self) -> None:
        self.doc._move(self.src, self.dst)

    def undo(self) -> None:
        self.doc._move(self.dst, self.src)


class _SetParam(QUndoCommand):
    MERGE_ID = 1001

    def __init__(self, doc: RecipeDocument, uid: int, name: str, old: Any, new: Any, text: str):
        super().__init__(text)
        self.doc, self.uid, self.name, self.old, self.new = doc, uid, name, old, new
        self.when = time.monotonic()

    def id(self) -> int:  # quick successive edits of one field (spin box arrows) merge into one undo
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, _SetParam) or (other.uid, other.name) != (self.uid, self.name):
            return False
        if other.when - self.when > MERGE_WINDOW_S:
            return False
        self.new, self.when = other.new, other.when
        return True

    def redo(self) -> None:
        self.doc._set(self.uid, self.name, self.new)

    def undo(self) -> None:
        self.doc._set(self.uid, self.name, self.old)


class _SetEnabled(QUndoCommand):
    def __init__(self, doc: RecipeDocument, uid: int, enabled: bool, text: str):
        super().__init__(text)
        self.doc, self.uid, self.enabled = doc, uid, enabled

    def redo(self) -> None:
        self.doc._set(self.uid, None, self.enabled)

    def undo(self) -> None:
        self.doc._set(self.uid, None, not self.enabled)


class _SetLabel(QUndoCommand):
    def __init__(self, doc: RecipeDocument, uid: int, old: str | None, new: str | None, text: str):
        super().__init__(text)
        self.doc, self.uid, self.old, self.new = doc, uid, old, new

    def redo(self) -> None:
        self.doc._set_label(self.uid, self.new)

    def undo(self) -> None:
        self.doc._set_label(self.uid, self.old)


class _SetDetails(QUndoCommand):
    def __init__(self, doc: RecipeDocument, old: tuple[str, str], new: tuple[str, str], text: str):
        super().__init__(text)
        self.doc, self.old, self.new = doc, old, new

    def redo(self) -> None:
        self.doc._set_details(self.new)

    def undo(self) -> None:
        self.doc._set_details(self.old)
