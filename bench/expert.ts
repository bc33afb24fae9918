/**
 * The bench topology as a cdktf expert writes it by hand: the same construct tree, per host a
 * provider pair, MetalLB's namespace, release and configuration release, and one `for_each`
 * namespace and one `for_each` release keyed by virtual-cluster name, the maps passed as plain
 * overrides; one output map per group. Values come from the same pure builders as ours and are
 * serialized with the `yaml` library as a cdktf program would (sorted keys, no line folding).
 * Placement is written out (`assignment()`). Its cdk.tf.json is byte-identical to ours.
 *   node --import tsx bench/expert.ts --hosts 10 --vcs 100 --outdir /tmp/x
 * Prints one JSON line (RunResult). The clock covers construct + synth, not the imports.
 */
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, AssetType, LocalBackend, TerraformAsset, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { join } from 'path';
import { stringify } from 'yaml';
import { metallbObjects, metallbValues } from '../src/charts/metallb-values';
import { vclusterValues } from '../src/charts/vcluster-values';
import { DEFAULT_CHARTS, DEFAULT_VIRTUAL_CLUSTER_REQUEST, METALLB_NAMESPACE } from '../src/model/defaults';
import { applyRuntimeOptions, argValue, assignment, BENCH_GROUP, CONTEXT, GROUP_NAME, hostsByName, KUBECONFIG, OUTPUT_DESCRIPTION, OUTPUT_NAME, RunResult, rssMb, STACK_NAME } from './topology';

applyRuntimeOptions();
const args = process.argv.slice(2);
const scale = { hosts: Number(argValue(args, '--hosts')), vcs: Number(argValue(args, '--vcs')) };
const outdir = argValue(args, '--outdir');
if (!outdir || !(scale.hosts > 0) || !(scale.vcs > 0)) throw new Error('usage: expert.ts --hosts N --vcs N --outdir DIR');

const CHART_DIR = join(__dirname, '..', 'assets', 'metallb-config');
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' };
const PRIVILEGED = { 'pod-security.kubernetes.io/enforce': 'privileged', 'pod-security.kubernetes.io/audit': 'privileged', 'pod-security.kubernetes.io/warn': 'privileged' };

/** What an expert writes for Helm: sorted keys, no folding, and `${`/`%{` doubled so Terraform reads the text literally. */
function yaml(values: object): string {
  const text = stringify(values, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

const hosts = hostsByName(scale);
const vcs = assignment(scale);

const t0 = performance.now();
const app = new App({ outdir, context: { ...CONTEXT } });
const stack = new TerraformStack(app, STACK_NAME);
new LocalBackend(stack, { path: `terraform.${STACK_NAME}.tfstate` });
const group = new Construct(stack, 'LoadBalancerGroup');
const chart = new TerraformAsset(stack, 'metallb-config-chart', { path: CHART_DIR, type: AssetType.DIRECTORY });

const namespacesByHost = new Map<string, Record<string, string>>();
const releasesByHost = new Map<string, Record<string, { values: string }>>();
const output: Record<string, unknown> = {};
const resources = { ...DEFAULT_VIRTUAL_CLUSTER_REQUEST };
for (const vc of vcs) {
  const values = vclusterValues({ group: BENCH_GROUP, exposure: { kind: 'load-balancer', ip: vc.ip, metallb: true }, resources, paused: false }, {}, {});
  const namespaces = namespacesByHost.get(vc.host.name) ?? {};
  const releases = releasesByHost.get(vc.host.name) ?? {};
  namespaces[vc.name] = GROUP_NAME;
  releases[vc.name] = { values: yaml(values) };
  namespacesByHost.set(vc.host.name, namespaces);
  releasesByHost.set(vc.host.name, releases);
  output[vc.name] = { host: vc.host.name, endpoint: `https://${vc.ip}:443`, kubeconfig_secret: { name: `vc-${vc.name}`, namespace: vc.name } };
}

const vcluster = DEFAULT_CHARTS.vcluster;
const metallbChart = DEFAULT_CHARTS.metallb;
for (const host of hosts) {
  const alias = host.name;
  const scope = new Construct(group, host.name);
  const kubernetes = new KubernetesProvider(scope, 'Kubernetes', { alias, configPath: KUBECONFIG, configContext: host.name });
  const helm = new HelmProvider(scope, 'Helm', { alias, kubernetes: { configPath: KUBECONFIG, configContext: host.name } });
  const metallbNamespace = new NamespaceV1(scope, 'MetallbNamespace', { provider: kubernetes, metadata: { name: METALLB_NAMESPACE, labels: { ...MANAGED_BY, ...PRIVILEGED } } });
  metallbNamespace.overrideLogicalId(`metallb_${alias}`);
  const metallb = new Release(scope, 'Metallb', {
    provider: helm,
    name: metallbChart.chart,
    repository: metallbChart.repository,
    chart: metallbChart.chart,
    version: metallbChart.version,
    namespace: metallbNamespace.metadata.name,
    wait: true,
    values: [yaml(metallbValues())],
  });
  metallb.overrideLogicalId(`metallb_${alias}`);
  const config = new Release(scope, 'MetallbConfig', {
    provider: helm,
    name: 'metallb-config',
    chart: `./${chart.path}`,
    namespace: METALLB_NAMESPACE,
    wait: true,
    values: [yaml({ objects: metallbObjects([host.pool], []) })],
    dependsOn: [metallb],
  });
  config.overrideLogicalId(`metallbconfig_${alias}`);
  const namespaces = new NamespaceV1(scope, 'VirtualClusterNamespaces', {
    provider: kubernetes,
    metadata: { name: '${each.key}', labels: { ...MANAGED_BY, 'cluster-groups/virtual-cluster': '${each.key}', 'cluster-groups/group': '${each.value}' } },
  });
  namespaces.addOverride('for_each', namespacesByHost.get(host.name) ?? {});
  namespaces.overrideLogicalId(`vcluster_${alias}`);
  const releases = new Release(scope, 'VirtualClusters', {
    provider: helm,
    name: '${each.key}',
    namespace: '${each.key}',
    repository: vcluster.repository,
    chart: vcluster.chart,
    version: vcluster.version,
    values: ['${each.value.values}'],
    dependsOn: [namespaces, config],
  });
  releases.addOverride('for_each', releasesByHost.get(host.name) ?? {});
  releases.overrideLogicalId(`vcluster_${alias}`);
}
const groupOutput = new TerraformOutput(group, 'VirtualClusters', { description: OUTPUT_DESCRIPTION, value: output });
groupOutput.overrideLogicalId(OUTPUT_NAME);
const t1 = performance.now();
app.synth();
const t2 = performance.now();

const result: RunResult = { ms: t2 - t0, rss_mb: rssMb(), construct_ms: t1 - t0, synth_ms: t2 - t1 };
process.stdout.write(`${JSON.stringify(result)}\n`);
