#!/usr/bin/env bash
# Builds HybridStudio.app with PyInstaller (build.spec makes the BUNDLE on macOS, with the recipe
# document types in Info.plist) and packs it into a .dmg with hdiutil. Run on the Mac
# architecture you ship for (arm64 for Apple silicon; x86_64 on an Intel Mac).
#
#   installers/macos/build-macos.sh
#   SIGN_IDENTITY="Developer ID Application: …" installers/macos/build-macos.sh   # signed build
#
# Needs: python3.11 (python.org or Homebrew) and the Xcode command line tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' hybridstudio/__init__.py)
ARCH=$(uname -m)
VENV=build/venv-macos
[ -x "$VENV/bin/python" ] || python3.11 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# the macOS onnxruntime wheel carries the CoreML provider (pyproject picks it on darwin)
"$VENV/bin/python" -m pip install --quiet . pyinstaller

"$VENV/bin/pyinstaller" --noconfirm --clean build.spec
APP=dist/HybridStudio.app
"$APP/Contents/MacOS/HybridStudio" --self-test --gui

if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$APP"
else
  codesign --force --deep --sign - "$APP"   # ad-hoc: runs locally; others right-click → Open
fi

STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/HybridStudio-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
hdiutil create -volname "HybridStudio $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
du -sh "$APP" "$DMG"
# Notarisation (needs an Apple developer account), then staple the ticket:
#   xcrun notarytool submit "$DMG" --keychain-profile NOTARY --wait && xcrun stapler staple "$DMG"
