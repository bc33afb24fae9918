import { TerraformJson } from '../support/synth';
import { environment, expectSuccess, kubectlJson } from './support/environment';
import { emittedReleases, expectDeployedAsEmitted, settlesAndDestroys } from './support/deployed';
import { GATEWAY_HOST, gatewayStack } from './support/stacks';
import { Workspace } from './support/workspace';

// An Ingress group behind a Gateway we install, on an API server that holds the Gateway API
// CRDs: the Gateway and each virtual cluster's TLSRoute are admitted by the CRDs' own schemas.
const env = environment();
const workspace = Workspace.create(env, 'gateway', 'gateway');
const DOMAIN = `apps.${GATEWAY_HOST}.example.com`;

interface Gateway {
  metadata: { name: string; namespace: string };
  spec: { gatewayClassName: string; listeners: Array<{ name: string; protocol: string; port: number; hostname: string; tls: { mode: string }; allowedRoutes: { namespaces: { from: string } } }> };
}

let synthesized: TerraformJson;

beforeAll(async () => {
  synthesized = await workspace.synth(gatewayStack);
  await workspace.init();
});

afterAll(async () => {
  await workspace.destroy();
});

test('the first apply installs the controller, our Gateway, and the virtual clusters behind it, as emitted', async () => {
  expectSuccess(await workspace.apply(), 'terraform apply');
  const releases = emittedReleases(synthesized, workspace.stackDir, { [GATEWAY_HOST]: GATEWAY_HOST });
  expect(releases.map((r) => r.name).sort()).toEqual(['data', 'gateway-config', 'nginx-gateway-fabric', 'web'].sort());
  await expectDeployedAsEmitted(env, releases);
});

test('the API server admits our Gateway: one TLS listener on 443, Passthrough, for the wildcard, routes from selected namespaces only', async () => {
  const gateways = (await kubectlJson<{ items: Gateway[] }>(env, GATEWAY_HOST, ['get', 'gateways.gateway.networking.k8s.io', '--all-namespaces'])).items;
  expect(gateways).toHaveLength(1);
  const [listener] = gateways[0].spec.listeners;
  expect(gateways[0].spec.listeners).toHaveLength(1);
  expect(listener).toMatchObject({ protocol: 'TLS', port: 443, hostname: `*.${DOMAIN}`, tls: { mode: 'Passthrough' }, allowedRoutes: { namespaces: { from: 'Selector' } } });
});

test("each virtual cluster's TLSRoute (gateway.networking.k8s.io/v1) is admitted, for its hostname, attached to that listener", async () => {
  const [gateway] = (await kubectlJson<{ items: Gateway[] }>(env, GATEWAY_HOST, ['get', 'gateways.gateway.networking.k8s.io', '--all-namespaces'])).items;
  for (const name of ['web', 'data']) {
    const routes = await kubectlJson<{ items: Array<{ apiVersion: string; spec: { hostnames: string[]; parentRefs: Array<{ name: string; namespace: string; sectionName: string }> } }> }>(
      env,
      GATEWAY_HOST,
      ['get', 'tlsroutes.gateway.networking.k8s.io', '--namespace', name],
    );
    expect(routes.items.map((route) => ({ apiVersion: route.apiVersion, hostnames: route.spec.hostnames, parentRefs: route.spec.parentRefs }))).toEqual([
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        hostnames: [`${name}.${DOMAIN}`],
        parentRefs: [expect.objectContaining({ name: gateway.metadata.name, namespace: gateway.metadata.namespace, sectionName: gateway.spec.listeners[0].name })],
      },
    ]);
  }
});

settlesAndDestroys(workspace, [GATEWAY_HOST]);
