#!/usr/bin/env bash
# Runs every test: unit tests, end-to-end tests on the examples, the architecture test, the
# independent recalculation by LibreOffice, the window under Xvfb and the unzipped bundle. Installs LibreOffice first where it can (as root with
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

# The window's test (issue 14) needs a display: Xvfb, installed the same way, and the whole
# build run under xvfb-run. Without it WindowTest is skipped with a message.
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installerar Xvfb för fönstertestet …"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth xdotool >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth xdotool >/dev/null; } \
      || echo "OBS: Xvfb kunde inte installeras; fönstertestet hoppas över."
  else
    echo "OBS: xvfb-run saknas och kan inte installeras härifrån; fönstertestet hoppas över."
  fi
fi
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1280x1024x24" mvn -B -ntp verify "$@"
else
  mvn -B -ntp verify "$@"
fi

# The launcher the README runs (issue 6): bin/kompetensgap with bin/jvm.options and the
# class-data archive (its first run writes one stamped with this JVM, issue 14). It must give the same summary as `java -jar`, and the
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

# The bundle HR unzips (issue 14): unzipped into a fresh folder and run with nothing but Java on
# PATH (no Maven, no repository, no locale), its launcher consolidates the bundled examples. The
# first run writes the class-data archive with its JVM stamp; the second run maps it.
echo "Provkör paketet target/kompetensgap-*.zip i en tom mapp …"
bundle=$(ls target/kompetensgap-*.zip)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -q "$bundle" -d "$tmp"
mkdir "$tmp/path"
for tool in sh dirname readlink grep ls awk cat rm mkdir; do ln -s "$(command -v "$tool")" "$tmp/path/$tool"; done
ln -s "$(readlink -f "$(command -v "$java")")" "$tmp/path/java"
home=$(echo "$tmp"/kompetensgap-*)
for run in 1 2; do
  got=$(cd "$home" && env -i PATH="$tmp/path" HOME="$tmp" ./kompetensgap konsolidera examples/inkommande -o "$tmp/konsoliderad.xlsx" -q)
  if ! grep -q "^14 arbetsböcker inlästa, 0 avvisade, 3 hoppades över → " <<<"$got" || [ ! -s "$tmp/konsoliderad.xlsx" ]; then
    echo "FEL: paketets kompetensgap (körning $run) gav \"$got\"" >&2
    exit 1
  fi
done
if [ ! -s "$home/kompetensgap.jsa" ] || ! grep -q "JAVA_RUNTIME_VERSION" "$home/kompetensgap.jsa.jvm"; then
  echo "FEL: paketets första körning skrev inget klassarkiv med JVM-stämpel" >&2
  exit 1
fi
for f in kompetensgap.jar kompetensgap.cmd jvm.options LÄSMIG.txt README.md workbook-templates/kompetenskartlaggning.xlsx; do
  [ -e "$home/$f" ] || { echo "FEL: $f saknas i paketet" >&2; exit 1; }
done
echo "Paketet: $got"

# The bundle's window as a double-click opens it: clicked under Xvfb (scripts/bundle-window.sh).
if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1280x1024x24" bash scripts/bundle-window.sh "$home" "$tmp" target/fonster-paket.png
else
  echo "OBS: xvfb-run eller xdotool saknas; paketets fönster provas inte."
fi
