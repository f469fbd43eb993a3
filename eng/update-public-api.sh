#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt and removes
# every declared symbol that no longer exists (RS0017). Review the diff: the public API is deliberate.
set -euo pipefail
cd "$(dirname "$0")/.."
proj=src/Facilitation.Methods
file=$proj/PublicAPI.Unshipped.txt
for pass in 1 2 3; do
  out=$(dotnet build "$proj" --no-incremental -clp:NoSummary 2>&1 || true)
  add=$(printf '%s\n' "$out" | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
  del=$(printf '%s\n' "$out" | grep -oP "error RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" | sort -u || true)
  [ -z "$add" ] && [ -z "$del" ] && break
  { head -n 1 "$file"; { tail -n +2 "$file"; [ -n "$add" ] && printf '%s\n' "$add"; } | grep -vxF -f <(printf '%s\n' "${del:-@@none@@}") | sort -u; } > "$file.tmp"
  mv "$file.tmp" "$file"
done
echo "public API: $(($(wc -l < "$file") - 1)) unshipped symbols"
