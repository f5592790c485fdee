#!/usr/bin/env bash
# Rebuilds the vendored editor bundle from the pinned npm packages (package-lock.json): run it after changing a
# version, then commit what it writes. Nothing of this runs when the portal is built or runs.
set -euo pipefail
cd "$(dirname "$0")"
version=$(node -p "require('./package.json').dependencies['@tiptap/core']")
out=../../../webapp/static/admin/vendor
npm ci --no-audit --no-fund
rm -f "$out"/tiptap-*.js
npx esbuild entry.js --bundle --format=esm --minify --target=es2020 --legal-comments=none \
    --outfile="$out/tiptap-$version.js"
# Every package the bundle holds, with its licence text.
{
    echo "webapp/static/admin/vendor/tiptap-$version.js bundles these npm packages (all MIT-licensed), built by"
    echo "src/vendor/tiptap/build.sh from the versions pinned in src/vendor/tiptap/package-lock.json."
    for package in $(npx esbuild entry.js --bundle --format=esm --metafile=/dev/stdout --outfile=/dev/null --log-level=error \
            | node -e "const m = JSON.parse(require('fs').readFileSync(0, 'utf8')); const names = new Set(Object.keys(m.inputs)
                .filter(p => p.startsWith('node_modules/')).map(p => p.split('/')).map(p => p[1].startsWith('@') ? p[1] + '/' + p[2] : p[1]));
                console.log([...names].sort().join('\n'))"); do
        dir=node_modules/$package
        echo
        echo "=== $package $(node -p "require('./$dir/package.json').version") ($(node -p "require('./$dir/package.json').license"))"
        licence=$(ls "$dir" | grep -i -m1 '^licen[cs]e' || true)
        if [ -n "$licence" ]; then cat "$dir/$licence"; else echo "(no licence file in the package: $(node -p "require('./$dir/package.json').license") licence)"; fi
    done
} > "$out/LICENSES.txt"
ls -l "$out"
