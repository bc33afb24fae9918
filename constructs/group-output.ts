import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { literal } from '../src/emit/terraform-text';
import { outputName } from '../src/model/names';
import { OutputEntry } from '../src/emit/instances';
import { GroupSpec } from '../src/model/types';
import { groupKey } from '../src/model/fleet';
import { PlainJson } from './plain-json';

/** The description of a group's output: what it holds, then the group's own description (escaped: Terraform reads it as a template). */
function outputDescription(key: string, description: unknown): string {
  const ours = `Virtual clusters of group ${key}: host, endpoint and where the kubeconfig secret is (never the secret itself).`;
  return typeof description === 'string' && description.length > 0 ? `${ours} ${literal(description)}` : ours;
}

/** A group's output (`virtual_clusters_<group>`): name → host, endpoint and kubeconfig secret, of the virtual clusters `entries` gives. */
export function groupOutput(scope: Construct, id: string, group: GroupSpec, entries: () => Record<string, OutputEntry> | string): TerraformOutput {
  const key = groupKey(group);
  const output = new TerraformOutput(scope, id, {
    description: outputDescription(key, group.description),
    value: PlainJson.of(TerraformStack.of(scope)).value(entries),
  });
  output.overrideLogicalId(outputName(key));
  return output;
}
