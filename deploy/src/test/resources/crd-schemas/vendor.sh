#!/usr/bin/env bash
# Re-vendors the CRD schemas of this directory (see README.md): downloads each operator's CRD
# files at the given tag and keeps only their openAPIV3Schema, without descriptions.
# With MIRROR=<dir> it reads <dir>/<owner>+<name>/repo (a bare git clone) instead of downloading.
set -euo pipefail
cd "$(dirname "$0")"

crds() { # <out dir> <owner/name> <tag> <path>...
  local out=$1 repo=$2 tag=$3 tmp
  shift 3
  tmp=$(mktemp -d)
  for path in "$@"; do
    if [[ -n ${MIRROR:-} ]]; then
      git --git-dir="$MIRROR/${repo/\//+}/repo" show "$tag:$path" >"$tmp/$(basename "$path")"
    else
      curl -fsSL "https://raw.githubusercontent.com/$repo/$tag/$path" -o "$tmp/$(basename "$path")"
    fi
  done
  mkdir -p "$out"
  python3 extract.py "$out" "$tmp"/*.yaml
  rm -rf "$tmp"
}

# The releases deploy/README.md's prerequisites name (both ends of a range; README.md here says
# where they differ).
STRIMZI=(0.48.0 0.51.0)
CNPG=(1.28.0)
BARMAN_CLOUD=(0.14.0)
PROMETHEUS_OPERATOR=(0.80.0 0.93.0)
KEDA=(2.17.0 2.20.2)

rm -rf strimzi-* cloudnative-pg-* plugin-barman-cloud-* prometheus-operator-* keda-*

for v in "${STRIMZI[@]}"; do
  crds "strimzi-$v" strimzi/strimzi-kafka-operator "$v" \
    packaging/install/cluster-operator/040-Crd-kafka.yaml \
    packaging/install/cluster-operator/043-Crd-kafkatopic.yaml \
    packaging/install/cluster-operator/044-Crd-kafkauser.yaml \
    packaging/install/cluster-operator/045-Crd-kafkanodepool.yaml
done
for v in "${CNPG[@]}"; do
  crds "cloudnative-pg-$v" cloudnative-pg/cloudnative-pg "v$v" \
    config/crd/bases/postgresql.cnpg.io_{clusters,databases,scheduledbackups,backups,poolers}.yaml
done
for v in "${BARMAN_CLOUD[@]}"; do
  crds "plugin-barman-cloud-$v" cloudnative-pg/plugin-barman-cloud "v$v" \
    config/crd/bases/barmancloud.cnpg.io_objectstores.yaml
done
for v in "${PROMETHEUS_OPERATOR[@]}"; do
  crds "prometheus-operator-$v" prometheus-operator/prometheus-operator "v$v" \
    example/prometheus-operator-crd/monitoring.coreos.com_{podmonitors,servicemonitors,prometheusrules}.yaml
done
for v in "${KEDA[@]}"; do
  crds "keda-$v" kedacore/keda "v$v" \
    config/crd/bases/keda.sh_{scaledobjects,triggerauthentications}.yaml
done
