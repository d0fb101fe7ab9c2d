#!/usr/bin/env bash
# `cpack -G DEB` builds a .deb that holds the binary, the man page and both
# completions; its Depends, computed by dpkg-shlibdeps, names the package of
# every shared library the binary links directly (objdump NEEDED + ldd +
# dpkg -S) and nothing else; the unpacked binary runs.
#   package_deb.sh BUILD_DIR
set -u
build=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "package_deb: FAIL: $*" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "package_deb: no dpkg-deb: skipped"; exit 77; }

cpack -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$tmp"/out/guidecheck_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no guidecheck_*.deb"
echo "package_deb: built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

listing=$(dpkg -c "$deb") || fail "dpkg -c"
for f in ./usr/bin/guidecheck ./usr/share/man/man1/guidecheck.1.gz \
         ./usr/share/bash-completion/completions/guidecheck ./usr/share/zsh/vendor-completions/_guidecheck; do
  grep -qE " $f\$" <<<"$listing" || fail "$f not in the package"
done
[ "$(dpkg-deb -f "$deb" Package)" = guidecheck ] || fail "package name"

# Depends is computed by dpkg-shlibdeps: every library the binary links
# directly (its NEEDED entries; the libraries those pull in come with their own
# packages' Depends) is named, with a minimum version, and nothing is named
# that the binary does not link.
depends=$(dpkg-deb -f "$deb" Depends)
[ -n "$depends" ] || fail "empty Depends (is dpkg-shlibdeps installed? apt-get install dpkg-dev)"
dep_names=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}' | sort -u)
grep -q '(>= ' <<<"$depends" || fail "Depends has no versions: $depends"
needed=$(LC_ALL=C objdump -p "$build/guidecheck" | awk '$1 == "NEEDED" {print $2}')
[ -n "$needed" ] || fail "objdump -p found no NEEDED libraries"
declare -A owned=()
for soname in $needed; do
  lib=$(ldd "$build/guidecheck" | awk -v s="$soname" '$1 == s && $3 ~ /^\// {print $3; exit}')
  [ -n "$lib" ] || fail "ldd does not resolve $soname"
  pkg=""
  for p in "$lib" "$(readlink -f "$lib")" "/usr$lib" "${lib#/usr}"; do
    pkg=$(dpkg -S "$p" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$pkg" ] && break
  done
  [ -n "$pkg" ] || fail "no package owns $lib"
  owned[$pkg]=1
  grep -qxF "$pkg" <<<"$dep_names" || fail "$soname ($pkg) missing from Depends: $depends"
done
for pkg in $dep_names; do
  [ -n "${owned[$pkg]:-}" ] || fail "Depends names $pkg, which no NEEDED library of the binary comes from: $depends"
done
echo "package_deb: Depends: $depends"

# Unpacked as it would be installed: the binary runs and knows its packs;
# the man page decompresses and formats.
dpkg-deb -x "$deb" "$tmp/root" || fail "dpkg-deb -x"
"$tmp/root/usr/bin/guidecheck" --version | grep -q "sstic-2022-draft" || fail "--version of the packaged binary"
"$tmp/root/usr/bin/guidecheck" rules list >/dev/null || fail "rules list of the packaged binary"
gzip -dc "$tmp/root/usr/share/man/man1/guidecheck.1.gz" | grep -q '^\.TH GUIDECHECK 1' || fail "man page"
bash -n "$tmp/root/usr/share/bash-completion/completions/guidecheck" || fail "bash completion"
echo "package_deb: contents, dependencies and the packaged binary are right"
