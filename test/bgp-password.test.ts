import { TerraformStack, TerraformVariable } from 'cdktf';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { EdgeStack } from '../examples/edge-stack';
import { BgpPeerSpec } from '../src/model/types';
import { describeWithCharts } from './support/charts';
import { group, host, rulesOf, run, vc } from './support/model';
import { only, renderStacks } from './support/render';
import { synthStacks, testApp } from './support/synth';

const peer = (extra: Partial<BgpPeerSpec>): BgpPeerSpec => ({ name: 'tor', myAsn: 64512, peerAsn: 64513, peerAddress: '10.0.0.1', ...extra });
const withPeer = (extra: Partial<BgpPeerSpec>) =>
  run({ groups: [group()], hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/28'], bgpPeers: [peer(extra)] } })], virtualClusters: [vc('one')] });

describe('HC-6: BGP passwords', () => {
  it('accepts a sensitive variable, or a secret of yours', () => {
    expect(rulesOf(withPeer({ password: { kind: 'variable', name: 'p', sensitive: true } })).errors).toEqual([]);
    expect(rulesOf(withPeer({ passwordSecret: 'tor-bgp' })).errors).toEqual([]);
  });

  it.each([
    ['a literal', { password: { kind: 'literal' } }, 'a literal password in code'],
    ['an insensitive variable', { password: { kind: 'variable', name: 'p', sensitive: false } }, 'variable "p" for the password, not marked sensitive'],
    ['both', { password: { kind: 'variable', name: 'p', sensitive: true }, passwordSecret: 'tor-bgp' }, 'both password and passwordSecret "tor-bgp"'],
  ] as const)('refuses %s', (_, extra, received) => {
    const errors = withPeer(extra as Partial<BgpPeerSpec>).errors;
    expect(errors.map((f) => [f.rule, f.received])).toEqual([['HC-6', `BGP peer "tor": ${received}`]]);
  });

  it('never writes a literal password, even with validations skipped', () => {
    const app = testApp({}, true);
    const stack = new TerraformStack(app, 's');
    const lb = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
    const literal = 'bgp-s3cr3t-literal' as unknown as TerraformVariable;
    lb.addHost('h', {
      name: 'h',
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('~/.kube/config', 'h'),
      endpoint: HostEndpoint.metallb({ addressPools: ['10.9.0.0/28'], bgpPeers: [{ name: 'tor', myAsn: 1, peerAsn: 2, peerAddress: '10.0.0.1', password: literal }] }),
    });
    // A stack with errors fails the synth (and emits nothing deployable); nothing written holds the literal.
    expect(() => app.synth()).toThrow(/HC-6/);
    const all = (dir: string): string =>
      readdirSync(dir)
        .map((f) => (statSync(join(dir, f)).isDirectory() ? all(join(dir, f)) : readFileSync(join(dir, f), 'utf8')))
        .join('\n');
    expect(existsSync(app.outdir) ? all(app.outdir) : '').not.toContain('bgp-s3cr3t-literal');
  });
});

describe('the secret MetalLB reads for a BGP password', () => {
  const app = testApp();
  new EdgeStack(app, 'edge');
  const json = synthStacks(app).edge;

  it('is created from the sensitive variable, in MetalLB’s namespace, before the configuration release', () => {
    const secret = json.resource.kubernetes_secret_v1.bgppassword_store_42_rack_store_router;
    expect(secret).toMatchObject({
      type: 'kubernetes.io/basic-auth',
      data: { password: '${var.store_router_bgp_password}' },
      metadata: { name: 'store-router-bgp-password', namespace: '${kubernetes_namespace_v1.metallb_store_42_rack.metadata[0].name}' },
      provider: 'kubernetes.store_42_rack',
    });
    expect(json.variable.store_router_bgp_password.sensitive).toBe(true);
    expect(json.resource.helm_release.metallbconfig_store_42_rack.depends_on).toContain('kubernetes_secret_v1.bgppassword_store_42_rack_store_router');
  });

  describeWithCharts('as rendered', () => {
    it('is the secret the rendered BGPPeer names', async () => {
      const rendered = await renderStacks({ edge: json }, (address) => address.startsWith('helm_release.metallbconfig_'));
      const bgpPeer = only(rendered.get('edge:helm_release.metallbconfig_store_42_rack') as never, 'BGPPeer');
      expect(bgpPeer.spec.passwordSecret).toEqual({ name: 'store-router-bgp-password', namespace: 'metallb-system' });
    }, 60_000);
  });
});
