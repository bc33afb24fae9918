import { vclusterRendersTlsRoute, bundleSupport } from '../charts/gateway-compat';
import { gateText, parseVersion, VCLUSTER_TLS_ROUTE } from '../charts/version';
import { gatewayOf } from '../charts/exposure';
import { Endpoint } from '../model/endpoints';
import { Host } from '../model/fleet';
import { finding, Rule, RuleFinding, show } from './rule';

const BUNDLE_EXPECTED = 'the bundle version of the Gateway API CRDs on the host (their gateway.networking.k8s.io/bundle-version annotation), v1.5.0 or later: from v1.5 they serve TLSRoute v1';

/** The bundle a host's endpoint declares, and for which implementation; undefined where we install the CRDs or the host has no Gateway. */
function declaredBundle(endpoint: Endpoint): { bundle: unknown; implementation?: Extract<Endpoint, { kind: 'gateway' }>['implementation'] } | undefined {
  if (endpoint.kind === 'existing-gateway') return { bundle: endpoint.gatewayApiBundle };
  if (endpoint.kind === 'gateway' && endpoint.crds === 'present') return { bundle: endpoint.bundle, implementation: endpoint.implementation };
  return undefined;
}

function bundleFindings(host: Host): RuleFinding[] {
  const endpoint = host.endpoint;
  const path = host.spec.path;
  if (endpoint.kind === 'gateway' && endpoint.crds === 'install' && endpoint.bundle !== undefined) {
    return [
      finding({
        severity: 'error',
        path,
        received: `gatewayApiBundle ${show(endpoint.bundle)} with the CRDs installed by us`,
        expected: 'no bundle version: we install the one the controller is built for',
        fix: 'remove gatewayApiBundle, or declare gatewayApiCrds: GatewayApiCrds.PRESENT if the host has the CRDs already',
      }),
    ];
  }
  const declared = declaredBundle(endpoint);
  if (!declared) return [];
  const support = bundleSupport(declared.implementation, declared.bundle);
  if (support === 'unsupported') {
    return [
      finding({
        severity: 'error',
        path,
        received: `Gateway API CRDs of bundle ${show(declared.bundle)}`,
        expected: BUNDLE_EXPECTED,
        fix: 'upgrade the Gateway API CRDs of the standard channel on the host to v1.5 or later and declare their version as gatewayApiBundle (e.g. "v1.5.1"), or let us install them',
      }),
    ];
  }
  if (support === 'best-effort') {
    return [
      finding({
        severity: 'warning',
        path,
        received: `Gateway API CRDs of bundle ${show(declared.bundle)} for ${declared.implementation}`,
        expected: 'the bundle the controller is built for: it supports another minor on a best-effort basis only',
        fix: 'let us install the CRDs (GatewayApiCrds.INSTALL), or move the host’s CRDs to the bundle the controller is built for',
      }),
    ];
  }
  return [];
}

export const CG23: Rule = {
  id: 'CG-23',
  severities: ['error', 'warning'],
  title: `Gateway API versions: a group served through a Gateway installs vcluster chart ${gateText(VCLUSTER_TLS_ROUTE)} or later (it renders the TLSRoute), and Gateway API CRDs already on a host are of a bundle that serves TLSRoute v1 (v1.5 or later), declared where the host is.`,
  rationale:
    'An older vcluster chart has no controlPlane.tlsRoute (its values schema refuses it), and a controller built for TLSRoute v1 ignores the routes of older CRDs: either way the virtual clusters would be unreachable after a deploy that succeeds.',
  remedy: `Set the group's vclusterChartVersion to ${gateText(VCLUSTER_TLS_ROUTE)}.0 or later; for CRDs already on a host, declare their bundle version (gatewayApiBundle) and upgrade them to v1.5 or later, or let us install them.`,
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) => {
      if (group.endpointType !== 'Ingress') return [];
      const gatewayHosts = group.hosts.filter((host) => gatewayOf(host.endpoint) !== undefined);
      const findings = gatewayHosts.flatMap(bundleFindings);
      const version = group.charts.vcluster.version;
      // A version that is not exact is CG-16's finding.
      if (gatewayHosts.length > 0 && parseVersion(version) !== undefined && !vclusterRendersTlsRoute(version)) {
        findings.unshift(
          finding({
            severity: 'error',
            path: group.spec.path,
            received: `vcluster chart ${version}, with hosts served through a Gateway (${gatewayHosts.map((host) => host.name).join(', ')})`,
            expected: `vcluster chart ${gateText(VCLUSTER_TLS_ROUTE)}.0 or later, the first that renders controlPlane.tlsRoute`,
            fix: `set vclusterChartVersion to ${gateText(VCLUSTER_TLS_ROUTE)}.0 or later, or serve the hosts through an ingress controller`,
          }),
        );
      }
      return findings;
    }),
};
