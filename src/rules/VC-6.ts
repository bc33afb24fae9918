import { isCidr, isIpAddress } from '../model/ip-range';
import { isDnsName } from '../model/names';
import { finding, Rule, RuleFinding, show } from './rule';

/** What is wrong with a given address, as received / expected / fix; undefined when nothing is. */
function addressProblem(address: unknown, endpoint: string | undefined): [string, string, string] | undefined {
  if (address === undefined) return undefined;
  if (endpoint === 'metallb')
    return [
      `address ${show(address)} on a MetalLB host`,
      'no address: MetalLB gives one from the host’s pools',
      'remove loadBalancer.address, or pin the virtual cluster to a host behind a cloud load balancer',
    ];
  if (!isIpAddress(address) && !(isDnsName(address) && /[a-z]/.test(String(address).split('.').pop() ?? '')))
    return [`address ${show(address)}`, 'an IP address or a DNS name, such as "203.0.113.10" or "team-a.k8s.example.com"', 'give the reserved IP or the DNS name of the load balancer'];
  return undefined;
}

export const VC6: Rule = {
  id: 'VC-6',
  severities: ['error', 'warning'],
  title:
    'LoadBalancer group: optional externalTrafficPolicy (Cluster or Local), loadBalancerSourceRanges (CIDRs) and, behind a cloud load balancer, the address (IP or DNS name) clients reach it at; without one a warning.',
  rationale:
    'Kubernetes refuses other values when the service is applied; in an Ingress group the options would be silently unused. A cloud load balancer’s address is known only after apply: without one given, the kubeconfig points nowhere useful and the certificate does not name it, and a stack that reads the virtual cluster’s endpoint would get nothing (an error then).',
  remedy: 'Use ExternalTrafficPolicy.CLUSTER or LOCAL and CIDRs for sourceRanges, in a LoadBalancer group only; behind a cloud load balancer give loadBalancer.address.',
  check: ({ fleet, placement }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const vc of group.virtualClusters) {
        const options = vc.spec.loadBalancer;
        const path = vc.spec.path;
        const host = placement.byPath.get(path)?.host;
        if (group.endpointType === 'LoadBalancer' && host?.spec.endpoint.kind === 'cloud-load-balancer' && options?.address === undefined)
          // The stack reading its endpoint (VirtualCluster.endpoint) needs it at synth: then the warning is an error.
          findings.push(
            finding({
              severity: vc.spec.endpointRead ? 'error' : 'warning',
              path,
              received: `no address behind the cloud load balancer of host ${host.name}${vc.spec.endpointRead ? ', and the stack reads its endpoint' : ''}`,
              expected: 'the address clients will reach it at (an IP you reserved, or a DNS name you point at its load balancer)',
              fix: 'give loadBalancer: { address } so that its kubeconfig, certificate and output name it; without one its endpoint is known only after apply, and the output has none',
            }),
          );
        if (!options) continue;
        if (group.endpointType === 'Ingress') {
          findings.push(
            finding({
              severity: 'warning',
              path,
              received: 'load-balancer options in an Ingress group',
              expected: 'no load-balancer options: the virtual cluster is reached through the ingress',
              fix: 'remove loadBalancer from the virtual cluster',
            }),
          );
          continue;
        }
        const address = addressProblem(options.address, placement.byPath.get(path)?.host.spec.endpoint.kind);
        if (address) findings.push(finding({ severity: 'error', path, received: address[0], expected: address[1], fix: address[2] }));
        const policy = options.externalTrafficPolicy;
        if (policy !== undefined && policy !== 'Cluster' && policy !== 'Local') {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `externalTrafficPolicy ${show(policy)}`,
              expected: '"Cluster" or "Local"',
              fix: 'use ExternalTrafficPolicy.CLUSTER or ExternalTrafficPolicy.LOCAL',
            }),
          );
        }
        for (const range of options.sourceRanges ?? []) {
          if (!isCidr(range))
            findings.push(
              finding({ severity: 'error', path, received: `loadBalancerSourceRanges entry ${show(range)}`, expected: 'a CIDR such as "203.0.113.0/24"', fix: 'write each source range as a CIDR' }),
            );
        }
      }
    }
    return findings;
  },
};
