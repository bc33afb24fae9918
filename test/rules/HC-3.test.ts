import { host, lbWith, rulesOf } from '../support/model';

describe('HC-3 address pools', () => {
  const metallb = (pools: string[]) => ({ kind: 'metallb' as const, pools, bgpPeers: [] });
  // Octal, hex, 32-bit and zero-padded forms parse in some libraries but not in Go's net.ParseCIDR, which MetalLB uses.
  it.each([
    '10.0.0.20-10.0.0.10',
    '10.0.0.1/24',
    '10.0.0.0/33',
    'not-an-ip',
    '10.0.0.1-fd00::1',
    '010.0.0.0/24',
    '0xa000000/8',
    '167772160/8',
    '10.0.0.0/08',
    'fe80::1%eth0-fe80::5%eth0',
    'fd00::/129',
    '10.0.0.0/24/1',
  ])('refuses %p', (pool) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: metallb([pool]) }), m.hosts[1]] }))).errors).toContain('HC-3');
  });
  it('refuses overlapping pools on one host', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: metallb(['10.9.0.0/24', '10.9.0.100-10.9.1.5']) }), m.hosts[1]] }))).errors).toContain('HC-3');
  });
  it('warns of overlap between hosts of a group', () => {
    const result = lbWith(() => ({ hosts: [host({ name: 'a', endpoint: metallb(['10.9.0.0/24']) }), host({ name: 'b', endpoint: metallb(['10.9.0.128/25']) })] }));
    expect(rulesOf(result).warnings).toEqual(['HC-3']);
  });
  it('refuses a BGP peer MetalLB would refuse, naming each problem, and accepts a valid one', () => {
    const withPeers = (bgpPeers: unknown[]) => lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/24'], bgpPeers: bgpPeers as never } }), m.hosts[1]] }));
    const good = { name: 'tor-1', myAsn: 64512, peerAsn: 64513, peerAddress: '10.9.1.1', passwordSecret: 'bgp-pass' };
    expect(withPeers([good]).errors).toEqual([]);
    const [error] = withPeers([good, { ...good, myAsn: 0, peerAsn: 4294967296, peerAddress: '10.9.1.1/32', passwordSecret: 'Bad_Name' }]).errors;
    expect(error.received).toBe(
      'BGP peer "tor-1": name "tor-1" is used by another peer of the host; myAsn 0 is not an AS number from 1 to 4294967295; peerAsn 4294967296 is not an AS number from 1 to 4294967295; peerAddress "10.9.1.1/32" is not an IPv4 or IPv6 address; passwordSecret "Bad_Name" is not a secret name',
    );
    expect(rulesOf(withPeers([{ ...good, name: 'Tor 1' }])).errors).toEqual(['HC-3']);
    expect(withPeers([{ ...good, myAsn: 1, peerAsn: 4294967295 }]).errors).toEqual([]);
  });
  it('accepts IPv6 and ranges', () => {
    expect(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: metallb(['fd00::/120', '192.168.50.10-192.168.50.20']) }), m.hosts[1]] })).findings).toEqual([]);
  });
});
