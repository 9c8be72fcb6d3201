#!/usr/bin/env bash
# Runs every test: unit tests, end-to-end tests on the examples, the architecture test, and the
# independent recalculation by LibreOffice. Installs LibreOffice first where it can (as root with
# apt-get, as on CI); without it the recalculation tests are skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installerar LibreOffice (libreoffice-calc-nogui) för den oberoende omräkningen …"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libreoffice-calc-nogui fonts-dejavu-core >/dev/null
  else
    echo "OBS: soffice saknas och kan inte installeras härifrån; LibreOffice-testerna hoppas över."
  fi
fi

exec mvn -B -ntp verify "$@"
