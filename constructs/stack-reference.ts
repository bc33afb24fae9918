import { IResolvable, IResolveContext, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';

/** Reads an expression naming resources of one stack, checking where it is read. */
class StackReference implements IResolvable {
  // No stack trace is taken: cdktf would append it to the message of a read from another stack.
  readonly creationStack: string[] = [];

  constructor(
    private readonly holder: () => IConstruct | undefined,
    private readonly what: string,
    private readonly produce: () => string,
  ) {}

  resolve(context: IResolveContext): string {
    const found = this.holder();
    const home = found && TerraformStack.of(found);
    const reader = TerraformStack.of(context.scope);
    if (home && reader !== home) {
      throw new Error(
        `cdktf-cluster-groups: ${this.what} names resources of stack ${home.node.id}, yet stack ${reader.node.id} reads it: another Terraform state cannot; read it in stack ${home.node.id}`,
      );
    }
    return this.produce();
  }

  toString(): string {
    return Token.asString(this);
  }
}

/**
 * A string token of an expression that names resources in the stack of `holder`. Another stack is
 * another Terraform state, which cannot name them (in a Fleet, a host's resources are in its shard's
 * stack): read there, the synth stops saying where to read it, rather than write a reference that
 * Terraform cannot resolve. Without a holder (nothing placed: a synth refused anyway) it is not checked.
 */
export function readInStackOf(holder: () => IConstruct | undefined, what: string, produce: () => string): string {
  return Token.asString(new StackReference(holder, what, produce));
}
