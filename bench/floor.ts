/**
 * The floor: the same cdk.tf.json as ours and the expert's, written directly, without cdktf:
 * one object built with its keys in the order cdktf's stable writer sorts them, the values
 * from the same builders serialized by our direct emitter, one `JSON.stringify`, one file
 * write, and the MetalLB configuration chart copied as cdktf copies an asset. What is left
 * is the work itself: building the values, serializing them, writing the bytes.
 *   node --import tsx bench/floor.ts --hosts 10 --vcs 100 --outdir /tmp/x
 * Prints one JSON line (RunResult). The clock covers building and writing, not the imports.
 */
import { createHash } from 'crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { metallbObjects, metallbValues } from '../src/charts/metallb-values';
import { toYaml } from '../src/charts/serialize';
import { DEFAULT_CHARTS, DEFAULT_RELEASE_TIMEOUT_SECONDS, METALLB_NAMESPACE, RELEASE_MAX_HISTORY } from '../src/model/defaults';
import { literal } from '../src/emit/terraform-text';
import { assignment, builderArgs, CHART_DIR, fleetMaps, hostsByName, KUBECONFIG, MANAGED_BY, OUTPUT_DESCRIPTION, OUTPUT_NAME, RunResult, rssMb, STACK_NAME, TENANT_NAMESPACE } from './topology';

const { scale, outdir } = builderArgs('floor.ts');

/** What cdktf 0.21.0 and the provider bindings write into every stack. */
const CDKTF_VERSION = '0.21.0';
const REQUIRED_PROVIDERS = { helm: { source: 'helm', version: '3.1.1' }, kubernetes: { source: 'kubernetes', version: '2.38.0' } };

/** cdktf's asset hash: MD5 over the files' bytes in directory-listing order, 32 hex digits, upper case. */
function assetHash(dir: string): string {
  const hash = createHash('md5');
  const visit = (path: string): void => {
    if (statSync(path).isFile()) hash.update(readFileSync(path));
    else for (const name of readdirSync(path)) visit(resolve(path, name));
  };
  visit(dir);
  return hash.digest('hex').slice(0, 32).toUpperCase();
}

const meta = (path: string, uniqueId: string) => ({ metadata: { path: `${STACK_NAME}/LoadBalancerGroup/${path}`, uniqueId } });

const hosts = hostsByName(scale);
const vcs = assignment(scale);

const t0 = performance.now();
const chartPath = `assets/metallb-config-chart/${assetHash(CHART_DIR)}`;
const { namespacesByHost, releasesByHost, output: outputValue } = fleetMaps(vcs, (values) => literal(toYaml(values)));

