"""The recipe panel: the steps of the working recipe (add, remove, reorder, on/off), the selected
step's settings (a form from its declarations) and its explanation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RecipeError, RecipeInputError
from ..core.step import all_steps
from ..models import list_models
from .app_model import AppModel, bind, bind_two_way
from .document import RecipeDocument
from .explain import ExplainLabel
from .param_form import ParamForm
from .texts import category_label, steps_text

UID_ROLE = Qt.ItemDataRole.UserRole + 1


def model_suggestions(param) -> list[tuple[str, str]] | None:
    """The installed models, offered for a step's ``model`` parameter."""
    if param.name != "model":
        return None
    try:
        found = [st for st in list_models() if st.installed]
    except Exception:  # noqa: BLE001 - no catalogue: a plain text field
        return None
    return [(st.manifest.id, f"{st.manifest.id} — {st.manifest.name}") for st in found]


class RecipePanel(QWidget):
    """Edits a :class:`RecipeDocument`. ``runRequested`` asks for a full-resolution run."""

    runRequested = Signal()  # noqa: N815
    livePreviewToggled = Signal(bool)  # noqa: N815
    openSeparationsRequested = Signal()  # noqa: N815 - the input fix: open a separations folder

    def __init__(self, doc: RecipeDocument, units: str = "mm", parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.units = units
        self._shown_uid: int | None = None

        self.name_label = QLabel()
        self.name_label.setObjectName("recipeName")
        f = self.name_label.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.name_label.setFont(f)
        self.name_label.setWordWrap(True)
        self.details_btn = QToolButton()
        self.details_btn.setObjectName("recipeDetails")
        self.details_btn.clicked.connect(self.edit_details)

        self.list = QListWidget()
        self.list.setObjectName("stepList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_current())

        self.add_btn = QToolButton()
        self.add_btn.setObjectName("addStep")
        self.add_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_menu = QMenu(self)
        self.add_btn.setMenu(self.add_menu)
        self.remove_btn = QToolButton()
        self.remove_btn.clicked.connect(self.remove_current)
        self.up_btn = QToolButton(text="▲")
        self.up_btn.clicked.connect(lambda: self.move_current(-1))
        self.down_btn = QToolButton(text="▼")
        self.down_btn.clicked.connect(lambda: self.move_current(+1))
        self.up_btn.setShortcut(QKeySequence("Alt+Up"))
        self.down_btn.setShortcut(QKeySequence("Alt+Down"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.add_btn, self.remove_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.up_btn)
        bar.addWidget(self.down_btn)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.details_btn, 0, Qt.AlignmentFlag.AlignTop)
        tl.addLayout(name_row)
        tl.addWidget(self.list, 1)
        tl.addLayout(bar)

        self.step_title = QLabel()
        self.step_title.setObjectName("stepTitle")
        tf = self.step_title.font()
        tf.setBold(True)
        self.step_title.setFont(tf)
        self.form = ParamForm(suggestions=model_suggestions)
        self.form.valueChanged.connect(self._param_changed)
        self.explain = ExplainLabel()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(4, 4, 4, 4)
        dl.addWidget(self.step_title)
        dl.addWidget(self.form)
        dl.addWidget(line)
        dl.addWidget(self.explain)
        dl.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(details)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 520])
        split.setChildrenCollapsible(False)
        self.list.setMinimumHeight(90)

        self.live = QCheckBox()
        self.live.setObjectName("livePreview")
        self.live.setChecked(True)
        self.live.toggled.connect(self.livePreviewToggled)
        self.run_btn = QPushButton()
        self.run_btn.setObjectName("runFull")
        self.run_btn.setDefault(True)
        self.run_btn.clicked.connect(self.runRequested)
        self.run_btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chain_error = QLabel()
        self.chain_error.setWordWrap(True)
        self.chain_error.setStyleSheet("color: #d9534f")
        self.chain_error.hide()
        # a recipe that does not fit the open source: one click fixes it
        self.source_kind: str | None = None
        self.fix_step_btn = QPushButton()
        self.fix_step_btn.setObjectName("fixAddStep")
        self.fix_step_btn.clicked.connect(self._add_fix_step)
        self.fix_open_btn = QPushButton()
        self.fix_open_btn.setObjectName("fixOpenSeparations")
        self.fix_open_btn.clicked.connect(self.openSeparationsRequested)
        self._fix_step: str | None = None
        fixes = QHBoxLayout()
        fixes.addWidget(self.fix_step_btn)
        fixes.addWidget(self.fix_open_btn)
        fixes.addStretch(1)
        self.fix_step_btn.hide()
        self.fix_open_btn.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.live)
        bottom.addWidget(self.run_btn, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split, 1)
        lay.addWidget(self.chain_error)
        lay.addLayout(fixes)
        lay.addLayout(bottom)

        doc.structureChanged.connect(self.refresh)
        doc.stepChanged.connect(self._step_changed)
        doc.pathChanged.connect(self._update_name)
        self.retranslate()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.fix_open_btn.setText(self.tr("Open a separations folder…"))
        self.add_btn.setText(self.tr("Add step"))
        self.add_btn.setToolTip(self.tr("Add a step at the end of the recipe (or after the selected one)"))
        self.remove_btn.setText(self.tr("Remove"))
        self.remove_btn.setToolTip(self.tr("Remove the selected step (Delete)"))
        self.up_btn.setToolTip(self.tr("Move the step earlier (Alt+Up)"))
        self.down_btn.setToolTip(self.tr("Move the step later (Alt+Down)"))
        self.details_btn.setText(self.tr("Details…"))
        self.details_btn.setToolTip(self.tr("Name and description of the recipe, as others will see them"))
        self.list.setToolTip(
            self.tr("Double-click a step to give it your own name; drag to reorder; untick to skip it")
        )
        self.live.setText(self.tr("Live preview"))
        self.live.setToolTip(
            self.tr(
                "Re-run the changed steps on a reduced image after every change. "
                "Steps whose settings did not change come from the cache."
            )
        )
        self.run_btn.setText(self.tr("Run at full resolution"))
        self.run_btn.setToolTip(self.tr("Run the whole recipe on the full-size image (Ctrl+R)"))
        self._build_add_menu()
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_add_menu(self) -> None:
        self.add_menu.clear()
        by_cat: dict[str, list] = {}
        for sid, cls in all_steps().items():
            by_cat.setdefault(cls.category, []).append((sid, cls))
        for cat, items in by_cat.items():
            sub = self.add_menu.addMenu(category_label(cat))
            for sid, cls in sorted(items, key=lambda kv: steps_text(kv[1].title)):
                act = sub.addAction(steps_text(cls.title))
                act.setToolTip(steps_text(cls.description))
                act.setObjectName(f"add_{sid}")
                act.triggered.connect(lambda _=False, s=sid: self.add_step(s))
            sub.setToolTipsVisible(True)

    def _update_name(self, *_args) -> None:
        name, description = self.doc.display()
        self.name_label.setText(name)
        self.name_label.setToolTip(str(self.doc.path or "") + ("\n" + description if description else ""))

    # -- actions -----------------------------------------------------------------------------------
    def add_step(self, kind: str) -> None:
        row = self.list.currentRow()
        index = row + 1 if row >= 0 else len(self.doc)
        self.doc.add_step(kind, index)
        self.list.setCurrentRow(index)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.doc):
            self.doc.remove_step(row)
            self.list.setCurrentRow(min(row, len(self.doc) - 1))

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        dst = row + delta
        if 0 <= row < len(self.doc) and 0 <= dst < len(self.doc):
            self.doc.move_step(row, dst)
            self.list.setCurrentRow(dst)

    def rename_current(self, text: str | None = None) -> None:
        """Give the selected step a name of one's own (asked for when ``text`` is None)."""
        row = self.list.currentRow()
        if not (0 <= row < len(self.doc)):
            return
        if text is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Rename step"), self.tr("Name of this step:"), text=self.doc.steps[row].title()
            )
            if not ok:
                return
        self.doc.set_label(row, text)

    def edit_details(self) -> None:
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Recipe details"))
        name = QLineEdit(self.doc.name if self.doc.name != "Untitled recipe" else "")
        desc = QPlainTextEdit(self.doc.description)
        desc.setMaximumHeight(120)
        form = QFormLayout(dlg)
        form.addRow(self.tr("Name"), name)
        form.addRow(self.tr("Description"), desc)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        if dlg.exec():
            self.doc.set_details(name.text(), desc.toPlainText().strip())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_current()
            return
        super().keyPressEvent(event)

    # -- document → view ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the step list from the document, keeping the selection on the same step."""
        self._update_name()
        uid = self._shown_uid
        self.list.blockSignals(True)
        self.list.clear()
        steps = all_steps()
        for i, s in enumerate(self.doc.steps):
            cls = steps.get(s.kind)
            tag = "✦ " if cls is not None and cls.ai else ""
            item = QListWidgetItem(f"{i + 1}. {tag}{s.title()}")
            item.setData(UID_ROLE, s.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if s.enabled else Qt.CheckState.Unchecked)
            if cls is not None:
                item.setToolTip(steps_text(cls.description))
            self.list.addItem(item)
        row = self.doc.index_of(uid) if uid is not None else -1
        if row < 0 and len(self.doc):
            row = 0
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_current(row, force=True)
        self.remove_btn.setEnabled(len(self.doc) > 0)
        self._check_chain()

    def set_source_kind(self, kind: str | None) -> None:
        """What is open ('image', 'separations', None): the recipe is checked against it."""
        self.source_kind = kind
        self._check_chain()

    def _check_chain(self) -> None:
        self._fix_step = None
        fix_open = False
        try:
            if len(self.doc):
                recipe = self.doc.to_recipe()
                recipe.check_chain()
                if self.source_kind is not None:
                    recipe.check_source(self.source_kind, translator=QCoreApplication.translate)
            self.chain_error.hide()
        except RecipeInputError as exc:
            self.chain_error.setText(str(exc.problem))
            self.chain_error.show()
            self._fix_step = exc.fix_step
            fix_open = exc.needs == "separations"
        except RecipeError as exc:
            self.chain_error.setText(str(exc.problem))
            self.chain_error.show()
        if self._fix_step:
            self.fix_step_btn.setText(
                self.tr("Add “%1” first").replace("%1", steps_text(all_steps()[self._fix_step].title))
            )
        self.fix_step_btn.setVisible(bool(self._fix_step))
        self.fix_open_btn.setVisible(fix_open)

    def recipe_fits_source(self) -> bool:
        """False while the recipe cannot run on what is open (the panel says why)."""
        return not self.chain_error.isVisible()

    def _add_fix_step(self) -> None:
        if self._fix_step:
            self.doc.add_step(self._fix_step, 0)

    def _show_current(self, row: int, force: bool = False) -> None:
        if not (0 <= row < len(self.doc)):
            self._shown_uid = None
            self.step_title.setText(self.tr("Add a step to start a recipe.") if not len(self.doc) else "")
            self.form.build((), {}, self.units)
            self.explain.show_step(None)
            return
        entry = self.doc.steps[row]
        if entry.uid == self._shown_uid and not force:
            return
        self._shown_uid = entry.uid
        cls = all_steps()[entry.kind]
        self.step_title.setText(entry.title())
        self.form.build(cls.params, entry.params, self.units)
        self.explain.show_step(cls)

    def _step_changed(self, index: int) -> None:
        entry = self.doc.steps[index]
        item = self.list.item(index)
        if item is not None:
            self.list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked if entry.enabled else Qt.CheckState.Unchecked)
            self.list.blockSignals(False)
        if entry.uid == self._shown_uid:
            self.form.set_values(entry.params)
        self._check_chain()

    def set_units(self, units: str) -> None:
        self.units = units
        self._show_current(self.list.currentRow(), force=True)

    def follow(self, model: AppModel) -> None:
        """Follow the app's model: the live-preview box (both ways), the kind of picture open
        (the recipe is checked against it) and the units of the settings."""
        bind_two_way(model, "live_preview", self.live.setChecked, self.livePreviewToggled)
        bind(model, "source", lambda p: self.set_source_kind(getattr(p, "kind", None)))
        model.settings_changed.connect(lambda s: s.units != self.units and self.set_units(s.units))

    # -- view → document ---------------------------------------------------------------------------------
    def _param_changed(self, name: str, value) -> None:
        row = self.doc.index_of(self._shown_uid) if self._shown_uid is not None else -1
        if row >= 0:
            self.doc.set_param(row, name, value)

    def _item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self.doc):
            self.doc.set_enabled(row, item.checkState() == Qt.CheckState.Checked)

    def _rows_moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:
        dst = row if row < start else row - 1
        if 0 <= start < len(self.doc) and dst != start:
            self._shown_uid = self.doc.steps[start].uid
            target = max(0, min(dst, len(self.doc) - 1))
            QTimer.singleShot(0, lambda: self.doc.move_step(start, target))  # after the drop ends
