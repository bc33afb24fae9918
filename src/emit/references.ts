import { exposureOf, kubeconfigSecret, serverUrl } from '../charts/exposure';
import { Evaluation } from '../evaluate';
import { resourceName } from './addresses';

/**
 * What a larger stack reads of one virtual cluster, as Terraform expressions. Those that name its
 * release read it from the release's `for_each` instance, so a resource that uses them is created
 * after the release (Terraform orders by reference).
 */
export interface VirtualClusterReferences {
  /** Its host namespace: the release's `namespace`. */
  readonly namespace: string;
  /** The secret vcluster writes its kubeconfig to, `vc-<release name>`. */
  readonly kubeconfigSecretName: string;
  /** The name of the host it was placed on. */
  readonly host: string;
  /** The API server URL; undefined while only the cloud load balancer knows it (after apply). */
  readonly endpoint: string | undefined;
}

/** `${helm_release.vcluster_<alias>["<name>"].<attribute>}`: names are DNS labels once the rules passed, so the key needs no escaping. */
function releaseAttribute(alias: string, name: string, attribute: 'name' | 'namespace'): string {
  return `\${helm_release.${resourceName('vclusterRelease', alias)}["${name}"].${attribute}}`;
}

/** The references of the virtual cluster at that construct path, or undefined where it was not placed (a stack with errors). */
export function referencesOf(evaluation: Evaluation, path: string): VirtualClusterReferences | undefined {
  const placed = evaluation.placement.byPath.get(path);
  const group = placed && evaluation.fleet.groups.find((candidate) => candidate.virtualClusters.includes(placed.vc));
  if (!placed || !group) return undefined;
  const alias = placed.host.alias;
  const secretPrefix = kubeconfigSecret('').name;
  return {
    namespace: releaseAttribute(alias, placed.vc.name, 'namespace'),
    kubeconfigSecretName: `${secretPrefix}${releaseAttribute(alias, placed.vc.name, 'name')}`,
    host: placed.host.name,
    endpoint: serverUrl(exposureOf(group, placed)),
  };
}
