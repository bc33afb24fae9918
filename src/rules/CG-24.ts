import { listenerAdmits, userTlsRouteSpecKeys } from '../charts/gateway-compat';
import { gatewayOf } from '../charts/exposure';
import { isWildcardDns } from '../model/names';
import { finding, Rule, RuleFinding, show } from './rule';

export const CG24: Rule = {
  id: 'CG-24',
  severities: ['error'],
  title:
    "Gateway routes: an existing Gateway's listener hostname admits every name under the host's wildcard DNS, and no values replace the TLSRoute's spec, so each virtual cluster's hostname is its own on the Gateway.",
  rationale:
    'A listener that does not admit the wildcard leaves the routes unattached; a TLSRoute spec from values (the chart lets it replace our hostnames and parentRefs) could claim another virtual cluster’s hostname on the shared listener.',
  remedy: "Declare the listener's hostname as the host's wildcard DNS (or a wildcard above it); remove controlPlane.tlsRoute.spec from the group's and the virtual clusters' values.",
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      if (group.endpointType !== 'Ingress') continue;
      const gatewayHosts = group.hosts.filter((host) => gatewayOf(host.endpoint) !== undefined);
      if (gatewayHosts.length === 0) continue;
      for (const host of gatewayHosts) {
        const endpoint = host.endpoint;
        const dns = host.spec.wildcardDns;
        // A missing or malformed wildcard is CG-10's finding.
        if (endpoint.kind !== 'existing-gateway' || endpoint.listenerHostname === undefined || !isWildcardDns(dns)) continue;
        const given = endpoint.listenerHostname;
        // A wildcard listener admits every name under the host's wildcard exactly when it admits a name one label below it.
        const admits = typeof given === 'string' && given.startsWith('*.') && listenerAdmits(given, `vcluster${dns.slice(1)}`);
        if (!admits)
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `listener hostname ${show(given)} for wildcard DNS ${show(dns)}`,
              expected: `a listener hostname that admits every name under ${dns}: ${dns} itself or a wildcard above it, or none`,
              fix: `declare the listener's hostname as ${dns} (and give the Gateway's listener that hostname)`,
            }),
          );
      }
      const userValues = [{ path: group.spec.path, values: group.userValues }, ...group.virtualClusters.map((vc) => ({ path: vc.spec.path, values: vc.userValues }))];
      for (const { path, values } of userValues) {
        const keys = 'values' in values ? userTlsRouteSpecKeys(values.values) : [];
        if (keys.length)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `values setting ${keys.join(', ')}`,
              expected: 'no controlPlane.tlsRoute.spec: the TLSRoute’s hostname and Gateway are ours, one hostname per virtual cluster',
              fix: 'remove controlPlane.tlsRoute.spec from the values',
            }),
          );
      }
    }
    return findings;
  },
};
