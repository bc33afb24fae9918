import { HostKind } from '../../constructs';
import { HOST_KINDS, hostKindConstant, HostKindName } from '../../src/model/host-kinds';
import { host, lbWith, rulesOf } from '../support/model';

describe('CG-7 host kinds', () => {
  it.each(['virtual-cluster', 'private-cloud-gateway', 'imported-read-only', 'mainframe'])('refuses %p', (kind) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', kind }), m.hosts[1]] }))).errors).toContain('CG-7');
  });
  it.each(['public-cloud', 'private-cloud'])('accepts %p', (kind) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', kind }), m.hosts[1]] }))).errors).toEqual([]);
  });
  it('reads the table of host kinds, which holds every HostKind under the name a user writes', () => {
    expect(Object.keys(HOST_KINDS).sort()).toEqual(Object.values(HostKind).sort());
    for (const kind of Object.keys(HOST_KINDS) as HostKindName[]) expect(HostKind[hostKindConstant(kind).replace('HostKind.', '') as keyof typeof HostKind]).toBe(kind);
    const [refused] = lbWith((m) => ({ hosts: [host({ name: 'a', kind: 'virtual-cluster' }), m.hosts[1]] })).errors;
    expect(refused).toMatchObject({ received: 'kind "virtual-cluster" (a virtual cluster cannot host virtual clusters)', expected: 'HostKind.PUBLIC_CLOUD, HostKind.PRIVATE_CLOUD or HostKind.EDGE' });
  });
});
