import { HostEndpoint } from '../../constructs';
import { ENDPOINT_KINDS } from '../../src/model/endpoints';
import { host, ingressHost, ingressWith, lbWith, rulesOf } from '../support/model';

describe('CG-6 endpoint type of hosts', () => {
  it('refuses an ingress host in a load-balancer group', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [m.hosts[0], ingressHost({ name: 'c', group: 'app/lb' })] }))).errors).toContain('CG-6');
  });
  it('refuses a load-balancer host in an ingress group', () => {
    expect(rulesOf(ingressWith((m) => ({ hosts: [m.hosts[0], host({ name: 'z', group: 'app/web' })] }))).errors).toContain('CG-6');
  });
  it('names, in its fix, the endpoint kinds that serve the group type, as a user declares them', () => {
    const [finding] = lbWith((m) => ({ hosts: [m.hosts[0], ingressHost({ name: 'c', group: 'app/lb' })] })).errors;
    expect(finding).toMatchObject({ path: 'app/lb/c', received: 'a host set up for Ingress (ingress-nginx)' });
    expect(finding.fix).toBe('give the host a HostEndpoint.metallb(...) or HostEndpoint.cloudLoadBalancer() endpoint, or move it to a Ingress group');
    for (const { factory } of Object.values(ENDPOINT_KINDS)) expect(typeof HostEndpoint[factory.replace(/^HostEndpoint\.|\(.*$/g, '') as keyof typeof HostEndpoint]).toBe('function');
  });
});
