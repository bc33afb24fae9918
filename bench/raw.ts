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
import { metallbObjects, metallbValues } from '../src/charts/metallb-values';
import { toYaml } from '../src/charts/serialize';
import { vclusterValues } from '../src/charts/vcluster-values';
import { DEFAULT_CHARTS, DEFAULT_VIRTUAL_CLUSTER_REQUEST, METALLB_NAMESPACE } from '../src/model/defaults';
import {
  applyRuntimeOptions,
  assignment,
  BENCH_GROUP,
  builderArgs,
  CHART_DIR,
  CONTEXT,
  GROUP_NAME,
  hostsOf,
  KUBECONFIG,
  MANAGED_BY,
  OUTPUT_DESCRIPTION,
  OUTPUT_NAME,
  PRIVILEGED,
  RunResult,
  rssMb,
  STACK_NAME,
} from './topology';

applyRuntimeOptions();
const { scale, outdir } = builderArgs('raw.ts');

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
const resources = { ...DEFAULT_VIRTUAL_CLUSTER_REQUEST };
const vcluster = DEFAULT_CHARTS.vcluster;
for (const vc of vcs) {
  const own = byHost.get(vc.host.name) as PerHost;
  const ns = new NamespaceV1(stack, `namespace-${vc.name}`, {
    provider: own.kubernetes,
    metadata: { name: vc.name, labels: { ...MANAGED_BY, 'cluster-groups/virtual-cluster': vc.name, 'cluster-groups/group': GROUP_NAME } },
  });
  const values = vclusterValues({ group: BENCH_GROUP, exposure: { kind: 'load-balancer', ip: vc.ip, metallb: true }, resources, paused: false }, {}, {});
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
new TerraformOutput(stack, OUTPUT_NAME, { description: OUTPUT_DESCRIPTION, value: output });
const t1 = performance.now();
app.synth();
const t2 = performance.now();

const result: RunResult = { ms: t2 - t0, rss_mb: rssMb(), construct_ms: t1 - t0, synth_ms: t2 - t1 };
process.stdout.write(`${JSON.stringify(result)}\n`);
