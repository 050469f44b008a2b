#!/usr/bin/env bash
# Lighthouse benchmark (not a test): builds the DynamoDB guide with the README's build command, serves
# it on loopback like a static host (tools/serve.mjs: gzip, 404.html), and runs Lighthouse 13.5.0 in
# Debian's Chromium on the home page, a category page and a cheat sheet (when the build makes one), in
# Lighthouse's mobile (default) and desktop presets. Prints the scores and page weights as a Markdown
# table for docs/quality.md; the JSON reports stay in the output folder.
#
# Usage: tools/lighthouse.sh [OUT_DIR] [PAGE...]     (pages relative to the site, default below)
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target/lighthouse}
shift || true
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ ! -f tools/node_modules/lighthouse/cli/index.js ]; then
  npm ci --prefix tools --no-audit --no-fund --loglevel=error
fi

rm -rf "$out/site"
./jbang jbang-build.java --output "$out/site" >&2

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=(index.html gsi.html)
  # The cheat sheets come with their own issue; include the first one when the build writes any.
  sheet=$(cd "$out/site" && find . -name '*.html' -path '*cheat*' | sed 's|^\./||' | sort | head -1)
  if [ -n "$sheet" ]; then pages+=("$sheet"); fi
fi

node tools/serve.mjs "$out/site" 0 > "$out/server.url" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$out/server.url" ] && break; sleep 0.1; done
base=$(head -1 "$out/server.url")

flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-quic --user-data-dir=$out/profile"
reports=()
for page in "${pages[@]}"; do
  for preset in mobile desktop; do
    name=$(echo "$page" | tr '/' '_' | sed 's/\.html$//')-$preset
    extra=()
    if [ "$preset" = desktop ]; then extra=(--preset=desktop); fi
    rm -rf "$out/profile"
    CHROME_PATH=/usr/bin/chromium node tools/node_modules/lighthouse/cli/index.js "$base$page" \
      --chrome-flags="$flags" --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$out/$name.json" --quiet "${extra[@]}" >&2
    reports+=("$out/$name.json")
  done
done

node - "${reports[@]}" <<'JS'
const fs = require('fs');
const rows = [];
console.log('| page | preset | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS | requests | transferred |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const score = id => Math.round(r.categories[id].score * 100);
  const audit = id => r.audits[id];
  const ms = id => (audit(id).numericValue / 1000).toFixed(1) + ' s';
  const items = audit('network-requests').details.items;
  const kb = (audit('total-byte-weight').numericValue / 1024).toFixed(0) + ' KB';
  const page = new URL(r.finalDisplayedUrl).pathname.replace(/^\//, '') || 'index.html';
  const preset = r.configSettings.formFactor;
  console.log(`| ${page} | ${preset} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${Math.round(audit('total-blocking-time').numericValue)} ms | ${audit('cumulative-layout-shift').numericValue.toFixed(3)} | ${items.length} | ${kb} |`);
  for (const [id, cat] of Object.entries(r.categories)) {
    for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        console.error(`${page} ${preset} ${id}: ${a.id} (${a.score}): ${a.title}${a.displayValue ? ' — ' + a.displayValue : ''}`);
      }
    }
  }
}
JS
echo "Lighthouse $(node -p "require('./tools/node_modules/lighthouse/package.json').version"), $(chromium --version 2>/dev/null | head -1); reports in $out" >&2
