#!/bin/sh
# Install csod-desktop for the current user from the unpacked archive: no root needed.
#   ./install.sh            installs into ~/.local/opt/csod-desktop with a menu entry
#   ./install.sh --remove   removes it again (your profiles and journal in ~/.config and ~/.local/share stay)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/csod-desktop"
if [ "${1:-}" = "--remove" ]; then
  rm -rf "$target" "$prefix/applications/csod-desktop.desktop" "$prefix/icons/hicolor/256x256/apps/csod-desktop.png"
  rm -f "$HOME/.local/bin/csod-desktop"
  echo "csod-desktop removed."
  exit 0
fi
mkdir -p "$target" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps" "$HOME/.local/bin"
cp -R "$here/." "$target/"
cp "$here/csod-desktop.png" "$prefix/icons/hicolor/256x256/apps/csod-desktop.png" 2>/dev/null || true
sed "s|^Exec=.*|Exec=\"$target/CSOD Desktop\"|" "$here/csod-desktop.desktop" > "$prefix/applications/csod-desktop.desktop"
ln -sf "$target/csod-desktop" "$HOME/.local/bin/csod-desktop"
echo "csod-desktop installed: find 'CSOD Desktop' in your applications menu, or run 'csod-desktop demo'."