const metallbReleases: Record<string, unknown> = {};
const configReleases: Record<string, unknown> = {};
const vclusterReleases: Record<string, unknown> = {};
const metallbNamespaces: Record<string, unknown> = {};
const vclusterNamespaces: Record<string, unknown> = {};
const helmProviders: unknown[] = [];
const kubernetesProviders: unknown[] = [];
const { metallb, vcluster } = DEFAULT_CHARTS;
const metallbYaml = literal(toYaml(metallbValues()));
for (const host of hosts) {
  const alias = host.name;
  helmProviders.push({ alias, kubernetes: { config_context: host.name, config_path: KUBECONFIG } });
  kubernetesProviders.push({ alias, config_context: host.name, config_path: KUBECONFIG });
  metallbReleases[`metallb_${alias}`] = {
    '//': meta(`${host.name}/Metallb`, `metallb_${alias}`),
    atomic: true,
    chart: metallb.chart,
    max_history: RELEASE_MAX_HISTORY,
    name: metallb.chart,
    namespace: `\${kubernetes_namespace_v1.metallb_${alias}.metadata[0].name}`,
    provider: `helm.${alias}`,
    repository: metallb.repository,
    timeout: DEFAULT_RELEASE_TIMEOUT_SECONDS,
    values: [metallbYaml],
    version: metallb.version,
    wait: true,
  };
  configReleases[`metallbconfig_${alias}`] = {
    '//': meta(`${host.name}/MetallbConfig`, `metallbconfig_${alias}`),
    chart: `./${chartPath}`,
    depends_on: [`helm_release.metallb_${alias}`],
    max_history: RELEASE_MAX_HISTORY,
    name: 'metallb-config',
    namespace: METALLB_NAMESPACE,
    provider: `helm.${alias}`,
    timeout: DEFAULT_RELEASE_TIMEOUT_SECONDS,
    upgrade_install: true,
    values: [literal(toYaml({ objects: metallbObjects([host.pool], []) }))],
    wait: false,
  };
  vclusterReleases[`vcluster_${alias}`] = {
    '//': meta(`${host.name}/VirtualClusters`, `vcluster_${alias}`),
    atomic: true,
    chart: vcluster.chart,
    depends_on: [`kubernetes_namespace_v1.vcluster_${alias}`, `helm_release.metallbconfig_${alias}`],
    for_each: releasesByHost.get(host.name) ?? {},
    max_history: RELEASE_MAX_HISTORY,
    name: '${each.key}',
    namespace: '${each.key}',
    provider: `helm.${alias}`,
    repository: vcluster.repository,
    timeout: DEFAULT_RELEASE_TIMEOUT_SECONDS,
    values: ['${each.value.values}'],
    version: vcluster.version,
    wait: true,
  };
  metallbNamespaces[`metallb_${alias}`] = {
    '//': meta(`${host.name}/MetallbNamespace`, `metallb_${alias}`),
    metadata: {
      labels: {
        ...MANAGED_BY,
        'pod-security.kubernetes.io/audit': 'privileged',
        'pod-security.kubernetes.io/enforce': 'privileged',
        'pod-security.kubernetes.io/warn': 'privileged',
      },
      name: METALLB_NAMESPACE,
    },
    provider: `kubernetes.${alias}`,
  };
  vclusterNamespaces[`vcluster_${alias}`] = {
    '//': meta(`${host.name}/VirtualClusterNamespaces`, `vcluster_${alias}`),
    for_each: namespacesByHost.get(host.name) ?? {},
    metadata: {
      labels: { ...MANAGED_BY, 'cluster-groups/group': '${each.value.group}', 'cluster-groups/virtual-cluster': '${each.key}', ...TENANT_NAMESPACE },
      name: '${each.key}',
    },
    provider: `kubernetes.${alias}`,
  };
}

const overrides = hosts.map(() => 'for_each');
const document = {
  '//': {
    metadata: { backend: 'local', overrides: { helm_release: overrides, kubernetes_namespace_v1: overrides }, stackName: STACK_NAME, version: CDKTF_VERSION },
    outputs: { [STACK_NAME]: { LoadBalancerGroup: { VirtualClusters: OUTPUT_NAME } } },
  },
  output: { [OUTPUT_NAME]: { description: OUTPUT_DESCRIPTION, value: outputValue } },
  provider: { helm: helmProviders, kubernetes: kubernetesProviders },
  resource: {
    helm_release: { ...metallbReleases, ...configReleases, ...vclusterReleases },
    kubernetes_namespace_v1: { ...metallbNamespaces, ...vclusterNamespaces },
  },
  terraform: { backend: { local: { path: `terraform.${STACK_NAME}.tfstate` } }, required_providers: REQUIRED_PROVIDERS },
};
const stackDir = join(outdir, 'stacks', STACK_NAME);
mkdirSync(stackDir, { recursive: true });
cpSync(CHART_DIR, join(stackDir, chartPath), { recursive: true });
writeFileSync(join(stackDir, 'cdk.tf.json'), JSON.stringify(document, null, 2));
const t1 = performance.now();

const result: RunResult = { ms: t1 - t0, rss_mb: rssMb(), construct_ms: t1 - t0, synth_ms: 0 };
process.stdout.write(`${JSON.stringify(result)}\n`);
