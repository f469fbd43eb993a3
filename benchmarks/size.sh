#!/usr/bin/env bash
# Persistence code of the three methods (issue 11 target: <= 450 lines), counted with `wc -l` (every line, comments and blanks too),
# and again without blank and comment lines, so reformatting cannot move the figure.
#
# What counts: every file in the World Café, Brainstorm and Open Space folders whose job is the saved document -- design JSON
# mapping, JSON contexts and converters, the document's data classes, restore entry points and the version-1 upgrade. A file counts
# when its name contains Json, Document, Upgrade, Version1 or Persistence, so a new persistence file cannot escape the count.
# What does not count: design validators, rules and state (restore replays them; they are not persistence), exports (harvest,
# proceedings), and the shared format every session uses (src/Facilitation.Methods/Sessions/SessionDocument.cs and EventCodec.cs),
# which is printed on its own line below so code moved out of the methods into it stays visible.
# Usage: bash benchmarks/size.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
src=src/Facilitation.Methods
mapfile -t methods < <(find "$src/WorldCafe" "$src/Brainstorm" "$src/OpenSpace" -name '*.cs' \
  \( -name '*Json*' -o -name '*Document*' -o -name '*Upgrade*' -o -name '*Version1*' -o -name '*Persistence*' \) | sort)
shared=("$src/Sessions/SessionDocument.cs" "$src/Sessions/EventCodec.cs")
wc -l "${methods[@]}"
code() { cat "$@" | grep -Evc '^\s*($|//)' ; }
echo "persistence code of the three methods: $(cat "${methods[@]}" | wc -l) lines in ${#methods[@]} files ($(code "${methods[@]}") without blank and comment lines)"
echo "shared document format (not in the figure above): $(cat "${shared[@]}" | wc -l) lines ($(code "${shared[@]}") without blank and comment lines) in ${shared[*]}"
