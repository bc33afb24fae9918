import fc from 'fast-check';
import * as ipaddr from 'ipaddr.js';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { lbStack, synthErrors } from '../safety/stack';
import { addressKey } from '../../src/rules/VC-8';

const hostOptions = (name: string, endpoint: HostEndpoint, wildcardDns?: string) => ({
  name,
  kind: HostKind.PRIVATE_CLOUD,
  capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
  connection: Connection.kubeconfig('~/.kube/config', name),
  endpoint,
  wildcardDns,
});

describe('VC-8 one address per virtual cluster in the stack', () => {
  it('refuses two virtual clusters of two groups on one load-balancer IP', () => {
    const { app, stack, group } = lbStack();
    group.addVirtualCluster('A', { name: 'team-a' });
    const other = new ClusterGroup(stack, 'Other', { name: 'other', endpointType: EndpointType.LOAD_BALANCER });
    other.addHost('x', hostOptions('x', HostEndpoint.metallb({ addressPools: ['10.20.0.0/28'] })));
    other.addVirtualCluster('B', { name: 'team-b' });
    expect(synthErrors(app)).toMatch(/\[VC-8\] s\/Other\/B: received IP 10\.20\.0\.1, also that of s\/G\/A/);
  });

  it('refuses two virtual clusters of two Ingress groups on one hostname', () => {
    const { app, stack } = lbStack({}, []);
    for (const id of ['One', 'Two']) {
      const group = new ClusterGroup(stack, id, { name: id.toLowerCase(), endpointType: EndpointType.INGRESS });
      group.addHost('h', hostOptions(`h-${id.toLowerCase()}`, HostEndpoint.ingressNginx(), '*.apps.example.com'));
      group.addVirtualCluster('Web', { name: 'web' });
    }
    expect(synthErrors(app)).toMatch(/\[VC-8\] s\/Two\/Web: received hostname web\.apps\.example\.com, also that of s\/One\/Web/);
  });

  it('refuses two virtual clusters on one hostname where the hosts are served through Gateways, and accepts hosts of their own wildcards', () => {
    const stackOf = (wildcards: string[]) => {
      const { app, stack } = lbStack({}, []);
      ['One', 'Two'].forEach((id, i) => {
        const group = new ClusterGroup(stack, id, { name: id.toLowerCase(), endpointType: EndpointType.INGRESS });
        group.addHost('h', hostOptions(`h-${id.toLowerCase()}`, i === 0 ? HostEndpoint.gateway() : HostEndpoint.ingressNginx(), wildcards[i]));
        group.addVirtualCluster('Web', { name: 'web' });
      });
      return synthErrors(app);
    };
    expect(stackOf(['*.apps.example.com', '*.apps.example.com'])).toMatch(/\[VC-8\] s\/Two\/Web: received hostname web\.apps\.example\.com, also that of s\/One\/Web/);
    expect(stackOf(['*.apps.one.example.com', '*.apps.two.example.com'])).not.toMatch(/VC-8/);
  });

  it.each([
    ['an IPv4-mapped IPv6 pool, which Go reads as IPv4', '::ffff:10.20.0.0/124', /IPv4-mapped IPv6 address/],
    ['a pool with spaces around it', ' 10.20.0.0/24', /has spaces around it/],
  ])('refuses %s (HC-3)', (_, pool, message) => {
    const { app, group } = lbStack({}, ['h1'], { endpoint: HostEndpoint.metallb({ addressPools: [pool] }) });
    group.addVirtualCluster('A', { name: 'team-a' });
    const errors = synthErrors(app);
    expect(errors).toMatch(/\[HC-3\] s\/G\/h1/);
    expect(errors).toMatch(message);
  });
});

describe('VC-8 compares addresses as the network sees them', () => {
  it('gives an IPv4 address already in its one spelling as it is, and any other spelling through ipaddr.js', () => {
    const octet = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.constantFrom('00', '01', '010', '256', '-1'));
    fc.assert(
      fc.property(fc.array(octet, { minLength: 4, maxLength: 4 }), (octets) => {
        const ip = octets.join('.');
        let expected = ip;
        try {
          expected = ipaddr.process(ip).toNormalizedString();
        } catch {
          // not an address: compared as written
        }
        expect(addressKey(ip)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(addressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
  });
});
