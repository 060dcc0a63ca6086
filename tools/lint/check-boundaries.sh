#!/usr/bin/env bash
# Proves the module-boundary rule bites: an import from the web app into the API must fail lint.
set -euo pipefail
cd "$(dirname "$0")/../.."
probe=apps/web/src/__boundary_probe__.ts
trap 'rm -f "$probe"' EXIT
cat > "$probe" <<'TS'
import { API_PREFIX } from '../../api/src/create-app';
export const probe = API_PREFIX;
TS
if out=$(npx eslint "$probe" 2>&1); then
  echo "Module boundaries NOT enforced: web may import api" >&2
  exit 1
fi
if ! grep -q "enforce-module-boundaries" <<<"$out"; then
  echo "Lint failed on the probe, but not for the boundary rule:" >&2
  echo "$out" >&2
  exit 1
fi
echo "Module boundaries enforced: an import from web into api fails lint"
