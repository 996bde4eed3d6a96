#!/usr/bin/env bash
# Packs the Linux one-folder app into an AppDir, a .tar.gz and, where appimagetool is installed, an
# AppImage: dist/HybridStudio-VERSION-x86_64.AppImage. The AppDir carries the desktop entry, the
# icon, the recipe MIME type (*.hsrecipe, and .toml files that start with `hybridstudio_recipe`)
# and the AppStream metadata, which AppImage integration tools (appimaged, AppImageLauncher,
# Gear Lever) install so recipes open with a double-click.
#
#   installers/linux/build-appimage.sh             # builds dist/HybridStudio first
#   installers/linux/build-appimage.sh --no-build  # reuses dist/HybridStudio
#   APPIMAGETOOL=/path/to/appimagetool-x86_64.AppImage installers/linux/build-appimage.sh
#
# appimagetool is not packaged by Debian or Ubuntu: download it from
# https://github.com/AppImage/appimagetool/releases (continuous, x86_64).
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=installers/linux
ID=org.hybridstudio.HybridStudio
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' hybridstudio/__init__.py)
ARCH=$(uname -m)
[ "${1:-}" = "--no-build" ] || installers/build-linux.sh
[ -x dist/HybridStudio/HybridStudio ] || { echo "build-appimage: dist/HybridStudio is missing" >&2; exit 2; }

APPDIR=dist/HybridStudio.AppDir
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/mime/packages" \
  "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/icons/hicolor/scalable/apps" \
  "$APPDIR/usr/share/icons/hicolor/256x256/apps" "$APPDIR/usr/share/icons/hicolor/256x256/mimetypes"
cp -a dist/HybridStudio "$APPDIR/usr/lib/hybridstudio"
install -m 755 "$HERE/AppRun" "$APPDIR/AppRun"
install -m 644 "$HERE/$ID.desktop" "$APPDIR/$ID.desktop"
install -m 644 "$HERE/$ID.desktop" "$APPDIR/usr/share/applications/$ID.desktop"
install -m 644 "$HERE/$ID.xml" "$APPDIR/usr/share/mime/packages/$ID.xml"
install -m 644 "$HERE/$ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$ID.appdata.xml"
install -m 644 resources/icons/hybridstudio.svg "$APPDIR/$ID.svg"
install -m 644 resources/icons/hybridstudio.svg "$APPDIR/usr/share/icons/hicolor/scalable/apps/$ID.svg"
install -m 644 resources/icons/hybridstudio-256.png "$APPDIR/usr/share/icons/hicolor/256x256/apps/$ID.png"
install -m 644 installers/icons/recipe-256.png \
  "$APPDIR/usr/share/icons/hicolor/256x256/mimetypes/org.hybridstudio.HybridStudio.recipe.png"
ln -sf "$ID.svg" "$APPDIR/.DirIcon"
echo "== $APPDIR: $(du -sh "$APPDIR" | cut -f1)"

# the tarball's own desktop integration (HybridStudio/desktop/install-desktop-entry.sh)
DESK=dist/HybridStudio/desktop
mkdir -p "$DESK"
install -m 755 "$HERE/install-desktop-entry.sh" "$DESK/"
install -m 644 "$HERE/$ID.desktop" "$HERE/$ID.xml" "$HERE/$ID.metainfo.xml" "$DESK/"
install -m 644 resources/icons/hybridstudio.svg "$DESK/$ID.svg"
install -m 644 installers/icons/recipe-256.png "$DESK/org.hybridstudio.HybridStudio.recipe.png"
TARBALL="dist/HybridStudio-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$TARBALL" HybridStudio
echo "== $TARBALL: $(du -sh "$TARBALL" | cut -f1)"

TOOL="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
if [ -n "$TOOL" ]; then
  OUT="dist/HybridStudio-$VERSION-$ARCH.AppImage"
  ARCH="$ARCH" "$TOOL" --no-appstream "$APPDIR" "$OUT"
  echo "== $OUT: $(du -sh "$OUT" | cut -f1)"
  "$OUT" --self-test
else
  echo "== appimagetool not found: the AppDir and the tarball are ready; set APPIMAGETOOL to make the AppImage"
fi
