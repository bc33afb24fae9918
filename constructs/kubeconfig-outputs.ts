import { DataKubernetesSecretV1 } from '@cdktf/provider-kubernetes/lib/data-kubernetes-secret-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { KubeconfigOutputs } from '../src/emit/kubeconfig-outputs';

/** The constructs the kubeconfig readers and outputs are added under, by construct path. */
export interface KubeconfigScopes {
  readonly hosts: Map<string, { readonly scope: Construct; readonly provider: KubernetesProvider }>;
  readonly groups: Map<string, Construct>;
}

const READER_ID = 'KubeconfigSecrets';
const OUTPUT_ID = 'Kubeconfigs';

/**
 * Adds, at synth (placement tells the hosts), the data sources that read the kubeconfig secrets asked
 * for and the groups' sensitive outputs of them; once, however often the stack is synthesized.
 */
export function addKubeconfigOutputs(outputs: KubeconfigOutputs, scopes: KubeconfigScopes): void {
  for (const [hostPath, reader] of outputs.readers) {
    const host = scopes.hosts.get(hostPath);
    if (!host || host.scope.node.tryFindChild(READER_ID)) continue;
    // The release's instance names the secret and its namespace: Terraform reads it only once the release exists.
    const data = new DataKubernetesSecretV1(host.scope, READER_ID, {
      provider: host.provider,
      metadata: { name: `vc-\${helm_release.${reader.release}[each.key].name}`, namespace: `\${helm_release.${reader.release}[each.key].namespace}` },
    });
    data.addOverride('for_each', Object.fromEntries(reader.keys.map((key) => [key, {}])));
    data.overrideLogicalId(reader.name);
  }
  for (const [groupPath, output] of outputs.outputs) {
    const group = scopes.groups.get(groupPath);
    if (!group || group.node.tryFindChild(OUTPUT_ID)) continue;
    const written = new TerraformOutput(group, OUTPUT_ID, {
      value: output.value,
      sensitive: true,
      description: 'Kubeconfigs of the virtual clusters that asked for them (kubeconfigOutput), read from their vc-<name> secrets: a client key each.',
    });
    written.overrideLogicalId(output.name);
  }
}
