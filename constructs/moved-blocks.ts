import { TerraformElement, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/**
 * Terraform `moved` blocks, written at the top level of the stack. cdktf's own `moveFromId`
 * would add a validation that runs `terraform version` at synth, which synth must not need.
 */
class MovedBlocks extends TerraformElement {
  constructor(
    scope: Construct,
    id: string,
    private readonly moves: ReadonlyArray<{ from: string; to: string }>,
  ) {
    super(scope, id);
  }

  toTerraform(): unknown {
    return { moved: this.moves };
  }
}

/**
 * Moves every resource of a renamed host from its address under the former alias to the one
 * under the new alias: every address on a host ends with `_<alias>` (`helm_release.vcluster_dc1`,
 * `kubernetes_namespace_v1.metallb_dc1` …), and a `moved` block of a whole `for_each` resource
 * carries all its instances. Both aliases point at the same cluster, so nothing is destroyed.
 */
export function movedFrom(host: Construct, formerAlias: string, alias: string): void {
  if (formerAlias === alias) return;
  const moves = host.node.children
    .filter((child): child is TerraformResource => TerraformResource.isTerraformResource(child))
    .filter((resource) => resource.friendlyUniqueId.endsWith(`_${alias}`))
    .map((resource) => {
      const type = resource.terraformResourceType;
      const id = resource.friendlyUniqueId;
      return { from: `${type}.${id.slice(0, -alias.length)}${formerAlias}`, to: `${type}.${id}` };
    });
  new MovedBlocks(host, 'Moved', moves);
}
