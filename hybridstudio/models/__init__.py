"""Model catalogue and manager: manifests, hub downloads with verification, local imports.

Use :func:`resolve` (id or path → verified files, no network) and :func:`download`; see
:mod:`hybridstudio.models.manager`. The manifests themselves live in the top-level ``models/``.
"""

from .catalogue import Licence, ModelFile, ModelManifest, all_manifests, get_manifest, load_manifest
from .manager import ResolvedModel, download, import_model, list_models, remove, resolve, status, verify

__all__ = [
    "Licence",
    "ModelFile",
    "ModelManifest",
    "ResolvedModel",
    "all_manifests",
    "download",
    "get_manifest",
    "import_model",
    "list_models",
    "load_manifest",
    "remove",
    "resolve",
    "status",
    "verify",
]
