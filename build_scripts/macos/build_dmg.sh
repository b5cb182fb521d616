#!/bin/bash
# Build "CSOD Desktop.app" and a .dmg on macOS, signed and notarized when a certificate is available.
#
#   build_scripts/macos/build_dmg.sh [--self-test]     (arguments go on to build_scripts/build.py)
#
# Where the certificate plugs in (all optional; without them the app is ad-hoc signed, which runs on
# the build machine but is refused by Gatekeeper elsewhere):
#   CSOD_CODESIGN_IDENTITY  "Developer ID Application: Your Org (TEAMID)"  (security find-identity -p codesigning -v)
#   CSOD_NOTARY_PROFILE     a keychain profile made once with:
#                           xcrun notarytool store-credentials csod-notary --apple-id you@org --team-id TEAMID
#   PYTHON                  the interpreter with the project and its build extra installed (default: python3)
#
# Steps (Apple's "Notarizing macOS software before distribution", the notarytool and stapler man
# pages, and PyInstaller's feature notes "macOS binary code signing"):
#   1. PyInstaller builds the .app and signs every binary inside it with the hardened runtime
#      (codesign_identity + entitlements_file in the spec); with no identity it signs ad hoc.
#   2. The .app is zipped with ditto, notarized (notarytool submit --wait) and stapled, so the app keeps
#      its ticket after the administrator drags it out of the disk image and opens it offline.
#   3. hdiutil makes a compressed (UDZO) disk image holding the stapled .app and a link to /Applications.
#   4. codesign signs the .dmg; notarytool notarizes it and stapler staples it too.
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python3}
version=$("$python" -c "import csod_desktop; print(csod_desktop.__version__)")

# The entitlements only matter with a real identity (the hardened runtime); ad-hoc signing ignores them.
if [ -n "${CSOD_CODESIGN_IDENTITY:-}" ]; then
  export CSOD_CODESIGN_IDENTITY
  export CSOD_ENTITLEMENTS="$PWD/build_scripts/macos/entitlements.plist"
else
  unset CSOD_CODESIGN_IDENTITY
fi
"$python" build_scripts/build.py --no-archive "$@"

app="dist/CSOD Desktop.app"
# The bundle runs on the architecture it was built on (arm64 on Apple silicon runners): say so in the name.
dmg="dist/csod-desktop-$version-macos-$(uname -m).dmg"

notarize() {  # notarize FILE: submit to Apple's notary service and wait for the verdict
  xcrun notarytool submit "$1" --keychain-profile "$CSOD_NOTARY_PROFILE" --wait
}

# Ad-hoc signatures verify too: a broken signature is refused on Apple silicon even on this Mac.
codesign --verify --deep --strict --verbose=2 "$app"
if [ -n "${CSOD_CODESIGN_IDENTITY:-}" ] && [ -n "${CSOD_NOTARY_PROFILE:-}" ]; then
  ditto -c -k --keepParent "$app" "dist/app-for-notary.zip"
  notarize "dist/app-for-notary.zip"
  rm -f "dist/app-for-notary.zip"
  xcrun stapler staple "$app"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto, not cp -R: it keeps the bundle's symlinks, extended attributes and signature intact.
ditto "$app" "$stage/CSOD Desktop.app"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
# hdiutil sometimes fails with "Resource busy" on a busy machine (CI runners): try a few times.
for attempt in 1 2 3 4 5; do
  if hdiutil create -volname "CSOD Desktop" -srcfolder "$stage" -ov -format UDZO "$dmg"; then
    break
  fi
  [ "$attempt" -lt 5 ] || { echo "hdiutil create failed 5 times" >&2; exit 1; }
  sleep $((attempt * 5))
done

if [ -n "${CSOD_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CSOD_CODESIGN_IDENTITY" "$dmg"
  if [ -n "${CSOD_NOTARY_PROFILE:-}" ]; then
    notarize "$dmg"
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  else
    echo "CSOD_NOTARY_PROFILE not set: signed but not notarized (Gatekeeper will warn)." >&2
  fi
else
  echo "CSOD_CODESIGN_IDENTITY not set: ad-hoc signed, for testing on this Mac only." >&2
fi
echo "Built $dmg"
