import { TerraformElement } from 'cdktf';
import { Construct } from 'constructs';
import { Moved } from '../src/emit/host';

/**
 * Terraform `moved` blocks, written at the top level of the stack. cdktf's own `moveFromId`
 * would add a validation that runs `terraform version` at synth, which synth must not need.
 */
export class MovedBlocks extends TerraformElement {
  constructor(
    scope: Construct,
    id: string,
    private readonly moves: readonly Moved[],
  ) {
    super(scope, id);
  }

  toTerraform(): unknown {
    return { moved: this.moves };
  }
}
