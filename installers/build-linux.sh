#!/usr/bin/env bash
# Builds the Linux one-folder app (dist/HybridStudio/) with PyInstaller from the project's virtual
# environment, then runs the bundle's own self-test headless (recipe, process record, onnxruntime,
# and the main window on Qt's offscreen platform). CI runs this; so can anyone on Linux.
#
#   installers/build-linux.sh            # uses .venv (scripts/setup-venv test makes it)
#   VENV=/path/to/venv installers/build-linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/pyinstaller" ]; then
  echo "build-linux: $VENV/bin/pyinstaller is missing: run scripts/setup-venv test first" >&2
  exit 2
fi
start=$(date +%s)
echo "== pyinstaller build.spec"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build.spec
built=$(date +%s)
echo "== dist/HybridStudio: $(du -sh dist/HybridStudio | cut -f1), built in $((built - start)) s"
echo "== dist/HybridStudio/HybridStudio --self-test --gui"
QT_QPA_PLATFORM=offscreen dist/HybridStudio/HybridStudio --self-test --gui
echo "== Linux bundle built and self-tested in $(($(date +%s) - start)) s"
