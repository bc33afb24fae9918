import { ingressHostname, isDnsLabel, isDnsName } from '../model/names';
import { finding, Rule, show } from './rule';

export const VC5: Rule = {
  id: 'VC-5',
  severities: ['error'],
  title: 'Ingress group: the virtual cluster’s hostname is <name>.<host DNS without "*.">, a valid DNS name (labels up to 63, total up to 253).',
  rationale: 'The hostname goes into the ingress rule, the TLS SANs and the kubeconfig; an invalid one is refused by the API server at apply time.',
  remedy: "Shorten the virtual cluster's name or the host's wildcard DNS so that the hostname stays within 253 characters.",
  check: ({ fleet, placement }) =>
    fleet.groups.flatMap((group) =>
      group.endpointType !== 'Ingress'
        ? []
        : group.virtualClusters.flatMap((vc) => {
            // A name that is not a label is VC-1's finding; one mistake, one finding.
            if (!isDnsLabel(vc.spec.name)) return [];
            const placed = placement.byPath.get(vc.spec.path);
            const hostname = placed && ingressHostname(vc.name, placed.host.spec.wildcardDns);
            if (!hostname || isDnsName(hostname)) return [];
            return [
              finding({
                severity: 'error',
                path: vc.spec.path,
                received: `hostname ${show(hostname)} (${hostname.length} characters)`,
                expected: 'a DNS name of labels up to 63 and at most 253 in all',
                fix: 'shorten the virtual cluster name or the host’s wildcard DNS',
              }),
            ];
          }),
    ),
};
