#!/usr/bin/env bash
# The Nu HTML checker (vnu.jar, from npm's vnu-jar) on the markup every page of every role is served with, signed in
# as the demo accounts, in English and (the patient's pages and the sign-in page) in Spanish. Starts the portal on H2,
# saves each page's HTML in bench/results/nu/, and prints the errors grouped by message. Fails when an error remains
# that is not one of PrimeFaces' own (docs/phone.md lists them and why they stay).
#   bash bench/nu-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8092
OUT=bench/results
TOOLS=$OUT/nu-tools
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
if [ ! -f "$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    mkdir -p "$TOOLS"
    (cd "$TOOLS" && npm init -y >/dev/null && npm install --no-audit --no-fund vnu-jar@26 playwright-core@1 >/dev/null)
fi

source bench/portal.sh
start_portal "$PORT" nu
rm -rf "$OUT/nu"

cp bench/nu-pages.mjs "$TOOLS/pages.mjs"
node "$TOOLS/pages.mjs" "$BASE" "$OUT/nu"
java -jar "$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only "$OUT"/nu/*.html > "$OUT/nu-errors.txt" 2>&1 || true
echo "== $(ls "$OUT"/nu/*.html | wc -l) pages, $(grep -c ': error: ' "$OUT/nu-errors.txt" || true) errors" >&2
sed -E 's/^.*: error: //' "$OUT/nu-errors.txt" | sort | uniq -c | sort -rn
# PrimeFaces' own markup: role="gridcell" on the cells of its data tables, autocomplete="off" on the checkbox inside
# its toggle switch and check box. Anything else is the portal's, and fails the check.
if grep ': error: ' "$OUT/nu-errors.txt" \
        | grep -v 'The “role” attribute must not be used on a “td” element' \
        | grep -v 'Attribute “autocomplete” is only allowed when the input type is'; then
    echo "== errors from the portal's own markup (above)" >&2
    exit 1
fi
echo "== none from the portal's own markup" >&2
