# The Kubernetes API servers the end-to-end suite deploys to, all on loopback. Sourced by run.sh
# (whose shell is then the parent of every process, and reaps them), with RUN set to its folder:
#   start CONTEXT...   one kube-apiserver (+ controller-manager, scheduler, kwok) per context, all
#                      sharing one etcd under their own key prefix; writes RUN/home/.kube/config;
#                      serves RUN/charts on loopback as Helm repositories
#   stop               stops every process start recorded, and removes etcd's data
# run.sh runs both in a network namespace of its own.

ETCD_PORT=2379
API_PORT=6443      # the context's index is added to each base port
KCM_PORT=10300
SCHEDULER_PORT=10400
KWOK_PORT=10500
CHART_REPO_PORT=8879
# How many empty volumes each host offers: vcluster's StatefulSet claims one per virtual cluster,
# and no provisioner runs here (see the README).
VOLUMES_PER_HOST=8

# Each process we start, so stop ends those and only those.
spawn() {
  local name=$1
  shift
  "$@" >"$RUN/logs/$name.log" 2>&1 &
  echo "$! $name" >>"$RUN/pids"
}

# A process we started that has not exited (a zombie has, until our shell reaps it).
alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}

# terminate PID...: TERM, then KILL whatever is still there after 10 s.
terminate() {
  kill "$@" 2>/dev/null || true
  for _ in $(seq 50); do
    local left=0
    for pid in "$@"; do if alive "$pid"; then left=1; fi; done
    [ $left = 1 ] || return 0
    sleep 0.2
  done
  kill -KILL "$@" 2>/dev/null || true
}

# Everything but etcd first, so that each API server stops while etcd still answers (otherwise
# its graceful shutdown waits minutes on it); etcd last.
stop() {
  [ -f "$RUN/pids" ] || return 0
  # shellcheck disable=SC2046
  terminate $(awk '$2 != "etcd" { print $1 }' "$RUN/pids")
  # shellcheck disable=SC2046
  terminate $(awk '$2 == "etcd" { print $1 }' "$RUN/pids")
  rm -f "$RUN/pids"
  if [ -f "$RUN/etcd-data" ]; then rm -rf "$(cat "$RUN/etcd-data")"; fi
}

built() {
  if [ ! -d "$1" ]; then
    echo "e2e: $1 is missing: run scripts/e2e/build.sh first" >&2
    exit 1
  fi
  echo "$1"
}

# A CA, the serving certificate for 127.0.0.1, client certificates and the service-account key.
certs() {
  local d=$RUN/pki
  mkdir -p "$d"
  local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  openssl req -x509 "${ec[@]}" -keyout "$d/ca.key" -out "$d/ca.crt" -days 2 -subj /CN=cg-e2e-ca 2>/dev/null
  issue() { # name subject [extensions]
    openssl req "${ec[@]}" -keyout "$d/$1.key" -out "$d/$1.csr" -subj "$2" 2>/dev/null
    printf '%s\n' "${3:-extendedKeyUsage=clientAuth}" >"$d/$1.ext"
    openssl x509 -req -in "$d/$1.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -days 2 \
      -extfile "$d/$1.ext" -out "$d/$1.crt" 2>/dev/null
  }
  local san="IP:127.0.0.1,DNS:localhost" ctx
  for ctx in "${!FIXED_ADDRESS[@]}"; do san+=",IP:${FIXED_ADDRESS[$ctx]}"; done
  for ctx in "${!FIXED_NAME[@]}"; do san+=",DNS:${FIXED_NAME[$ctx]}"; done
  issue apiserver /CN=kube-apiserver "subjectAltName=$san
extendedKeyUsage=serverAuth"
  issue admin "/O=system:masters/CN=cg-e2e-admin"
  issue controller-manager /CN=system:kube-controller-manager
  issue scheduler /CN=system:kube-scheduler
  # A bearer token for the hosts the examples reach with a token or an exec plugin.
  openssl rand -hex 24 >"$d/token"
  echo "$(cat "$d/token"),cg-e2e-token,cg-e2e-token,system:masters" >"$d/tokens.csv"
  openssl genrsa -out "$d/sa.key" 2048 2>/dev/null
  openssl rsa -in "$d/sa.key" -pubout -out "$d/sa.pub" 2>/dev/null
}

