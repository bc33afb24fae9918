import { Evaluation } from '../evaluate';
import { outputName } from '../model/names';
import { resourceName } from './addresses';

/** Prefix of the data sources that read kubeconfig secrets (one `for_each` per host) and of the sensitive outputs (one per group). */
const READER_PREFIX = 'kubeconfig_';
/** Put before the group's output name (unique, CG-1), which starts `cluster_group_`: no name of either kind can meet another. */
const OUTPUT_PREFIX = 'kubeconfigs_';

/**
 * The kubeconfigs asked for (`kubeconfigOutput: true`): per host, a `data.kubernetes_secret_v1` with one
 * instance per such virtual cluster, reading `vc-<name>` through its release's instance (so only once the
 * release exists); per group, a sensitive output mapping each to its kubeconfig text.
 */
export interface KubeconfigOutputs {
  /** Host path → the data source's name, and its `for_each` keys (virtual-cluster names). */
  readonly readers: ReadonlyMap<string, { readonly name: string; readonly release: string; readonly keys: readonly string[] }>;
  /** Group path → the output's name, and virtual-cluster name → the expression of its kubeconfig. */
  readonly outputs: ReadonlyMap<string, { readonly name: string; readonly value: Readonly<Record<string, string>> }>;
}

export function kubeconfigOutputsOf(evaluation: Evaluation): KubeconfigOutputs {
  const readers = new Map<string, { name: string; release: string; keys: string[] }>();
  const outputs = new Map<string, { name: string; value: Record<string, string> }>();
  for (const group of evaluation.fleet.groups) {
    for (const vc of group.virtualClusters) {
      const placed = evaluation.placement.byPath.get(vc.spec.path);
      if (!placed || vc.spec.kubeconfigOutput !== true) continue;
      const host = placed.host;
      const reader = readers.get(host.spec.path) ?? { name: `${READER_PREFIX}${host.alias}`, release: resourceName('vclusterRelease', host.alias), keys: [] };
      reader.keys.push(vc.name);
      readers.set(host.spec.path, reader);
      const output = outputs.get(group.spec.path) ?? { name: `${OUTPUT_PREFIX}${outputName(group.key)}`, value: {} };
      output.value[vc.name] = `\${data.kubernetes_secret_v1.${reader.name}["${vc.name}"].data["config"]}`;
      outputs.set(group.spec.path, output);
    }
  }
  return { readers, outputs };
}
