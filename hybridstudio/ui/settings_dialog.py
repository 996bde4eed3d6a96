"""Settings: device, threads, memory mode, cache and model folders, units, language, and the
power figures used when the hardware gives no energy meter."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import Settings, data_dir
from .i18n import LANGUAGES
from .server_settings import ServerSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        s = settings

        self.device = QComboBox()
        for code, label in (
            ("auto", self.tr("Automatic (best available)")),
            ("cuda", "NVIDIA CUDA"),
            ("directml", "DirectML (Windows)"),
            ("coreml", "CoreML (Mac)"),
            ("cpu", self.tr("Processor only (CPU)")),
        ):
            self.device.addItem(label, code)
        self.device.setCurrentIndex(max(0, self.device.findData(s.device)))
        self.device.setToolTip(
            self.tr(
                "Where AI steps run. If the device cannot be used, HybridStudio "
                "says so in the status bar and runs on the processor."
            )
        )
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(s.threads)
        self.memory = QComboBox()
        self.memory.addItem(self.tr("Normal"), "normal")
        self.memory.addItem(self.tr("Low (8 GB laptops: one model part in memory at a time)"), "low")
        self.memory.setCurrentIndex(max(0, self.memory.findData(s.memory_mode)))
        self.cuda_limit = QDoubleSpinBox()
        self.cuda_limit.setRange(0, 512)
        self.cuda_limit.setSuffix(" GB")
        self.cuda_limit.setSpecialValueText(self.tr("No limit"))
        self.cuda_limit.setValue(s.cuda_mem_limit_gb)
        self.cache = QSpinBox()
        self.cache.setRange(64, 262144)
        self.cache.setSingleStep(256)
        self.cache.setSuffix(" MB")
        self.cache.setValue(s.cache_limit_mb)
        self.cache.setToolTip(
            self.tr(
                "Memory kept for intermediate results, so that changing a late "
                "step never re-runs an early, expensive one."
            )
        )
        self.models_dir = QLineEdit(s.models_dir)
        self.models_dir.setPlaceholderText(self.tr("Hugging Face cache (HF_HOME)"))
        browse = QToolButton(text="…")
        browse.clicked.connect(self._browse_models)
        models_row = QHBoxLayout()
        models_row.addWidget(self.models_dir, 1)
        models_row.addWidget(browse)
        data = QLabel(str(data_dir()))
        data.setToolTip(self.tr("Autosaves, job history and imported models live here."))
        self.image_format = QComboBox()
        for f in ("png", "tiff", "jpg", "webp"):
            self.image_format.addItem(f.upper(), f)
        self.image_format.setCurrentIndex(max(0, self.image_format.findData(s.image_format)))
        self.units = QComboBox()
        self.units.addItem(self.tr("Millimetres"), "mm")
        self.units.addItem(self.tr("Inches"), "inch")
        self.units.setCurrentIndex(max(0, self.units.findData(s.units)))
        self.mesh_unit = QComboBox()
        self.mesh_unit.setObjectName("meshUnitCombo")
        for text, unit in (
            (QCoreApplication.translate("MeshUnitSetting", "As the language (French: threads/cm)"), ""),
            (QCoreApplication.translate("MeshUnitSetting", "Threads per inch"), "in"),
            (QCoreApplication.translate("MeshUnitSetting", "Threads per centimetre"), "cm"),
        ):
            self.mesh_unit.addItem(text, unit)
        self.mesh_unit.setCurrentIndex(max(0, self.mesh_unit.findData(s.mesh_unit)))
        self.mesh_unit.setToolTip(
            QCoreApplication.translate(
                "MeshUnitSetting",
                "How screen mesh counts are shown and typed, in recipes and in the screening advice",
            )
        )
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.cpu_w = QDoubleSpinBox()
        self.cpu_w.setRange(0.5, 200)
        self.cpu_w.setSuffix(" W")
        self.cpu_w.setValue(s.cpu_w_per_core)
        self.gpu_w = QDoubleSpinBox()
        self.gpu_w.setRange(1, 1000)
        self.gpu_w.setSuffix(" W")
        self.gpu_w.setValue(s.gpu_w)
        self.grid = QDoubleSpinBox()
        self.grid.setRange(0, 2000)
        self.grid.setSuffix(" gCO₂e/kWh")
        self.grid.setValue(s.grid_gco2_per_kwh)
        self.grid.setToolTip(self.tr("Carbon intensity of your electricity (France: about 60)."))

        self.server = ServerSettings(s)
        server = self.server
        compute = QGroupBox(self.tr("Computing"))
        f1 = QFormLayout(compute)
        f1.addRow(self.tr("Device"), self.device)
        f1.addRow(self.tr("Processor threads"), self.threads)
        f1.addRow(self.tr("Memory mode"), self.memory)
        f1.addRow(self.tr("GPU memory limit"), self.cuda_limit)
        files = QGroupBox(self.tr("Files"))
        f2 = QFormLayout(files)
        f2.addRow(self.tr("Cache size"), self.cache)
        f2.addRow(self.tr("Models folder"), models_row)
        f2.addRow(self.tr("Data folder"), data)
        f2.addRow(self.tr("Image format"), self.image_format)
        looks = QGroupBox(self.tr("Interface"))
        f3 = QFormLayout(looks)
        f3.addRow(self.tr("Units"), self.units)
        f3.addRow(QCoreApplication.translate("MeshUnitSetting", "Mesh counts"), self.mesh_unit)
        f3.addRow(self.tr("Language"), self.language)
        energy = QGroupBox(self.tr("Energy estimates (when the hardware has no meter)"))
        f4 = QFormLayout(energy)
        f4.addRow(self.tr("Power per processor core"), self.cpu_w)
        f4.addRow(self.tr("Graphics card power"), self.gpu_w)
        f4.addRow(self.tr("Grid carbon intensity"), self.grid)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._defaults)
        lay = QVBoxLayout(self)
        for g in (server, compute, files, looks, energy):
            lay.addWidget(g)
        lay.addWidget(buttons)

    def _browse_models(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Models folder"), self.models_dir.text())
        if path:
            self.models_dir.setText(path)

    def _defaults(self) -> None:
        d = Settings()
        self.device.setCurrentIndex(self.device.findData(d.device))
        self.threads.setValue(d.threads)
        self.memory.setCurrentIndex(self.memory.findData(d.memory_mode))
        self.cuda_limit.setValue(d.cuda_mem_limit_gb)
        self.cache.setValue(d.cache_limit_mb)
        self.models_dir.setText(d.models_dir)
        self.cpu_w.setValue(d.cpu_w_per_core)
        self.gpu_w.setValue(d.gpu_w)
        self.grid.setValue(d.grid_gco2_per_kwh)

    def result_settings(self) -> Settings:
        return dataclasses.replace(
            self._settings,
            device=self.device.currentData(),
            threads=self.threads.value(),
            memory_mode=self.memory.currentData(),
            cuda_mem_limit_gb=self.cuda_limit.value(),
            cache_limit_mb=self.cache.value(),
            models_dir=self.models_dir.text().strip(),
            image_format=self.image_format.currentData(),
            units=self.units.currentData(),
            mesh_unit=self.mesh_unit.currentData(),
            language=self.language.currentData(),
            cpu_w_per_core=self.cpu_w.value(),
            gpu_w=self.gpu_w.value(),
            grid_gco2_per_kwh=self.grid.value(),
            **self.server.values(),
        )
