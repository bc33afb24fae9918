import { INGRESS_NGINX_NAMESPACE, METALLB_NAMESPACE } from '../model/defaults';
import { isDnsLabel } from '../model/names';
import { finding, Rule, RuleFinding, show } from './rule';
import { wrongGroup } from './wrong-prop';

/** Helm refuses release names longer than this, and the release is named after the virtual cluster. */
const HELM_RELEASE_NAME_LIMIT = 53;

/** The virtual cluster's namespace takes its name: these already exist on a host, or are ours. */
function isReservedNamespace(name: string): boolean {
  return name === 'default' || name.startsWith('kube-') || name === METALLB_NAMESPACE || name === INGRESS_NGINX_NAMESPACE;
}

export const VC1: Rule = {
  id: 'VC-1',
  title: `Virtual cluster name is a DNS-1123 label (at most ${HELM_RELEASE_NAME_LIMIT}, Helm’s limit for a release name), unique within its group, and not a namespace the host already has or we install into.`,
  rationale: 'The name is the Helm release, the namespace and the key of its Terraform resources; two of one name would be one cluster.',
  remedy: `Rename the virtual cluster to a lowercase DNS label of at most ${HELM_RELEASE_NAME_LIMIT} characters, unique in its group and not a system namespace (default, kube-…, ${METALLB_NAMESPACE}, ${INGRESS_NGINX_NAMESPACE}), and create it with a ClusterGroup (group.addVirtualCluster).`,
  checkInput: (input) => wrongGroup(input, 'virtual-cluster'),
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const seen = new Map<string, string>();
      for (const vc of group.virtualClusters) {
        const path = vc.spec.path;
        if (!isDnsLabel(vc.spec.name) || vc.name.length > HELM_RELEASE_NAME_LIMIT) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `name ${show(vc.spec.name)}`,
              expected: `a DNS-1123 label of at most ${HELM_RELEASE_NAME_LIMIT} characters`,
              fix: 'rename the virtual cluster, e.g. "team-a"',
            }),
          );
          continue;
        }
        if (isReservedNamespace(vc.name)) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `name ${show(vc.name)}, a namespace the host already has or we install into`,
              expected: 'a name that is not "default", "kube-…", "metallb-system" or "ingress-nginx"',
              fix: 'rename the virtual cluster, e.g. "team-a"',
            }),
          );
          continue;
        }
        const other = seen.get(vc.name);
        if (other)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `name ${show(vc.name)}, already used by ${other}`,
              expected: 'a name unique within the group',
              fix: 'rename one of the two virtual clusters',
            }),
          );
        else seen.set(vc.name, path);
      }
    }
    return findings;
  },
};
