import { isDnsLabel } from '../model/names';
import { Model, ProviderSpec } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';

function aliasText(provider: ProviderSpec): string {
  return provider.alias === undefined ? 'with no alias' : `of alias ${show(provider.alias)}`;
}

/** Two provider blocks of one type and alias in the stack, where at least one is the user's (two of ours are two hosts of one alias, reported as such). */
function aliasClashes(providers: readonly ProviderSpec[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const first = new Map<string, ProviderSpec>();
  for (const provider of providers) {
    const key = `${provider.stack ?? ''}\0${provider.type}\0${provider.alias ?? ''}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, provider);
    else if (!(earlier.ours && provider.ours)) {
      const [user, other] = provider.ours ? [earlier, provider] : [provider, earlier];
      findings.push(
        finding({
          severity: 'error',
          path: user.path,
          received: `a ${user.type} provider ${aliasText(user)}, as is ${other.path}`,
          expected: `one ${user.type} provider per alias in the stack (Terraform refuses two of one alias, or two without one)`,
          fix: 'give your provider an alias of its own; the aliases we create are the host names with dashes as underscores',
        }),
      );
    }
  }
  return findings;
}

/** A provider pair handed to two hosts would install both hosts' releases into one cluster. */
function sharedProviders(model: Model): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const user = new Map<string, string>();
  for (const host of model.hosts) {
    if (host.connection.kind !== 'providers') continue;
    for (const path of [host.connection.kubernetes, host.connection.helm]) {
      if (path === undefined) continue;
      const other = user.get(path);
      if (other === undefined) user.set(path, host.path);
      else
        findings.push(
          finding({
            severity: 'error',
            path: host.path,
            received: `provider ${path}, also given to host ${other}`,
            expected: 'providers of its own for each host: each host is a cluster of its own',
            fix: "hand each host the providers configured for that host's cluster",
          }),
        );
    }
  }
  return findings;
}

export const HC1: Rule = {
  id: 'HC-1',
  severities: ['error'],
  title:
    'Host name is a DNS-1123 label; its provider alias is derived from it and unique in the stack (two providers of one type with the same or no alias are refused; a provider pair serves one host).',
  rationale: 'Each host gets a kubernetes and a helm provider under its alias; Terraform refuses two providers of one type with one alias, and the alias is part of every address on the host.',
  remedy: 'Rename the host to a lowercase DNS label whose alias (dashes as underscores) no other host of the stack has.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    const aliasOwner = new Map<string, string>();
    for (const group of fleet.groups) {
      for (const host of group.hosts) {
        if (!isDnsLabel(host.spec.name)) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `host name ${show(host.spec.name)}`,
              expected: 'a DNS-1123 label (lowercase letters, digits and "-", at most 63)',
              fix: 'name the host as its cluster is known, e.g. "dc1-rack2"',
            }),
          );
          continue;
        }
        const owner = aliasOwner.get(host.alias);
        if (owner !== undefined && owner !== host.name) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `host ${show(host.name)}, whose provider alias ${show(host.alias)} is also that of host ${show(owner)}`,
              expected: 'a provider alias unique in the stack',
              fix: 'rename one of the two hosts',
            }),
          );
        } else aliasOwner.set(host.alias, host.name);
      }
    }
    return [...findings, ...aliasClashes(fleet.model.providers ?? []), ...sharedProviders(fleet.model)];
  },
};
