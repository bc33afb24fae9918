import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { MAX_DEPTH } from '../src/model/user-values';
import { ClusterGroupsRegistry } from './registry';

/** Where in the values a Terraform expression (a variable, a resource attribute, a function) sits, or undefined. */
function expressionIn(values: unknown): string | undefined {
  const stack: Array<{ value: unknown; at: string; depth: number }> = [{ value: values, at: '', depth: 0 }];
  while (stack.length) {
    const { value, at, depth } = stack.pop()!;
    if (Token.isUnresolved(value)) return at || '(the whole text)';
    // Past the bound, reading the values refuses them (CG-17).
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) continue;
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, at: at ? `${at}.${key}` : key, depth: depth + 1 });
  }
  return undefined;
}

/**
 * Values are written into each release as text: a Terraform expression inside them (a sensitive
 * variable's `.stringValue`, say) would reach Helm as the text `${var.x}`, not as its value. Only
 * cdktf can tell a token from text, so such values (and a getter that throws) are recorded here;
 * CG-17 reports them at synth.
 */
export function checkValuesInput(scope: Construct, values: unknown): void {
  if (values === undefined) return;
  let at: string | undefined;
  try {
    at = expressionIn(values);
  } catch (error) {
    ClusterGroupsRegistry.of(scope).addUnusableValues({ path: scope.node.path, kind: 'unreadable', problem: (error as Error)?.message ?? 'an exception' });
    return;
  }
  if (at !== undefined) ClusterGroupsRegistry.of(scope).addUnusableValues({ path: scope.node.path, kind: 'expression', at });
}
