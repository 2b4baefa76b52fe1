#!/usr/bin/env bash
# apt_install PACKAGE...: installs Debian packages as root. A fresh machine has empty package lists, so a failed
# install is retried once after apt-get update; the last lines of apt's own message are shown when it still fails.
apt_install() {
    [ "$(id -u)" -eq 0 ] || { echo "apt_install $*: not root, skipped" >&2; return 1; }
    export DEBIAN_FRONTEND=noninteractive
    local out
    out=$(apt-get install -y -qq "$@" 2>&1) && return 0
    echo "apt-get install $* failed; running apt-get update and trying again ..." >&2
    apt-get update -qq >/dev/null 2>&1
    out=$(apt-get install -y -qq "$@" 2>&1) && return 0
    echo "apt-get install $* failed:" >&2
    printf '%s\n' "$out" | tail -n 5 >&2
    return 1
}
