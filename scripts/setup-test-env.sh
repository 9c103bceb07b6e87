#!/usr/bin/env bash
# Installs what the editor suites (npm run test:editors) need, when it is
# missing: Neovim and Emacs with eglot (real third-party LSP clients),
# Chromium, ripgrep and code-server (VS Code's own workbench and extension
# host; built from npm by scripts/install-code-server.sh, which needs
# libkrb5-dev, make, g++ and python3). .ci/run calls it before `npm test`;
# `npm test` never does, so a developer's machine is only changed when they
# run this themselves. Safe to run again: it skips what is already there.
# Debian packages need root; without it, the script names what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v emacs >/dev/null 2>&1 || need+=(emacs-nox)
# Emacs 29 and later carry eglot; older ones take Debian's package.
if ! emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; then
  dpkg -s elpa-eglot >/dev/null 2>&1 || need+=(elpa-eglot)
fi
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || need+=(make)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-test-env: missing ${need[*]}; install them (apt-get install ${need[*]}) or run as root" >&2
    exit 1
  fi
  echo "setup-test-env: installing ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
bash scripts/install-code-server.sh
