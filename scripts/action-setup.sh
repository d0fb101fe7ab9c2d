#!/usr/bin/env bash
# The setup steps of action.yml (the GitHub composite action): get a guidecheck
# binary without building from source on every run.
#
#   action-setup.sh key       decide how: a .deb given by an input ("deb"),
#                             else a build cached by actions/cache ("cache"),
#                             or a build every time when caching is off
#                             ("build"); writes mode, key and cache-dir to
#                             $GITHUB_OUTPUT for the actions/cache step.
#   action-setup.sh install   get the binary: unpack the .deb, or take the
#                             restored cache (CACHE_HIT=true), or install the
#                             apt packages and build, then fill the cache
#                             folder for actions/cache to save; writes binary
#                             and source (deb|cache|build) to $GITHUB_OUTPUT.
#
# Environment (set by action.yml):
#   INPUT_DEB_PATH   a guidecheck .deb on the runner (e.g. from a release workflow)
#   INPUT_DEB_URL    a URL of a guidecheck .deb (a release asset); fetched with curl
#   INPUT_CACHE      "false" builds on every run (default "true")
#   CACHE_HIT        actions/cache's cache-hit output
#   ACTION_REF       github.action_ref (the tag, branch or commit the action runs at)
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_ACTION_PATH   as GitHub sets them
#
# The cache key names the action's ref, a hash of the sources that make the
# binary (so a moving ref such as @main or @v1 rebuilds when the code changes),
# the runner's OS, architecture and distribution release (the binary links the
# distribution's shared libraries).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src=${GITHUB_ACTION_PATH:-$here}
temp=${RUNNER_TEMP:-/tmp}
cache_dir=$temp/guidecheck-cache
out() { if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1" >>"$GITHUB_OUTPUT"; fi; echo "guidecheck setup: $1"; }
say() { echo "guidecheck setup: $*" >&2; }

mode() {
  if [ -n "${INPUT_DEB_PATH:-}" ] || [ -n "${INPUT_DEB_URL:-}" ]; then
    echo deb
  elif [ "${INPUT_CACHE:-true}" = false ]; then
    echo build
  else
    echo cache
  fi
}

source_hash() {
  (cd "$src" && find CMakeLists.txt cmake src rules scripts/deps.sh -type f \
     ! -name '*_test.cpp' -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 sha256sum) |
    sha256sum | cut -c1-16
}

distro() {
  if [ -r /etc/os-release ]; then
    (. /etc/os-release && echo "${ID:-linux}-${VERSION_ID:-unknown}")
  else
    echo unknown
  fi
}

# Runs the binary; when shared libraries are missing (a cache restored on a
# fresh runner), installs the apt packages, without building.
runs() {
  "$1" --version >/dev/null 2>&1 && return 0
  if ldd "$1" 2>/dev/null | grep -q 'not found'; then
    say "shared libraries missing: installing the apt packages of scripts/deps.sh"
    bash "$src/scripts/deps.sh" >&2
    "$1" --version >/dev/null 2>&1 && return 0
  fi
  return 1
}

install_deb() {
  local deb=${INPUT_DEB_PATH:-}
  if [ -z "$deb" ]; then
    deb=$temp/guidecheck-download.deb
    say "downloading $INPUT_DEB_URL"
    curl -fsSL --retry 3 -o "$deb" "$INPUT_DEB_URL" || { say "cannot download $INPUT_DEB_URL"; exit 2; }
  fi
  [ -f "$deb" ] || { say "no .deb at $deb (input deb-path)"; exit 2; }
  [ "$(dpkg-deb -f "$deb" Package 2>/dev/null)" = guidecheck ] ||
    { say "$deb is not a guidecheck .deb"; exit 2; }
  # Unpacked into RUNNER_TEMP: no root needed; the libraries it depends on
  # come from apt only when the runner lacks them.
  local root=$temp/guidecheck-deb
  rm -rf "$root"
  dpkg-deb -x "$deb" "$root"
  local bin=$root/usr/bin/guidecheck
  if ! "$bin" --version >/dev/null 2>&1; then
    local depends
    depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | awk '{print $1}' | tr '\n' ' ')
    say "installing the .deb's dependencies: $depends"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    # shellcheck disable=SC2086
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $depends >&2
  fi
  "$bin" --version >/dev/null 2>&1 || { say "the guidecheck of $deb does not run"; exit 2; }
  say "using $(basename "$deb"): $("$bin" --version | head -1)"
  out "binary=$bin"
  out "source=deb"
}

build() {
  say "building guidecheck from source"
  bash "$src/scripts/deps.sh" >&2
  local b=$temp/guidecheck-build
  cmake -S "$src" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGUIDECHECK_TESTS=OFF >&2
  cmake --build "$b" --target guidecheck >&2
  mkdir -p "$cache_dir"
  cp "$b/guidecheck" "$cache_dir/guidecheck.new"
  mv "$cache_dir/guidecheck.new" "$cache_dir/guidecheck"
  "$cache_dir/guidecheck" --version >/dev/null || { say "the built guidecheck does not run"; exit 2; }
}

case ${1:-} in
  key)
    m=$(mode)
    out "mode=$m"
    out "cache-dir=$cache_dir"
    if [ "$m" = cache ]; then
      out "key=guidecheck-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-$(distro)-${ACTION_REF:-local}-$(source_hash)"
    else
      out "key="
    fi
    ;;
  install)
    case $(mode) in
      deb) install_deb ;;
      cache)
        if [ "${CACHE_HIT:-false}" = true ] && [ -x "$cache_dir/guidecheck" ] && runs "$cache_dir/guidecheck"; then
          say "using the cached build: $("$cache_dir/guidecheck" --version | head -1)"
          out "binary=$cache_dir/guidecheck"
          out "source=cache"
        else
          [ "${CACHE_HIT:-false}" = true ] && say "the cached build does not run: rebuilding"
          build
          out "binary=$cache_dir/guidecheck"
          out "source=build"
        fi
        ;;
      build)
        build
        out "binary=$cache_dir/guidecheck"
        out "source=build"
        ;;
    esac
    ;;
  *)
    echo "usage: action-setup.sh key|install" >&2
    exit 2
    ;;
esac
