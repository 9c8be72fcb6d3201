#!/usr/bin/env bash
# The window from the unzipped bundle (issue 14), as a double-click starts it: `java -jar` with no
# arguments and no console opens the window. Needs a display (run under xvfb-run) and xdotool.
# The folder and output are remembered choices (java.util.prefs in a fresh user.home); the
# script clicks "Sammanställ", waits for the workbook and saves a screenshot.
#   usage: bundle-window.sh BUNDLE_DIR WORK_DIR SCREENSHOT.png
set -euo pipefail
home=$1 work=$2 shot=$3
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
prefs="$work/user/.java/.userPrefs/se/kompetensgap/gui"
mkdir -p "$prefs"
cat > "$prefs/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="mapp" value="$home/examples/inkommande"/>
  <entry key="utfil" value="$work/fonster.xlsx"/>
</map>
XML
(cd "$home" && exec "$java" -Duser.home="$work/user" -jar kompetensgap.jar </dev/null >"$work/fonster.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
window=
for _ in $(seq 60); do
  window=$(xdotool search --onlyvisible --name '^kompetensgap ' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 1
done
if [ -z "$window" ]; then
  echo "FEL: paketets fönster öppnades inte (java -jar utan argument)" >&2
  cat "$work/fonster.log" >&2
  exit 1
fi
sleep 2
eval "$(xdotool getwindowgeometry --shell "$window")"
# "Sammanställ" sits at the left under the form (10 px margin, about 214 px down).
xdotool mousemove $((X + 60)) $((Y + 214)) click 1
for _ in $(seq 300); do
  [ -s "$work/fonster.xlsx" ] && break
  sleep 1
done
sleep 2
"$java" "$(dirname "$0")/../src/test/scripts/Screenshot.java" "$shot" "$WIDTH" "$HEIGHT"
if [ ! -s "$work/fonster.xlsx" ]; then
  echo "FEL: paketets fönster skrev ingen sammanställning; se $shot" >&2
  exit 1
fi
echo "Paketets fönster: $work/fonster.xlsx skrevs, skärmbild $shot"
