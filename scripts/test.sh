#!/usr/bin/env bash
# `npm test`: provision (scripts/test-env.sh), then every suite in turn; the first failure stops the run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-env.sh
te_provision
npm run typecheck
npm run lint
npm run test:unit
npm run test:integration
npm run test:faults
npm run test:e2e
