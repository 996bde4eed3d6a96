"""The model manager: the catalogue with size, licence, training data, memory needs; download
with progress and cancel; import a file or folder; verify; remove; disk usage; the device."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ModelError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.settings import Settings
from ..models import download, import_model, list_models, remove, verify
from ..models.failures import MESSAGES, classify, exception_text
from ..models.precision import precision_problem
from .device import device_summary
from .i18n import ui_language
from .jobs import Job, JobManager
from .problem import ProblemBox


def failure_texts(kind: str) -> tuple[str, str]:
    """(what happened, what to do) for a download failure kind, in the app's language."""
    what, todo = MESSAGES[kind]
    return (
        QCoreApplication.translate("DownloadFailures", what),
        QCoreApplication.translate("DownloadFailures", todo),
    )


def human_bytes(n: int | None) -> str:
    """'4,3 Go' / '4.3 GB': SI units in the current locale (Qt translates the unit)."""
    if n is None:
        return "?"

    return QLocale().formattedDataSize(int(n), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class ModelsPanel(QWidget):
    COLS = 6

    def __init__(self, settings: Settings, jobs: JobManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.jobs = jobs
        self.statuses: list[Any] = []
        self.job: Job | None = None
        self.last_message = ""
        self.table = QTableWidget(0, self.COLS)
        self.table.setObjectName("modelsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._details())
        self.info = QTextBrowser()
        self.info.setOpenExternalLinks(True)
        self.info.setObjectName("modelInfo")
        self.device = QLabel()
        self.device.setWordWrap(True)
        self.disk = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.hide()
        self.problem = ProblemBox()  # a failed download, said in place
        self.download_btn, self.cancel_btn = QPushButton(), QPushButton()
        self.import_file_btn, self.import_dir_btn = QPushButton(), QPushButton()
        self.verify_btn, self.remove_btn = QPushButton(), QPushButton()
        self.download_btn.setObjectName("downloadModel")
        self.download_btn.clicked.connect(self.download)
        # a model that cannot run here (fp16 on a CPU): said before its download, with its variant
        self.variant_btn = QPushButton()
        self.variant_btn.setObjectName("downloadVariant")
        self.variant_btn.clicked.connect(self._choose_variant)
        self.variant_btn.hide()
        self._insisted = ""
        self._variant = ""
        self.cancel_btn.clicked.connect(self.cancel)
        self.import_file_btn.clicked.connect(lambda: self.import_dialog(folder=False))
        self.import_dir_btn.clicked.connect(lambda: self.import_dialog(folder=True))
        self.verify_btn.clicked.connect(self.verify)
        self.remove_btn.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for b in (self.download_btn, self.variant_btn, self.cancel_btn, self.verify_btn, self.remove_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_file_btn)
        buttons.addWidget(self.import_dir_btn)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.info)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.device)
        lay.addWidget(split, 1)
        lay.addWidget(self.problem)
        lay.addWidget(self.bar)
        lay.addLayout(buttons)
        lay.addWidget(self.disk)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Kind"),
                self.tr("Download"),
                self.tr("On disk"),
                self.tr("Licence"),
                self.tr("Memory"),
            ]
        )
        self.download_btn.setText(self.tr("Download"))
        self.variant_btn.setText(_precision_tr(_VARIANT))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.verify_btn.setText(self.tr("Verify"))
        self.verify_btn.setToolTip(self.tr("Re-compute every file's sha256 and compare with the catalogue"))
        self.remove_btn.setText(self.tr("Remove"))
        self.import_file_btn.setText(self.tr("Import ONNX file…"))
        self.import_dir_btn.setText(self.tr("Import model folder…"))
        self.problem.retranslate()
        short, long = device_summary(self.settings)
        self.device.setText(self.tr("Device: %1. %2").replace("%1", short).replace("%2", long))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # -- catalogue -----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.statuses = list_models(self.settings)
        except Exception as exc:  # noqa: BLE001 - a broken manifest: show it, keep the dialog
            self.statuses = []
            self.info.setPlainText(str(exc))
        row = self.table.currentRow()
        self.table.setRowCount(len(self.statuses))
        total = 0
        for r, st in enumerate(self.statuses):
            m = st.manifest
            total += st.bytes_on_disk or 0
            lic = m.licence
            commercial = {
                True: self.tr("commercial use allowed"),
                False: self.tr("no commercial use"),
                None: self.tr("commercial use unclear"),
            }[lic.commercial_use]
            mem = self.memory_text(m.memory or {})
            state = "✓ " if st.installed else ("… " if st.problem else "")
            cells = [
                state + m.name,
                m.kind,
                human_bytes(m.total_size),
                human_bytes(st.bytes_on_disk) if st.bytes_on_disk else "—",
                f"{lic.name} ({commercial})",
                mem,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(max(0, min(row, len(self.statuses) - 1)), 0)
        self.disk.setText(self.tr("Models take %1 on disk.").replace("%1", human_bytes(total)))
        self._details()

    def memory_text(self, memory: dict) -> str:
        """'RAM 0.3 GB, graphics memory 0.3 GB' in the app's language and number format."""
        names = {"ram_gb": self.tr("RAM"), "vram_gb": self.tr("graphics memory")}
        return ", ".join(f"{names.get(k, k)} {human_bytes(int(float(v) * 1e9))}" for k, v in memory.items())

    def select(self, model_id: str) -> bool:
        """Make ``model_id`` the current row; False when the catalogue has no such model."""
        for r, st in enumerate(self.statuses):
            if st.manifest.id == model_id:
                self.table.setCurrentCell(r, 0)
                return True
        return False

    def current(self):
        r = self.table.currentRow()
        return self.statuses[r] if 0 <= r < len(self.statuses) else None

    def _details(self) -> None:
        st = self.current()
        if st is None or st.manifest.id != self._insisted:  # another model: no warning pending
            self._insisted = ""
            self.download_btn.setText(self.tr("Download"))
            self.variant_btn.hide()
        busy = self.job is not None and self.job.active
        self.download_btn.setEnabled(
            bool(st) and not busy and st.manifest.source == "huggingface" and not st.installed
        )
        self.cancel_btn.setEnabled(busy)
        self.verify_btn.setEnabled(bool(st) and st.installed and not busy)
        self.remove_btn.setEnabled(bool(st) and st.installed and st.manifest.source != "local" and not busy)
        if st is None:
            self.info.clear()
            return
        m = st.manifest

        texts = m.localized(ui_language())
        rows = [f"<h3>{escape(m.name)}</h3><p>{escape(texts['description'])}</p>"]

        def add(title: str, text: str) -> None:
            if text:
                rows.append(f"<p><b>{escape(title)}</b><br>{escape(text)}</p>")

        lic = m.licence
        link = f" — <a href='{escape(lic.url)}'>{escape(lic.url)}</a>" if lic.url else ""
        licence = self.tr("Licence")
        rows.append(
            f"<p><b>{escape(licence)}</b><br>{escape(lic.name)}{link}"
            f"{'<br>' + escape(texts['licence_note']) if texts['licence_note'] else ''}</p>"
        )
        add(self.tr("Trained on"), texts["training_data"])
        add(self.tr("Known biases"), texts["known_biases"])
        if m.memory:
            add(self.tr("Memory needs"), self.memory_text(m.memory))
        add(self.tr("Source"), f"{m.source} {m.repo} @ {m.revision}".strip())
        add(self.tr("Where"), str(st.location or ""))
        add(self.tr("Problem"), st.problem)
        for n in m.notes:
            add(self.tr("Note"), QCoreApplication.translate("ModelNotes", n))
        self.info.setHtml("".join(rows))

    # -- actions ------------------------------------------------------------------------------------
    def _run(self, title: str, work, done_message) -> Job:
        self.problem.clear()

        def finished(job: Job) -> None:
            self.bar.hide()
            self.reload()
            self.last_message = done_message(job)
            self.info.append(f"<p><b>{escape(self.last_message)}</b></p>")

        def failed(job: Job) -> None:
            self.bar.hide()
            self.reload()

            text = "\n".join(t for t in (job.error, job.details) if t)
            what, todo = failure_texts(classify(text))
            self.last_message = f"{what} {todo}"
            self.problem.show_problem(what, todo, "\n\n".join(t for t in (job.error, job.details) if t))

        self.bar.show()
        self.bar.setValue(0)
        self.job = self.jobs.submit(title, work, kind="task", on_done=finished, on_error=failed)
        self.jobs.jobChanged.connect(self._progress)
        self._details()
        return self.job

    def _progress(self, job_id: int) -> None:
        if self.job is not None and job_id == self.job.id and self.job.active:
            self.bar.setValue(int(self.job.progress * 1000))
            self.bar.setFormat(self.job.message[:80] or "%p%")

    def _warn_precision(self, st) -> bool:
        """Before a download: say so when the model cannot run on this computer (fp16 on a CPU)
        and offer its fp32 variant; a second press on Download gets it anyway. True: warned."""
        model_id = st.manifest.id
        if self._insisted == model_id:
            return False
        problem = precision_problem(st.manifest, self.settings)
        if problem is None:
            return False
        self._insisted, self._variant = model_id, problem.fp32_variant or ""
        self.problem.show_problem(problem.message, problem.advice + " " + _precision_tr(_AGAIN))
        self.variant_btn.setVisible(bool(self._variant))
        self.download_btn.setText(_precision_tr(_ANYWAY))
        self.last_message = problem.message
        return True

    def _choose_variant(self) -> None:
        """Select the fp32 variant the warning offered and download it."""
        variant = self._variant
        self.variant_btn.hide()
        self.problem.clear()
        if variant and self.select(variant):
            self.download()

    def download(self) -> Job | None:
        st = self.current()
        if st is None:
            return None
        if self._warn_precision(st):
            return None

        model_id, settings = st.manifest.id, self.settings
        anyway = self._insisted == model_id
        self.download_btn.setText(self.tr("Download"))
        self.variant_btn.hide()

        def work(cancel, on_progress, on_preview):
            def prog(p) -> None:
                on_progress((p.done / p.total) if p.total else 0.0, p.describe())

            try:
                return download(model_id, settings, on_progress=prog, check=cancel.check, anyway=anyway)
            except ModelError as exc:  # the job's row says it plainly; the detail stays chained
                raise ModelError(" ".join(failure_texts(classify(exception_text(exc))))) from exc

        return self._run(
            self.tr("Download %1").replace("%1", st.manifest.name),
            work,
            lambda job: self.tr("Downloaded and verified."),
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.jobs.cancel(self.job.id)

    def verify(self) -> Job | None:
        st = self.current()
        if st is None:
            return None

        model_id, settings = st.manifest.id, self.settings
        return self._run(
            self.tr("Verify %1").replace("%1", st.manifest.name),
            lambda cancel, on_progress, on_preview: verify(model_id, settings),
            lambda job: self.tr("Every file matches its sha256."),
        )

    def remove(self) -> Job | None:
        st = self.current()
        if st is None:
            return None

        model_id, settings = st.manifest.id, self.settings
        return self._run(
            self.tr("Remove %1").replace("%1", st.manifest.name),
            lambda cancel, on_progress, on_preview: remove(model_id, settings),
            lambda job: self.tr("Removed: %1 freed.").replace("%1", human_bytes(job.results[0])),
        )

    def import_dialog(self, folder: bool) -> None:
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Import a diffusion model folder"))
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import an ONNX model"), "", self.tr("ONNX models (*.onnx)")
            )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> Job:
        return self._run(
            self.tr("Import %1").replace("%1", path),
            lambda cancel, on_progress, on_preview: import_model(path, check=cancel.check),
            lambda job: self.tr("Imported as “%1”.").replace("%1", job.results[0].id),
        )


class ModelsDialog(QDialog):
    def __init__(self, settings: Settings, jobs: JobManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("modelsDialog")
        self.setWindowTitle(self.tr("Models"))
        self.resize(1000, 560)
        self.panel = ModelsPanel(settings, jobs, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.panel)
        lay.addWidget(buttons)


def _precision_tr(text: str) -> str:
    """The precision warning's texts, in their own translation context."""
    return QCoreApplication.translate("ModelPrecision", text)


_VARIANT = QT_TRANSLATE_NOOP("ModelPrecision", "Download the fp32 variant")
_ANYWAY = QT_TRANSLATE_NOOP("ModelPrecision", "Download anyway")
_AGAIN = QT_TRANSLATE_NOOP(
    "ModelPrecision", "Press Download anyway to get it all the same (for another computer)."
)
