import { INGRESS_NGINX_NAMESPACE, METALLB_NAMESPACE } from '../model/defaults';
import { isDns1035Label } from '../model/names';
import { finding, Rule, RuleFinding, show } from './rule';
import { wrongGroup } from './wrong-prop';

/**
 * The longest name the vcluster chart can take. The release is named after the virtual cluster,
 * and the chart names its StatefulSet after the release; Kubernetes labels the StatefulSet's pods
 * `controller-revision-hash: <StatefulSet>-<hash of up to 10>`, a label value of at most 63, so
 * 52 (Helm's own limit for a release name is 53; the headless Service `<name>-headless` allows 54).
 */
export const VIRTUAL_CLUSTER_NAME_LIMIT = 52;

/** The virtual cluster's namespace takes its name: these already exist on a host, or are ours. */
function isReservedNamespace(name: string): boolean {
  return name === 'default' || name.startsWith('kube-') || name === METALLB_NAMESPACE || name === INGRESS_NGINX_NAMESPACE;
}

export const VC1: Rule = {
  id: 'VC-1',
  severities: ['error'],
  title:
    'Virtual cluster name is a DNS-1035 label (starts with a letter) of at most 52, as the Service and StatefulSet the chart names after it need, unique within its group, and not a namespace the host already has or we install into.',
  rationale:
    'The name is the Helm release, the namespace and the key of its Terraform resources; two of one name would be one cluster. The vcluster chart names a Service after it (a DNS-1035 label: a leading digit is refused at apply) and a StatefulSet whose pods carry the label `<name>-<revision hash>` (63 at most).',
  remedy:
    'Rename the virtual cluster to a lowercase DNS label starting with a letter, of at most 52 characters, unique in its group and not a system namespace (default, kube-…, metallb-system, ingress-nginx), and create it with a ClusterGroup (group.addVirtualCluster).',
  checkInput: (input) => wrongGroup(input, 'virtual-cluster'),
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const seen = new Map<string, string>();
      for (const vc of group.virtualClusters) {
        const path = vc.spec.path;
        if (!isDns1035Label(vc.spec.name) || vc.name.length > VIRTUAL_CLUSTER_NAME_LIMIT) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `name ${show(vc.spec.name)}`,
              expected: `a DNS-1035 label (lowercase letters, digits and "-", starting with a letter) of at most ${VIRTUAL_CLUSTER_NAME_LIMIT} characters`,
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
