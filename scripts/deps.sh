#!/usr/bin/env bash
# Installs the Debian 12 packages guidecheck builds with (as root); with
# --test, also what the test suite, benchmarks and fuzzers use.
# Skips apt entirely when everything is already there.
set -euo pipefail
pkgs=(build-essential cmake ninja-build pkg-config
      # dpkg-shlibdeps: the .deb's Depends (cmake/extra-packaging.cmake)
      dpkg-dev
      libyaml-dev libicu-dev libudunits2-dev libcli11-dev libfmt-dev nlohmann-json3-dev
      libxlsxwriter-dev libmimalloc-dev
      # document import: .docx (zip + XML) and Markdown
      libzip-dev libpugixml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
      # SHA-256 of the codequality fingerprints
      nettle-dev)
[ "${1:-}" = "--test" ] && pkgs+=(catch2
      python3 python3-jsonschema libxml2-utils unzip
      libxml2-dev python3-yaml
      # tests only: the html report in a real browser (fonts so that Chinese shows in screenshots)
      chromium fonts-wqy-microhei
      # bench/ only: the parse-floor benchmark and the timers of bench/run.sh
      libbenchmark-dev hyperfine time
      # fuzz/ only: libFuzzer with ASan and UBSan (fuzz/run.sh)
      clang libclang-rt-14-dev
      # the style test
      clang-format)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps.sh: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
