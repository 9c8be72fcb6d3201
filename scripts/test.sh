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

# The Open XML SDK's validator (issue 10 §6), an npm package pinned in scripts/ooxml/package-lock.json;
# OoxmlValidator.java runs it on every kind of workbook the tool writes. Without node the tests skip it.
if [ ! -d scripts/ooxml/node_modules/@ooxml-tools/validate ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "Installerar Open XML-validatorn (npm ci i scripts/ooxml) …"
    (cd scripts/ooxml && npm ci --no-audit --no-fund --silent)
  else
    echo "OBS: npm saknas; valideringen mot Open XML-schemat hoppas över."
  fi
fi

mvn -B -ntp verify "$@"

# The launcher the README runs (issue 6): bin/kompetensgap with bin/jvm.options and the
# class-data archive `mvn package` wrote. It must give the same summary as `java -jar`, and the
# archive must actually be used (most classes come from it, not from the jar).
echo "Provkör bin/kompetensgap på exempelmappen …"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
plain=$("$java" -jar target/kompetensgap.jar konsolidera examples/inkommande -o target/smoke-jar.xlsx 2>/dev/null)
launched=$(bin/kompetensgap konsolidera examples/inkommande -o target/smoke-jar.xlsx 2>/dev/null)
if [ "$plain" != "$launched" ] || ! grep -q "14 arbetsböcker inlästa, 0 avvisade" <<<"$launched"; then
  echo "FEL: bin/kompetensgap gav \"$launched\", java -jar gav \"$plain\"" >&2
  exit 1
fi
shared=$("$java" @bin/jvm.options -XX:SharedArchiveFile=target/kompetensgap.jsa -Xlog:class+load=info \
  -jar target/kompetensgap.jar konsolidera examples/inkommande -o target/smoke-jar.xlsx -q | grep -c "shared objects file (top)" || true)
if [ "$shared" -lt 1000 ]; then
  echo "FEL: klassarkivet target/kompetensgap.jsa används inte (bara $shared klasser därifrån)" >&2
  exit 1
fi
echo "bin/kompetensgap: $launched ($shared klasser ur klassarkivet)"