# kubeconfig FILE USER CONTEXT... : one cluster and context per name, all as USER.
kubeconfig() {
  local file=$1 user=$2
  shift 2
  {
    echo "apiVersion: v1"
    echo "kind: Config"
    echo "clusters:"
    for ctx in "$@"; do
      printf '  - name: %s\n    cluster:\n      server: https://%s\n      certificate-authority: %s\n' \
        "$ctx" "$(server "$ctx")" "$RUN/pki/ca.crt"
    done
    printf 'users:\n  - name: %s\n    user:\n      client-certificate: %s\n      client-key: %s\n' \
      "$user" "$RUN/pki/$user.crt" "$RUN/pki/$user.key"
    echo "contexts:"
    for ctx in "$@"; do
      printf '  - name: %s\n    context:\n      cluster: %s\n      user: %s\n' "$ctx" "$ctx" "$user"
    done
    echo "current-context: $1"
  } >"$file"
}

port() { # base context
  echo $(($1 + $(grep -nx "$2" "$RUN/contexts" | cut -d: -f1)))
}

# Where a context's API server listens: its fixed address (run.sh's FIXED_*), else loopback.
listen_address() { echo "${FIXED_ADDRESS[$1]:-127.0.0.1}"; }
listen_port() { if [ -n "${FIXED_ADDRESS[$1]:-}" ]; then echo "$FIXED_PORT"; else port "$API_PORT" "$1"; fi; }
server() { echo "${FIXED_NAME[$1]:-$(listen_address "$1")}:$(listen_port "$1")"; }

start_etcd() {
  # tmpfs keeps etcd's fsyncs from dominating a run on a shared disk.
  local data=/dev/shm/cg-e2e-etcd-$$
  [ -d /dev/shm ] || data=$RUN/etcd
  echo "$data" >"$RUN/etcd-data"
  spawn etcd etcd --name e2e --data-dir "$data" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
    --initial-cluster e2e=http://127.0.0.1:2380
}

start_apiserver() {
  local ctx=$1 kube=$2
  local pki=$RUN/pki
  spawn "apiserver-$ctx" "$kube/kube-apiserver" \
    --bind-address="$(listen_address "$ctx")" --advertise-address="$(listen_address "$ctx")" --secure-port="$(listen_port "$ctx")" \
    --etcd-servers="http://127.0.0.1:$ETCD_PORT" --etcd-prefix="/cg-e2e/$ctx" \
    --tls-cert-file="$pki/apiserver.crt" --tls-private-key-file="$pki/apiserver.key" --client-ca-file="$pki/ca.crt" \
    --token-auth-file="$pki/tokens.csv" \
    --service-account-issuer=https://kubernetes.default.svc.cluster.local \
    --service-account-key-file="$pki/sa.pub" --service-account-signing-key-file="$pki/sa.key" \
    --service-cluster-ip-range=10.96.0.0/16 --endpoint-reconciler-type=none \
    --authorization-mode=Node,RBAC --allow-privileged=true \
    --enable-admission-plugins=NamespaceLifecycle,LimitRanger,ServiceAccount,DefaultStorageClass,DefaultTolerationSeconds,Priority,ResourceQuota,PodSecurity,NodeRestriction,MutatingAdmissionWebhook,ValidatingAdmissionWebhook,ValidatingAdmissionPolicy
}

# The controller-manager gives up if the API server is not healthy (RBAC bootstrapped) within 20
# s, which eleven API servers starting at once on two cores can miss: started once it is ready.
start_controllers() {
  local ctx=$1 kube=$2 kwok=$3
  local pki=$RUN/pki
  kubeconfig "$RUN/$ctx-controller-manager.kubeconfig" controller-manager "$ctx"
  kubeconfig "$RUN/$ctx-scheduler.kubeconfig" scheduler "$ctx"
  kubeconfig "$RUN/$ctx-admin.kubeconfig" admin "$ctx"
  spawn "controller-manager-$ctx" "$kube/kube-controller-manager" \
    --kubeconfig="$RUN/$ctx-controller-manager.kubeconfig" --leader-elect=false \
    --bind-address=127.0.0.1 --secure-port="$(port "$KCM_PORT" "$ctx")" \
    --service-account-private-key-file="$pki/sa.key" --root-ca-file="$pki/ca.crt" \
    --use-service-account-credentials=true
  spawn "scheduler-$ctx" "$kube/kube-scheduler" \
    --kubeconfig="$RUN/$ctx-scheduler.kubeconfig" --leader-elect=false \
    --bind-address=127.0.0.1 --secure-port="$(port "$SCHEDULER_PORT" "$ctx")"
  spawn "kwok-$ctx" "$kwok/kwok" \
    --kubeconfig="$RUN/$ctx-admin.kubeconfig" \
    --config="$kwok/stages.yaml" --config="$ROOT/scripts/e2e/kwok-load-balancer.yaml" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --server-address="127.0.0.1:$(port "$KWOK_PORT" "$ctx")"
}

