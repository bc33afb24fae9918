import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { MAX_DEPTH } from '../src/charts/user-values';
import { finding } from '../src/rules/rule';
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
 * variable's `.stringValue`, say) would reach Helm as the text `${var.x}`, not as its value. Such
 * values are refused here, where cdktf can still tell a token from text; a getter that throws is
 * refused the same way, instead of a stack trace.
 */
export function checkValuesInput(scope: Construct, values: unknown): void {
  const path = scope.node.path;
  let at: string | undefined;
  try {
    at = expressionIn(values);
  } catch (error) {
    ClusterGroupsRegistry.of(scope).addInputFinding(
      finding(
        'CG-17',
        'error',
        path,
        `values that cannot be read (${(error as Error)?.message ?? 'an exception'})`,
        'values as YAML text or plain data',
        'pass plain data: no getters, no class instances',
      ),
    );
    return;
  }
  if (at === undefined) return;
  ClusterGroupsRegistry.of(scope).addInputFinding(
    finding(
      'CG-17',
      'error',
      path,
      `values with a Terraform expression at ${at} (a variable, a resource attribute or a function): Helm would receive its text, not its value`,
      'values as plain data',
      'write the value itself; for a secret, keep it in a Kubernetes secret of the virtual cluster’s namespace and point the chart at that secret, so it is in no Terraform file or values',
    ),
  );
}
