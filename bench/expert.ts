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
import { stringify } from 'yaml';
import { metallbObjects, metallbValues } from '../src/charts/metallb-values';
import { DEFAULT_CHARTS, DEFAULT_RELEASE_TIMEOUT_SECONDS, METALLB_NAMESPACE, RELEASE_MAX_HISTORY } from '../src/model/defaults';
import {
  applyRuntimeOptions,
  assignment,
  builderArgs,
  CHART_DIR,
  CONTEXT,
  fleetMaps,
  hostsByName,
  KUBECONFIG,
  MANAGED_BY,
  OUTPUT_DESCRIPTION,
  OUTPUT_NAME,
  PRIVILEGED,
  TENANT_NAMESPACE,
  RunResult,
  rssMb,
  STACK_NAME,
} from './topology';

applyRuntimeOptions();
const { scale, outdir } = builderArgs('expert.ts');

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

const { namespacesByHost, releasesByHost, output } = fleetMaps(vcs, yaml);

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
    atomic: true,
    timeout: DEFAULT_RELEASE_TIMEOUT_SECONDS,
    maxHistory: RELEASE_MAX_HISTORY,
    values: [yaml(metallbValues())],
  });
  metallb.overrideLogicalId(`metallb_${alias}`);
  const config = new Release(scope, 'MetallbConfig', {
    provider: helm,
    name: 'metallb-config',
    chart: `./${chart.path}`,
    namespace: METALLB_NAMESPACE,
    wait: false,
    upgradeInstall: true,
    timeout: DEFAULT_RELEASE_TIMEOUT_SECONDS,
    maxHistory: RELEASE_MAX_HISTORY,
    values: [yaml({ objects: metallbObjects([host.pool], []) })],
    dependsOn: [metallb],
  });
  config.overrideLogicalId(`metallbconfig_${alias}`);
  const namespaces = new NamespaceV1(scope, 'VirtualClusterNamespaces', {
    provider: kubernetes,
    metadata: { name: '${each.key}', labels: { ...MANAGED_BY, 'cluster-groups/virtual-cluster': '${each.key}', 'cluster-groups/group': '${each.value.group}', ...TENANT_NAMESPACE } },
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
    wait: true,
    atomic: true,
    timeout: DEFAULT_RELEASE_TIMEOUT_SECONDS,
    maxHistory: RELEASE_MAX_HISTORY,
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
