#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100, Node 20) by hand into
# .cache/code-server, for the VS Code integration suite (test/vscode).
# Its npm install script downloads binaries from outside the npm registry,
# so the steps it would take are done here with registry packages only.
# Idempotent: does nothing when a complete install is already there.
#
# Needs the Debian packages libkrb5-dev, ripgrep and chromium (chromium is
# for the test run, not for code-server itself).
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
PKG="$DEST/package"
MARKER="$DEST/.installed-$VERSION"

if [[ -f "$MARKER" && -f "$PKG/out/node/entry.js" ]]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

missing=()
command -v rg >/dev/null || missing+=(ripgrep)
[[ -e /usr/include/krb5.h || -e /usr/include/krb5/krb5.h || -e /usr/include/gssapi/gssapi.h ]] || missing+=(libkrb5-dev)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  echo "install-code-server: missing Debian packages: ${missing[*]} (apt-get install -y ${missing[*]})" >&2
  exit 1
fi

echo "installing code-server $VERSION into $DEST (about a minute)"
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
tarball="$(npm pack --silent "code-server@$VERSION")"
tar -xzf "$tarball"
rm -f "$tarball"

npm_quiet=(--no-audit --no-fund --loglevel=error)

cd "$PKG/lib/vscode"
npm install --omit=dev --ignore-scripts "${npm_quiet[@]}"
npm rebuild @vscode/deviceid @vscode/spdlog kerberos native-watchdog "${npm_quiet[@]}"
npm_config_yes=true npm rebuild node-pty "${npm_quiet[@]}"

# VS Code's search runs ripgrep from its own package folder.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

# The links the package's postinstall.sh would make.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)

(cd extensions && npm install --omit=dev "${npm_quiet[@]}")

cd "$PKG"
npm install --omit=dev --ignore-scripts "${npm_quiet[@]}"
# code-server loads argon2 at start, even with --auth none.
npm rebuild argon2 "${npm_quiet[@]}"

node "$PKG/out/node/entry.js" --version
touch "$MARKER"
echo "code-server $VERSION installed"
