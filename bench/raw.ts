/**
 * The bench topology written by hand with plain cdktf: per host a provider pair, the MetalLB
 * namespace, release and configuration release; per virtual cluster one namespace and one
 * release; one output per group. Values come from the same pure builders as ours, so the
 * YAML is identical. Placement is written out (round robin, addresses from the pool start).
 *   node --import tsx bench/raw.ts --hosts 10 --vcs 100 --outdir /tmp/x
 * Prints one JSON line (RunResult). The clock covers construct + synth, not the imports.
 */
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, AssetType, LocalBackend, TerraformAsset, TerraformOutput, TerraformStack } from 'cdktf';
import { join } from 'path';
import { Group, resolveGroup, resolveVirtualCluster } from '../src/model/fleet';
import { metallbObjects, metallbValues } from '../src/charts/metallb-values';
import { toYaml } from '../src/charts/serialize';
import { vclusterValues } from '../src/charts/vcluster-values';
import { DEFAULT_CHARTS, METALLB_NAMESPACE } from '../src/model/defaults';
import { applyRuntimeOptions, argValue, assignment, CONTEXT, GROUP_NAME, hostsOf, KUBECONFIG, RunResult, rssMb, STACK_NAME } from './topology';

applyRuntimeOptions();
const args = process.argv.slice(2);
const scale = { hosts: Number(argValue(args, '--hosts')), vcs: Number(argValue(args, '--vcs')) };
const outdir = argValue(args, '--outdir');
if (!outdir || !(scale.hosts > 0) || !(scale.vcs > 0)) throw new Error('usage: raw.ts --hosts N --vcs N --outdir DIR');

const CHART_DIR = join(__dirname, '..', 'assets', 'metallb-config');
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' };
const PRIVILEGED = { 'pod-security.kubernetes.io/enforce': 'privileged', 'pod-security.kubernetes.io/audit': 'privileged', 'pod-security.kubernetes.io/warn': 'privileged' };
const DESCRIPTION = `Virtual clusters of group ${GROUP_NAME}: host, endpoint and where the kubeconfig secret is (never the secret itself).`;
/** What ownValues reads of a group: the distribution, disk backup and the vcluster chart version. */
const GROUP: Group = {
  ...resolveGroup({ path: GROUP_NAME, name: GROUP_NAME, endpointType: 'LoadBalancer', oversubscriptionPercent: undefined, distribution: undefined }),
  hosts: [],
  virtualClusters: [],
};
/** A virtual cluster of the default request: what every one of the benchmark requests. */
const DEFAULT_VC = resolveVirtualCluster({ path: 'default', name: 'default', group: GROUP_NAME });

const hosts = hostsOf(scale);
const vcs = assignment(scale);

const t0 = performance.now();
const app = new App({ outdir, context: { ...CONTEXT } });
const stack = new TerraformStack(app, STACK_NAME);
new LocalBackend(stack, { path: `terraform.${STACK_NAME}.tfstate` });
const chart = new TerraformAsset(stack, 'metallb-config-chart', { path: CHART_DIR, type: AssetType.DIRECTORY });

interface PerHost {
  readonly kubernetes: KubernetesProvider;
  readonly helm: HelmProvider;
  readonly metallbConfig: Release;
}
const byHost = new Map<string, PerHost>();
for (const host of hosts) {
  const alias = host.name;
  const kubernetes = new KubernetesProvider(stack, `kubernetes-${alias}`, { alias, configPath: KUBECONFIG, configContext: host.name });
  const helm = new HelmProvider(stack, `helm-${alias}`, { alias, kubernetes: { configPath: KUBECONFIG, configContext: host.name } });
  const ns = new NamespaceV1(stack, `metallb-namespace-${alias}`, { provider: kubernetes, metadata: { name: METALLB_NAMESPACE, labels: { ...MANAGED_BY, ...PRIVILEGED } } });
  const metallb = new Release(stack, `metallb-${alias}`, {
    provider: helm,
    name: DEFAULT_CHARTS.metallb.chart,
    repository: DEFAULT_CHARTS.metallb.repository,
    chart: DEFAULT_CHARTS.metallb.chart,
    version: DEFAULT_CHARTS.metallb.version,
    namespace: ns.metadata.name,
    wait: true,
    values: [toYaml(metallbValues())],
  });
  const metallbConfig = new Release(stack, `metallb-config-${alias}`, {
    provider: helm,
    name: 'metallb-config',
    chart: `./${chart.path}`,
    namespace: METALLB_NAMESPACE,
    wait: true,
    values: [toYaml({ objects: metallbObjects([host.pool], []) })],
    dependsOn: [metallb],
  });
  byHost.set(host.name, { kubernetes, helm, metallbConfig });
}

const output: Record<string, unknown> = {};
const vcluster = DEFAULT_CHARTS.vcluster;
for (const vc of vcs) {
  const own = byHost.get(vc.host.name) as PerHost;
  const ns = new NamespaceV1(stack, `namespace-${vc.name}`, {
    provider: own.kubernetes,
    metadata: { name: vc.name, labels: { ...MANAGED_BY, 'cluster-groups/virtual-cluster': vc.name, 'cluster-groups/group': GROUP_NAME } },
  });
  const values = vclusterValues({ group: GROUP, vc: DEFAULT_VC, exposure: { kind: 'load-balancer', ip: vc.ip, metallb: true } }, {}, {});
  new Release(stack, `vcluster-${vc.name}`, {
    provider: own.helm,
    name: vc.name,
    namespace: vc.name,
    repository: vcluster.repository,
    chart: vcluster.chart,
    version: vcluster.version,
    values: [toYaml(values)],
    dependsOn: [ns, own.metallbConfig],
  });
  output[vc.name] = { host: vc.host.name, endpoint: `https://${vc.ip}:443`, kubeconfig_secret: { name: `vc-${vc.name}`, namespace: vc.name } };
}
new TerraformOutput(stack, `cluster_group_${GROUP_NAME.replace(/-/g, '_')}`, { description: DESCRIPTION, value: output });
const t1 = performance.now();
app.synth();
const t2 = performance.now();

const result: RunResult = { ms: t2 - t0, rss_mb: rssMb(), construct_ms: t1 - t0, synth_ms: t2 - t1 };
process.stdout.write(`${JSON.stringify(result)}\n`);
