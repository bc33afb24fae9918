import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformStack, Testing, Tokenization } from 'cdktf';
import { LightNamespace, LightRelease } from '../constructs/light-resources';

const resolve = (stack: TerraformStack, value: unknown): unknown => Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });

/** An element's JSON and HCL fragments, resolved, without the construct path (the two live at different paths). */
function fragments(stack: TerraformStack, element: TerraformElement): unknown {
  const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(resolve(stack, value), (key, item) => (key === '//' ? undefined : item)));
  return { json: strip(element.toTerraform()), hcl: strip(element.toHclTerraform()) };
}

describe('helm_release and kubernetes_namespace_v1 without the bindings', () => {
  const stack = new TerraformStack(Testing.app(), 's');
  const helm = new HelmProvider(stack, 'helm', { alias: 'a' });
  const kubernetes = new KubernetesProvider(stack, 'kubernetes', { alias: 'a' });
  const dependency = { fqn: 'helm_release.other' };

  it.each([
    {
      name: 'metallb',
      chart: 'metallb',
      repository: 'https://metallb.github.io/metallb',
      version: '0.16.1',
      namespace: 'metallb-system',
      wait: true,
      atomic: true,
      timeout: 600,
      maxHistory: 5,
      values: ['crds:\n  enabled: true\n'],
    },
    {
      name: 'metallb-config',
      chart: './assets/chart',
      namespace: '${kubernetes_namespace_v1.x.metadata[0].name}',
      wait: false,
      upgradeInstall: true,
      timeout: 120,
      maxHistory: 5,
      values: ['a: 1\n'],
      dependsOn: [dependency],
    },
    {
      name: 'gateway-api-crds',
      chart: './assets/crds',
      namespace: 'envoy-gateway-system',
      wait: false,
      upgradeInstall: true,
      timeout: 600,
      maxHistory: 5,
      values: ['b: 2\n'],
      dependencyUpdate: true,
      lifecycle: { preventDestroy: true },
    },
    {
      name: '${each.key}',
      chart: 'vcluster',
      repository: 'https://charts.loft.sh',
      version: '0.36.1',
      namespace: '${each.key}',
      values: ['${each.value.values}'],
      dependsOn: [dependency, dependency],
    },
  ])('writes a release as the binding does: $name', (config) => {
    const ours = new LightRelease(stack, `light-${config.name}`, { provider: helm, ...config, dependsOn: config.dependsOn?.map((dependable) => dependable.fqn) });
    const binding = new Release(stack, `binding-${config.name}`, { provider: helm, ...config });
    for (const resource of [ours, binding]) resource.overrideLogicalId(`r_${config.chart.length}_${config.values.length}`);
    expect(fragments(stack, ours)).toEqual(fragments(stack, binding));
  });

  it.each<{ name: string; labels: Record<string, string> }>([
    { name: 'metallb-system', labels: { 'app.kubernetes.io/managed-by': 'x', 'pod-security.kubernetes.io/enforce': 'privileged' } },
    { name: '${each.key}', labels: { 'cluster-groups/group': '${each.value}' } },
  ])('writes a namespace as the binding does: $name', (config) => {
    const ours = new LightNamespace(stack, `light-ns-${config.name}`, { provider: kubernetes, ...config });
    const binding = new NamespaceV1(stack, `binding-ns-${config.name}`, { provider: kubernetes, metadata: config });
    for (const resource of [ours, binding]) resource.overrideLogicalId('ns');
    expect(fragments(stack, ours)).toEqual(fragments(stack, binding));
    expect(resolve(stack, ours.nameReference)).toBe(resolve(stack, binding.metadata.name));
  });
});