# Waits until the API server answers ready, then gives it a fake node and empty volumes.
prepare_host() {
  local ctx=$1 kubectl=$2
  local k=("$kubectl" --kubeconfig "$RUN/home/.kube/config" --context "$ctx")
  for _ in $(seq 240); do
    if "${k[@]}" get --raw /readyz >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  "${k[@]}" get --raw /readyz >/dev/null
  {
    cat <<EOF
apiVersion: v1
kind: Node
metadata:
  name: $ctx-node-1
  annotations: { kwok.x-k8s.io/node: fake }
  labels: { kubernetes.io/hostname: $ctx-node-1, kubernetes.io/os: linux, kubernetes.io/arch: amd64, type: kwok }
status:
  capacity: { cpu: "32", memory: 128Gi, ephemeral-storage: 1Ti, pods: "110" }
  allocatable: { cpu: "32", memory: 128Gi, ephemeral-storage: 1Ti, pods: "110" }
EOF
    # A host whose virtual clusters name a storage class (run.sh's STORAGE_CLASS) gets that class,
    # without a provisioner, and volumes of it; the others' volumes have no class.
    local class=${STORAGE_CLASS[$ctx]:-}
    if [ -n "$class" ]; then
      cat <<EOF
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: $class }
provisioner: kubernetes.io/no-provisioner
EOF
    fi
    for i in $(seq "$VOLUMES_PER_HOST"); do
      cat <<EOF
---
apiVersion: v1
kind: PersistentVolume
metadata: { name: $ctx-volume-$i }
spec:
  storageClassName: "$class"
  capacity: { storage: 16Gi }
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath: { path: /var/lib/cg-e2e/$ctx-volume-$i }
EOF
    done
  } | "${k[@]}" apply -f - >/dev/null
  local crds=${GATEWAY_API_CRDS[$ctx]:-}
  if [ -n "$crds" ]; then
    "${k[@]}" apply --server-side -f "$crds" >/dev/null
    "${k[@]}" wait --for condition=established --timeout=60s crd --all >/dev/null
  fi
}

start() {
  mkdir -p "$RUN/logs" "$RUN/home/.kube"
  printf '%s\n' "$@" >"$RUN/contexts"
  local kube kwok layer
  kube=$(built "$(kube_dir)")
  kwok=$(built "$(go_dir kwok "$KWOK_VERSION")")
  layer=$(built "$(layer_dir)")
  certs
  kubeconfig "$RUN/home/.kube/config" admin "$@"
  mkdir -p "$RUN/charts"
  spawn chart-repo node "$ROOT/scripts/e2e/chart-repo.js" "$RUN/charts" "$CHART_REPO_PORT"
  echo "http://127.0.0.1:$CHART_REPO_PORT" >"$RUN/chart-repo-url"
  start_etcd
  for ctx in "$@"; do start_apiserver "$ctx" "$kube"; done
  for ctx in "$@"; do prepare_host "$ctx" "$layer/kubectl/kubectl"; done
  for ctx in "$@"; do start_controllers "$ctx" "$kube" "$kwok"; done
  # A component that exits at start would leave every deploy waiting on Helm until it times out.
  sleep 5
  local pid name
  while read -r pid name; do
    if ! alive "$pid"; then
      echo "e2e: $name exited at start:" >&2
      tail -5 "$RUN/logs/$name.log" >&2
      exit 1
    fi
  done <"$RUN/pids"
}
