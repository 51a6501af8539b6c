# shellcheck shell=bash
# Sourced by scripts/*: repo root, PATH and small helpers. Not meant to be run directly.
#
# PATH order matters: Trunk runs in offline mode and takes the first `wasm-opt` and
# `wasm-bindgen` it finds on PATH (then checks their versions against Trunk.toml [tools]):
#   1. node_modules/.bin  -> wasm-opt from the npm package binaryen (package.json)
#   2. $CARGO_HOME/bin    -> trunk and wasm-bindgen-cli installed by scripts/setup
# Debian's binaryen (wasm-opt 108) would be later on PATH and is rejected by the version pin.

ELIGIBIL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ELIGIBIL_ROOT
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in
  *":$ELIGIBIL_ROOT/node_modules/.bin:$CARGO_BIN:"*) ;;
  *) PATH="$ELIGIBIL_ROOT/node_modules/.bin:$CARGO_BIN:$PATH" ;;
esac
export PATH

# Colour only on a terminal.
if [[ -t 1 ]]; then _b=$'\e[1m'; _r=$'\e[0m'; else _b=''; _r=''; fi
say()     { printf '%s\n' "$*"; }
section() { printf '\n%s==== %s ====%s\n' "$_b" "$*" "$_r"; }
die()     { printf 'error: %s\n' "$*" >&2; exit 1; }

# trunk-version = "=X.Y.Z" in Trunk.toml (the one place the Trunk version is written).
trunk_version_pinned() {
  sed -n 's/^trunk-version *= *"=\{0,1\}\([0-9][0-9.]*\)".*/\1/p' "$ELIGIBIL_ROOT/Trunk.toml"
}
# wasm-bindgen = "=X.Y.Z" in Cargo.toml (the one place the wasm-bindgen version is written;
# Trunk.toml [tools] must repeat it, and scripts/setup checks that it does).
wasm_bindgen_pinned() {
  sed -n 's/^wasm-bindgen *= *"=\([0-9][0-9.]*\)".*/\1/p' "$ELIGIBIL_ROOT/Cargo.toml" | head -n1
}
# [tools] key = "value" in Trunk.toml.
trunk_tool_pinned() {
  sed -n "s/^$1 *= *\"\\([^\"]*\\)\".*/\\1/p" "$ELIGIBIL_ROOT/Trunk.toml" | head -n1
}

# Trunk's own update check asks crates.io's web API, which these machines cannot reach.
export TRUNK_SKIP_VERSION_CHECK=true

# Where cargo (and so Trunk's wasm-opt step) puts its output.
cargo_target_dir() { printf '%s\n' "${CARGO_TARGET_DIR:-$ELIGIBIL_ROOT/target}"; }

# `trunk build --release` into dist/, then prove that it used our wasm-bindgen and wasm-opt:
# Trunk (at -v) logs the path of each system tool it picked, and wasm-opt's output file
# (target/wasm-opt/release/<bin>_bg.wasm) must be fresh and byte-identical to dist's .wasm.
# The full log is kept in target/trunk-release.log.
trunk_release_build() {
  local target log marker wasm_opt_out dist_wasm
  target="$(cargo_target_dir)"
  mkdir -p "$target"
  log="$target/trunk-release.log"
  marker="$target/.trunk-release-start"
  touch "$marker"
  if ! (cd "$ELIGIBIL_ROOT" && trunk -v build --release) 2>&1 | tee "$log" \
    | { grep -vE ' DEBUG (copying|finished copying|spawning|Checking|Enforce|Current version|update_check)' || true; }
  then
    say "trunk build --release FAILED (full log: $log)"
    return 1
  fi

  say "-- tools Trunk used (from its log):"
  grep -E 'using system installed binary' "$log" \
    | sed -E 's/.*(using system installed binary: [^ ]+ detected_version=[^ ]+).*/   \1/' || true
  grep -q "using system installed binary: $CARGO_BIN/wasm-bindgen" "$log" \
    || { say "ERROR: Trunk did not use $CARGO_BIN/wasm-bindgen"; return 1; }
  grep -q "using system installed binary: $ELIGIBIL_ROOT/node_modules/.bin/wasm-opt" "$log" \
    || { say "ERROR: Trunk did not use node_modules/.bin/wasm-opt"; return 1; }

  wasm_opt_out="$target/wasm-opt/release/eligibil-web_bg.wasm"
  dist_wasm="$(ls "$ELIGIBIL_ROOT"/dist/*.wasm 2>/dev/null | head -n1)"
  [[ -n "$dist_wasm" ]] || { say "ERROR: no .wasm in dist/"; return 1; }
  if [[ -f "$wasm_opt_out" && "$wasm_opt_out" -nt "$marker" ]] && cmp -s "$wasm_opt_out" "$dist_wasm"; then
    say "-- wasm-opt ran: dist/$(basename "$dist_wasm") is its output ($(wc -c <"$dist_wasm") bytes)"
  else
    say "ERROR: dist/$(basename "$dist_wasm") is not fresh wasm-opt output ($wasm_opt_out)"
    return 1
  fi
}
