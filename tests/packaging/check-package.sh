#!/usr/bin/env bash
# check-package.sh BUILD_DIR VERSION SHARED_DIR
# Builds the .deb from BUILD_DIR with CPack, unpacks it and checks what a user gets.
set -euo pipefail
build=$1 version=$2 shared=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Control data: name, version, and run-time dependencies that include the libraries it links.
[ "$(dpkg-deb -f "$deb" Package)" = timbre ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version) != $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for pkg in libtorch1.13 libsndfile1 libqt6widgets6 open-jtalk-mecab-naist-jdic libqt6svg6; do
  grep -q "\b$pkg\b" <<<"$depends" || fail "Depends lacks $pkg"
done

# A CJK font is recommended: without one, Chinese, Japanese and Korean text shows as boxes.
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
grep -Eq "\bfonts-(noto-cjk|wqy-microhei)\b" <<<"$recommends" || fail "Recommends lacks a CJK font"

dpkg-deb -x "$deb" "$work/root"
root=$work/root
# The application id is the desktop entry's name (the metainfo and icons must match it).
desktops=("$root"/usr/share/applications/*.desktop)
[ ${#desktops[@]} -eq 1 ] && [ -f "${desktops[0]}" ] || fail "expected one desktop entry"
app_id=$(basename "${desktops[0]}" .desktop)
for f in usr/bin/timbre usr/bin/timbre-cli usr/share/applications/$app_id.desktop \
         usr/share/metainfo/$app_id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         usr/share/icons/hicolor/48x48/apps/$app_id.png usr/share/icons/hicolor/256x256/apps/$app_id.png; do
  [ -e "$root/$f" ] || fail "missing /$f"
done
# Everything lives under /usr.
unexpected=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$unexpected" ] || fail "files outside /usr: $unexpected"
# PNG width and height: big-endian 32-bit at bytes 16 and 20.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}'; }
for size in 16 32 48 256; do
  got=$(png_size "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
  [ "$got" = "${size}x${size}" ] || fail "${size}x${size} icon is $got"
done

# The programs run from the unpacked tree, without a display, and say the project version.
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/timbre" --version)
cli_version=$("$root/usr/bin/timbre-cli" --version)
echo "timbre --version: $gui_version"
echo "timbre-cli --version: $cli_version"
[ "${gui_version##* }" = "$version" ] || fail "timbre --version says '$gui_version', expected $version"
[ "${cli_version##* }" = "$version" ] || fail "timbre-cli --version says '$cli_version', expected $version"
env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/timbre" --help | grep -q -- "--version" || fail "timbre --help"

# The product never needs the tests' shared folder: no compiled-in path to it
# (help texts may still name ../shared as where examples live).
shared_real=$(realpath -m "$shared")
for exe in timbre timbre-cli; do
  if grep -a -q -F -e "$shared_real" -e "$shared" "$root/usr/bin/$exe"; then fail "$exe has the path of the shared test folder"; fi
done

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "desktop Icon= is not $app_id"
grep -q "^Exec=timbre$" "$root/usr/share/applications/$app_id.desktop" || fail "desktop Exec= is not timbre"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo release"
echo "PASS"
