import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { outputName } from '../src/model/names';
import { OutputEntry } from '../src/emit/instances';
import { PlainJson } from './plain-json';

/** A group's output (`virtual_clusters_<group>`): name → host, endpoint and kubeconfig secret, of the virtual clusters `entries` gives. */
export function groupOutput(scope: Construct, id: string, key: string, entries: () => Record<string, OutputEntry> | string): TerraformOutput {
  const output = new TerraformOutput(scope, id, {
    description: `Virtual clusters of group ${key}: host, endpoint and where the kubeconfig secret is (never the secret itself).`,
    value: PlainJson.of(TerraformStack.of(scope)).value(entries),
  });
  output.overrideLogicalId(outputName(key));
  return output;
}
