import { ComposedStack } from '../examples/composed-stack';
import { EdgeStack } from '../examples/edge-stack';
import { FleetStack } from '../examples/fleet-stack';
import { synthStacks, testApp } from './support/synth';

describe('the examples', () => {
  const app = testApp();
  new FleetStack(app, 'fleet');
  new EdgeStack(app, 'edge');
  new ComposedStack(app, 'composed');
  const stacks = synthStacks(app);

  it('synthesize a LoadBalancer group of three MetalLB hosts and an Ingress group of two hosts served through Envoy Gateway', () => {
    const fleet = stacks.fleet;
    expect(fleet.provider.kubernetes.map((p: { alias: string }) => p.alias)).toEqual(['dc1', 'dc2', 'dc3', 'eu1', 'us1']);
    expect(fleet.provider.helm.map((p: { alias: string }) => p.alias)).toEqual(['dc1', 'dc2', 'dc3', 'eu1', 'us1']);
    expect(Object.keys(fleet.resource.helm_release).filter((k) => k.startsWith('metallbconfig_'))).toHaveLength(3);
    expect(Object.keys(fleet.resource.helm_release).filter((k) => k.startsWith('gatewayconfig_'))).toHaveLength(2);
    expect(Object.keys(fleet.resource.helm_release).filter((k) => k.startsWith('ingress_nginx_'))).toEqual([]);
    expect(fleet.resource.helm_release.gateway_eu1.chart).toBe('gateway-helm');
  });

  it('synthesize an edge group announcing over BGP through an exec plugin connection', () => {
    const edge = stacks.edge;
    expect(edge.provider.kubernetes[0]).toMatchObject({
      alias: 'store_42_rack',
      host: 'https://192.168.42.10:6443',
      exec: [{ api_version: 'client.authentication.k8s.io/v1beta1', command: 'edge-login', args: ['--site', 'store-42'] }],
    });
    const config = edge.resource.helm_release.metallbconfig_store_42_rack.values[0];
    expect(config).toContain('kind: BGPPeer');
    expect(config).toContain('kind: BGPAdvertisement');
    expect(config).not.toContain('L2Advertisement');
  });

  it("compose into a larger stack with the user's own providers and sensitive variables", () => {
    const composed = stacks.composed;
    expect(composed.provider.kubernetes.map((p: { alias: string }) => p.alias)).toEqual(['prod', 'dr']);
    expect(composed.resource.helm_release.vcluster_prod_main.provider).toBe('helm.prod');
    expect(composed.provider.kubernetes[1]).toMatchObject({ alias: 'dr', token: '${var.dr_token}', cluster_ca_certificate: '${var.dr_ca}' });
    expect(composed.variable.dr_token.sensitive).toBe(true);
    expect(composed.resource.helm_release.ingress_nginx_prod_main).toBeUndefined();
    expect(composed.resource.helm_release.vcluster_prod_main.for_each.payments.values).toContain('ingressClassName: nginx-passthrough');
    expect(composed.output.payments_owner).toBeDefined();
  });
});
