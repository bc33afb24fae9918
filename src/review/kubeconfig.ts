import { shellWord } from './inert';
import type { ReviewView } from './view';

/** How to get one virtual cluster's kubeconfig after apply, read from its stack's review.json: commands, never the secret. */
export interface KubeconfigHowTo {
  readonly group: string;
  readonly virtualCluster: string;
  readonly host: string;
  readonly secret: { readonly name: string; readonly namespace: string };
  /** The API server the kubeconfig names; null where only the cloud load balancer knows it (after apply). */
  readonly server: string | null;
  /** Shell commands, in order: write the kubeconfig to `<name>.kubeconfig`, and where the server is not in it, read the address. */
  readonly commands: readonly string[];
}

/** `<group key>/<virtual cluster>`: a project group's key has a slash of its own, so the name is what follows the last one. */
export function kubeconfigHowTo(views: readonly ReviewView[], target: string): KubeconfigHowTo {
  const slash = target.lastIndexOf('/');
  const [groupKey, name] = [target.slice(0, slash), target.slice(slash + 1)];
  for (const view of views) {
    const group = view.groups.find((candidate) => candidate.key === groupKey);
    const vc = group?.virtualClusters.find((candidate) => candidate.name === name);
    const host = group?.hosts.find((candidate) => candidate.name === vc?.host);
    if (!group || !vc || !host) continue;
    // The host's kubeconfig file and context where we know them; otherwise the user's own way to the host.
    const kubectl = host.kubeconfig
      ? ['kubectl', '--kubeconfig', shellWord(host.kubeconfig.path), ...(host.kubeconfig.context === null ? [] : ['--context', shellWord(host.kubeconfig.context)])].join(' ')
      : `kubectl --context ${shellWord(`<context of host ${host.name}>`)}`;
    const { name: secret, namespace } = vc.kubeconfigSecret;
    const file = shellWord(`${vc.name}.kubeconfig`);
    const commands = [`${kubectl} get secret ${shellWord(secret)} -n ${shellWord(namespace)} -o jsonpath='{.data.config}' | base64 -d > ${file}`];
    if (vc.server === null)
      commands.push(
        `ADDRESS=$(${kubectl} get service ${shellWord(vc.name)} -n ${shellWord(namespace)} -o jsonpath='{.status.loadBalancer.ingress[0].ip}{.status.loadBalancer.ingress[0].hostname}')`,
        `kubectl --kubeconfig ${file} --server "https://$ADDRESS:443" get namespaces`,
      );
    else commands.push(`kubectl --kubeconfig ${file} get namespaces`);
    return { group: group.key, virtualCluster: vc.name, host: host.name, secret: vc.kubeconfigSecret, server: vc.server, commands };
  }
  throw new Error(
    `no virtual cluster ${JSON.stringify(target)} in ${views.length ? 'the review.json read' : 'any review.json: run cdktf synth first (or name one with --review)'}; give <group>/<virtual cluster>, as the summary names them`,
  );
}
