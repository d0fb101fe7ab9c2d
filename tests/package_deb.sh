#!/usr/bin/env bash
# `cpack -G DEB` builds a .deb that holds the binary, the man page and both
# completions, and a guidecheck-dev .deb with the library; its Depends, computed by dpkg-shlibdeps, names the package of
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

# The library (docs/api.md) is guidecheck-dev's, never the program's package:
# the header, both static archives with their symbols (CPACK_STRIP_FILES
# leaves archives alone), and the CMake package; its Depends names the
# development packages the static library needs.
! grep -qE '(\.h|\.a|\.cmake)$' <<<"$listing" || fail "the library's files are in the guidecheck package"
dev=$(ls "$tmp"/out/guidecheck-dev_*.deb 2>/dev/null | head -1)
[ -n "$dev" ] || fail "no guidecheck-dev_*.deb"
[ "$(dpkg-deb -f "$dev" Package)" = guidecheck-dev ] || fail "the -dev package's name"
dev_listing=$(dpkg -c "$dev") || fail "dpkg -c $dev"
for f in ./usr/include/guidecheck/guidecheck.h ./usr/lib/libguidecheck.a ./usr/lib/libguidecheck_eval.a \
         ./usr/lib/libguidecheck_rules.a ./usr/lib/libguidecheck_report.a ./usr/lib/libguidecheck_messages.a \
         ./usr/lib/cmake/guidecheck/guidecheckConfig.cmake ./usr/lib/cmake/guidecheck/guidecheckConfigVersion.cmake \
         ./usr/lib/cmake/guidecheck/guidecheckTargets.cmake ./usr/lib/cmake/guidecheck/guidecheck-dependencies.cmake; do
  grep -qE " $f\$" <<<"$dev_listing" || fail "$f not in the -dev package"
done
! grep -qE '/include/guidecheck/.+/' <<<"$dev_listing" || fail "internal headers in the -dev package"
dev_depends=$(dpkg-deb -f "$dev" Depends)
for pkg in libyaml-dev libicu-dev libfmt-dev libudunits2-dev nettle-dev; do
  grep -q "$pkg" <<<"$dev_depends" || fail "$pkg missing from the -dev Depends: $dev_depends"
done
dpkg-deb -x "$dev" "$tmp/dev" || fail "dpkg-deb -x $dev"
nm -C "$tmp/dev/usr/lib/libguidecheck.a" 2>/dev/null | grep -q ' T guidecheck::v1::Checker::check_text' ||
  fail "libguidecheck.a in the -dev package has lost its symbols"
echo "package_deb: guidecheck-dev: Depends: $dev_depends"

# Unpacked as it would be installed: the binary runs and knows its packs;
# the man page decompresses and formats.
dpkg-deb -x "$deb" "$tmp/root" || fail "dpkg-deb -x"
"$tmp/root/usr/bin/guidecheck" --version | grep -q "sstic-2022-draft" || fail "--version of the packaged binary"
"$tmp/root/usr/bin/guidecheck" rules list >/dev/null || fail "rules list of the packaged binary"
gzip -dc "$tmp/root/usr/share/man/man1/guidecheck.1.gz" | grep -q '^\.TH GUIDECHECK 1' || fail "man page"
bash -n "$tmp/root/usr/share/bash-completion/completions/guidecheck" || fail "bash completion"
echo "package_deb: contents, dependencies and the packaged binary are right"
