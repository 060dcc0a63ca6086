#!/usr/bin/env bash
# Proves the module-boundary rules bite, by linting probes that break them (the probes are removed again):
#  1. the web app importing the API's source (Nx refuses imports of another project by path);
#  2. the web app importing an api-scoped library by its alias — refused only by the scope tags
#     (scope:web → web|shared), so this one fails if the depConstraints are loosened or removed.
set -euo pipefail
cd "$(dirname "$0")/../.."
probe=apps/web/src/__boundary_probe__.ts
trap 'rm -f "$probe"' EXIT

expect_refused() {
  local what=$1 pattern=$2 out
  if out=$(npx eslint "$probe" 2>&1); then
    echo "Module boundaries NOT enforced: $what passes lint" >&2
    exit 1
  fi
  if ! grep -q -- "$pattern" <<<"$out"; then
    echo "Lint failed on the probe ($what), but not for the expected rule:" >&2
    echo "$out" >&2
    exit 1
  fi
  echo "refused as it should be: $what"
}

cat > "$probe" <<'TS'
import { API_PREFIX } from '../../api/src/create-app';
export const probe = API_PREFIX;
TS
expect_refused "web importing the api's source" "enforce-module-boundaries"

cat > "$probe" <<'TS'
import { FileBlobStore } from '@spoor/crypto';
export const probe = FileBlobStore;
TS
expect_refused "web importing the api-scoped library @spoor/crypto" 'tagged with "scope:web" can only depend on libs tagged with'

echo "Module boundaries enforced"
