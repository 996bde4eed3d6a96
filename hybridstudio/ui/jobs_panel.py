"""The job queue: progress, cancel, history, errors in plain words, time and energy per job."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .jobs import CANCELLED, DONE, FAILED, QUEUED, RUNNING, JobManager
from .texts import engine_text


def status_label(status: str) -> str:
    return {
        QUEUED: QCoreApplication.translate("JobsPanel", "Waiting"),
        RUNNING: QCoreApplication.translate("JobsPanel", "Running"),
        DONE: QCoreApplication.translate("JobsPanel", "Done"),
        FAILED: QCoreApplication.translate("JobsPanel", "Failed"),
        CANCELLED: QCoreApplication.translate("JobsPanel", "Cancelled"),
    }.get(status, status)


def cost_text(cost: dict[str, Any]) -> str:
    """'3.2 s · 0.012 Wh≈ · 0.7 mg CO₂e' (≈ marks an estimate)."""
    if not cost:
        return ""
    est = "≈" if cost.get("estimated") else ""
    g = float(cost.get("gco2e", 0.0))
    co2 = f"{g * 1000:.1f} mg" if g < 1 else f"{g:.2f} g"
    wall, wh = float(cost.get("wall_s", 0.0)), float(cost.get("energy_wh", 0.0))
    return f"{wall:.1f} s · {est}{wh:.3f} Wh · {co2} CO₂e"


class JobsModel(QAbstractTableModel):
    """Live jobs of this session first, then the history of earlier sessions."""

    COLS = 5

    def __init__(self, manager: JobManager):
        super().__init__()
        self.manager = manager
        self._rows: list[dict[str, Any]] = []
        manager.jobAdded.connect(lambda _i: self.reload())
        manager.jobChanged.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        live = [self.manager.jobs[i] for i in reversed(self.manager.order) if not self.manager.jobs[i].quiet]
        rows: list[dict[str, Any]] = [{"job": j} for j in live]
        for h in reversed(self.manager.history):
            if h.get("created", 0) < self.manager.session_started:  # earlier sessions
                rows.append({"past": h})
        self._rows = rows[:300]
        self.endResetModel()

    def _changed(self, job_id: int) -> None:
        for r, row in enumerate(self._rows):
            if "job" in row and row["job"].id == job_id:
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.COLS - 1))
                return
        self.reload()

    def row_info(self, row: int) -> dict[str, Any]:
        entry = self._rows[row]
        if "job" in entry:
            j = entry["job"]
            return {
                "id": j.id,
                "title": j.title,
                "status": j.status,
                "progress": j.progress,
                "message": j.message,
                "elapsed": j.elapsed,
                "cost": j.cost,
                "error": j.error,
                "details": j.details,
                "outputs": j.outputs,
                "warnings": j.warnings,
                "device_report": j.device_report,
                "live": True,
                "active": j.active,
            }
        h = entry["past"]
        return {
            **h,
            "progress": 1.0 if h.get("status") == DONE else 0.0,
            "message": h.get("error", ""),
            "details": "",
            "live": False,
            "active": False,
        }

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return self.COLS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Job"),
                self.tr("Status"),
                self.tr("Progress"),
                self.tr("Time"),
                self.tr("Energy and carbon"),
            ][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self.row_info(index.row())
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return info["title"]
            if c == 1:
                return status_label(info["status"])
            if c == 2:
                return info["message"] or ""
            if c == 3:
                e = info.get("elapsed")
                return "" if e is None else f"{e:.1f} s"
            if c == 4:
                return cost_text(info.get("cost") or {})
        if role == Qt.ItemDataRole.UserRole and c == 2:
            return info["progress"]
        if role == Qt.ItemDataRole.ToolTipRole:
            bits = [info.get("error") or info.get("message") or ""]
            bits += [engine_text(w) for w in info.get("warnings") or []]
            bits += info.get("device_report") or []
            if c == 4 and (info.get("cost") or {}).get("estimated"):
                bits.append(self.tr("≈ estimated from compute time and the power figures in Settings"))
            return "\n".join(b for b in bits if b) or None
        if role == Qt.ItemDataRole.ForegroundRole and c == 1 and info["status"] == FAILED:
            return QColor("#d9534f")
        return None


class _ProgressDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        info = index.model().row_info(index.row())
        if not info.get("active"):
            return super().paint(painter, option, index)
        opt = QStyleOptionProgressBar()
        opt.rect = option.rect.adjusted(2, 3, -2, -3)
        opt.minimum, opt.maximum = 0, 1000
        opt.progress = int(1000 * float(info["progress"] or 0.0))
        opt.text = info["message"] or ""
        opt.textVisible = True
        opt.state = option.state | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, opt, painter)


class JobsPanel(QWidget):
    def __init__(self, manager: JobManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.manager = manager
        self.model = JobsModel(manager)
        self.table = QTableView()
        self.table.setObjectName("jobsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(2, _ProgressDelegate(self.table))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.resizeSection(0, 220)
        hh.resizeSection(1, 90)
        hh.resizeSection(3, 70)
        hh.resizeSection(4, 220)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        # compact rows: at 1366×768 the panel shows several jobs, not two
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("jobDetails")
        self.cancel_btn = QPushButton()
        self.cancel_btn.setObjectName("cancelJob")
        self.cancel_btn.clicked.connect(self._cancel)
        self.open_btn = QPushButton()
        self.open_btn.clicked.connect(self._open_folder)
        self.clear_btn = QPushButton()
        self.clear_btn.clicked.connect(self._clear)
        self.tech_btn = QPushButton()  # the technical detail of a failure, only when asked
        self.tech_btn.setObjectName("jobTechnicalDetails")
        self.tech_btn.setCheckable(True)
        self.tech_btn.toggled.connect(lambda _on: self._show_details())
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_btn)
        buttons.addWidget(self.open_btn)
        buttons.addWidget(self.tech_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_btn)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        manager.jobChanged.connect(lambda _i: self._show_details())
        manager.activeChanged.connect(lambda _a: self._show_details())
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_btn.setText(self.tr("Cancel job"))
        self.cancel_btn.setToolTip(self.tr("Stop the selected job; nothing half-written is left behind"))
        self.open_btn.setText(self.tr("Show files"))
        self.clear_btn.setText(self.tr("Clear history"))
        self.tech_btn.setText(self.tr("Details"))
        self.tech_btn.setToolTip(self.tr("The technical details of a failure, for whoever fixes it"))
        self.details.setPlaceholderText(
            self.tr("Select a job to see what it made, its warnings and what it cost.")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, JobsModel.COLS - 1)
        self._show_details()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _current(self) -> dict[str, Any] | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or idx.row() >= self.model.rowCount():
            return None
        return self.model.row_info(idx.row())

    def _running_job(self) -> int | None:
        """The job 'Cancel job' stops: the selected one if running, else the latest running job."""
        info = self._current()
        if info and info.get("active"):
            return info["id"]
        running = self.manager.active_jobs()
        running = [j for j in running if j.kind != "preview"] or running
        return running[-1].id if running else None

    def _show_details(self) -> None:
        info = self._current()
        self.cancel_btn.setEnabled(self._running_job() is not None)
        self.tech_btn.setEnabled(bool(info and info.get("details")))
        self.open_btn.setEnabled(bool(info and info.get("outputs")))
        if not info:
            self.details.clear()
            return
        lines = [f"{info['title']} — {status_label(info['status'])}"]
        if info.get("error"):
            lines += ["", info["error"]]
        if info.get("outputs"):
            lines += ["", self.tr("Files written:")] + [f"  {p}" for p in info["outputs"]]
        if info.get("warnings"):
            lines += ["", self.tr("Warnings:")] + [f"  • {engine_text(w)}" for w in info["warnings"]]
        if info.get("device_report"):
            lines += ["", self.tr("Device:")] + [f"  {d}" for d in info["device_report"]]
        cost = info.get("cost") or {}
        if cost:
            lines += ["", self.tr("Cost: %1").replace("%1", cost_text(cost))]
            if cost.get("estimated"):
                lines.append(self.tr("(energy estimated from compute time: the hardware gave no meter)"))
        if info.get("details") and self.tech_btn.isChecked():
            lines += ["", self.tr("Technical details:"), info["details"]]
        self.details.setPlainText("\n".join(lines))

    def _cancel(self) -> None:
        job_id = self._running_job()
        if job_id is not None:
            self.manager.cancel(job_id)

    def _open_folder(self) -> None:
        info = self._current()
        if info and info.get("outputs"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(info["outputs"][0]).parent)))

    def _clear(self) -> None:
        self.manager.clear_history()
        self.model.reload()
