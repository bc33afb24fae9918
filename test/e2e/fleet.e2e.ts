import { GatewayApiCrds, GatewayImplementation, HostEndpoint } from '../../constructs';
import { FleetStack } from '../../examples/fleet-stack';
import { TerraformJson } from '../support/synth';
import { emittedReleases, expectDeployedAsEmitted, settlesAndDestroys } from './support/deployed';
import { environment, expectSuccess, helmReleases, kubectlJson, Result } from './support/environment';
import { Workspace } from './support/workspace';

// The default example as `cdktf deploy` would deploy it on five brand-new clusters. Its Ingress
// group is served through a Gateway, as in the example, but of NGINX Gateway Fabric on hosts that
// have the Gateway API CRDs: Envoy Gateway, the example's, takes its CRDs from a chart that
// ../shared/charts does not hold (see CONTRIBUTING.md).
const env = environment();
const workspace = Workspace.create(env, 'fleet', 'fleet');
const LB_HOSTS = ['dc1', 'dc2', 'dc3'];
const INGRESS_HOSTS = ['eu1', 'us1'];

let synthesized: TerraformJson;
let firstApply: Result;

beforeAll(async () => {
  const ingressEndpoint = HostEndpoint.gateway({ implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC, gatewayApiCrds: GatewayApiCrds.PRESENT, gatewayApiBundle: 'v1.6.1' });
  synthesized = await workspace.synth((app) => new FleetStack(app, 'fleet', { ingressEndpoint }));
  await workspace.init();
  firstApply = await workspace.apply();
});

afterAll(async () => {
  // Leave the shared API servers as they were for the next file, whatever failed above.
  await workspace.destroy();
});

async function release(host: string, name: string): Promise<{ status: string; chart: string } | undefined> {
  return (await helmReleases(env, host)).find((r) => r.name === name);
}

test('the first apply succeeds: every namespace and release is created as emitted, and admitted by the API servers', async () => {
  expectSuccess(firstApply, 'the first terraform apply');
  await expectDeployedAsEmitted(env, emittedReleases(synthesized, workspace.stackDir, Object.fromEntries([...LB_HOSTS, ...INGRESS_HOSTS].map((host) => [host, host]))));
  const namespaces = synthesized.resource.kubernetes_namespace_v1;
  for (const host of [...LB_HOSTS, ...INGRESS_HOSTS]) {
    // Each instance's labels as emitted, with `${each.value…}` read from its for_each entry.
    for (const [name, { group, enforce }] of Object.entries<{ group: string; enforce: string }>(namespaces[`vcluster_${host}`].for_each)) {
      const namespace = (await kubectlJson<{ metadata: { labels: Record<string, string> } }>(env, host, ['get', 'namespace', name])).metadata;
      expect(namespace.labels).toMatchObject({
        'app.kubernetes.io/managed-by': 'cdktf-cluster-groups',
        'cluster-groups/group': group,
        'cluster-groups/virtual-cluster': name,
        'pod-security.kubernetes.io/enforce': enforce,
      });
    }
  }
  for (const host of LB_HOSTS) {
    const emitted = namespaces[`metallb_${host}`].metadata;
    const namespace = (await kubectlJson<{ metadata: { labels: Record<string, string> } }>(env, host, ['get', 'namespace', emitted.name])).metadata;
    expect(namespace.labels).toMatchObject(emitted.labels);
    expect(await release(host, 'metallb')).toMatchObject({ status: 'deployed', chart: 'metallb-0.16.1' });
  }
  for (const host of INGRESS_HOSTS) {
    const emitted = namespaces[`gateway_${host}`].metadata;
    const namespace = (await kubectlJson<{ metadata: { labels: Record<string, string> } }>(env, host, ['get', 'namespace', emitted.name])).metadata;
    expect(namespace.labels).toMatchObject(emitted.labels);
    expect(await release(host, 'nginx-gateway-fabric')).toMatchObject({ status: 'deployed', chart: 'nginx-gateway-fabric-2.6.7' });
    expect(await release(host, 'gateway-config')).toMatchObject({ status: 'deployed' });
  }
});

// Issue 11 (MetalLB's webhook race): MetalLB's validating webhook has no pod to answer it here, as
// on a brand-new cluster whose webhook is not serving yet, and the configuration release must
// still install: its failurePolicy is Ignore.
test("issue 11: the MetalLB configuration and the virtual clusters behind it install while MetalLB's webhook cannot answer", async () => {
  expect(firstApply.stderr).not.toMatch(/metallb/i);
  for (const host of LB_HOSTS) {
    expect(await release(host, 'metallb-config')).toMatchObject({ status: 'deployed' });
    for (const name of Object.keys(synthesized.resource.helm_release[`vcluster_${host}`].for_each)) expect(await release(host, name)).toMatchObject({ status: 'deployed' });
  }
});

settlesAndDestroys(workspace, [...LB_HOSTS, ...INGRESS_HOSTS]);
