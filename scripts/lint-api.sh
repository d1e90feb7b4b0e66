#!/usr/bin/env bash
# Lints the API's contract with Redocly CLI's recommended rules (redocly.yaml) and fails on any error:
#   bash scripts/lint-api.sh                                # the contract in the repository
#   bash scripts/lint-api.sh http://localhost:8080/openapi  # and what a running portal serves
# The contract is portal-web/src/main/resources/META-INF/openapi.yaml, served as /openapi. Needs Node.js 20+ and the
# npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
npx --yes @redocly/cli@2.77.0 lint portal
if [ $# -gt 0 ]; then
    npx --yes @redocly/cli@2.77.0 lint "$1"
fi
