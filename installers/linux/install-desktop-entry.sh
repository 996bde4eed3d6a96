#!/usr/bin/env bash
# Adds HybridStudio to the desktop menu of the current user and makes recipe files open in it,
# for the .tar.gz (or an AppImage without an integration tool). No administrator rights needed.
# The tarball carries this script and its files in HybridStudio/desktop/.
#
#   HybridStudio/desktop/install-desktop-entry.sh            # the unpacked tarball's HybridStudio
#   HybridStudio/desktop/install-desktop-entry.sh ~/Applications/HybridStudio-0.1.0-x86_64.AppImage
#   HybridStudio/desktop/install-desktop-entry.sh --remove
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ID=org.hybridstudio.HybridStudio
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
targets=("$DATA/applications/$ID.desktop" "$DATA/mime/packages/$ID.xml"
         "$DATA/icons/hicolor/scalable/apps/$ID.svg"
         "$DATA/icons/hicolor/256x256/mimetypes/org.hybridstudio.HybridStudio.recipe.png")
refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
}
if [ "${1:-}" = "--remove" ]; then
  rm -f "${targets[@]}"; refresh; echo "HybridStudio removed from the menu"; exit 0
fi
EXE="$(readlink -f "${1:-$HERE/../HybridStudio}")"
[ -x "$EXE" ] || { echo "not an executable: $EXE" >&2; exit 2; }
mkdir -p "$(dirname "${targets[0]}")" "$(dirname "${targets[1]}")" "$(dirname "${targets[2]}")" \
  "$(dirname "${targets[3]}")"
sed "s|^Exec=.*|Exec=\"$EXE\" %F|" "$HERE/$ID.desktop" > "${targets[0]}"
cp "$HERE/$ID.xml" "${targets[1]}"
cp "$HERE/$ID.svg" "${targets[2]}"
cp "$HERE/org.hybridstudio.HybridStudio.recipe.png" "${targets[3]}"
refresh
command -v xdg-mime >/dev/null && xdg-mime default "$ID.desktop" application/x-hybridstudio-recipe || true
echo "HybridStudio added to the menu; .hsrecipe files open with $EXE"
