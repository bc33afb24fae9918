import { isDnsLabel } from '../model/names';
import { Finding } from '../model/types';
import { finding, Rule, show } from './rule';

export const HC1: Rule = {
  id: 'HC-1',
  title: 'Host name is a DNS-1123 label; its provider alias is derived from it and unique in the stack.',
  rationale: 'Each host gets a kubernetes and a helm provider under its alias; Terraform refuses two providers of one type with one alias, and the alias is part of every address on the host.',
  remedy: 'Rename the host to a lowercase DNS label whose alias (dashes as underscores) no other host of the stack has.',
  check: ({ fleet }) => {
    const findings: Finding[] = [];
    const aliasOwner = new Map<string, string>();
    for (const group of fleet.groups) {
      for (const host of group.hosts) {
        if (!isDnsLabel(host.spec.name)) {
          findings.push(
            finding(
              'HC-1',
              'error',
              host.spec.path,
              `host name ${show(host.spec.name)}`,
              'a DNS-1123 label (lowercase letters, digits and "-", at most 63)',
              'name the host as its cluster is known, e.g. "dc1-rack2"',
            ),
          );
          continue;
        }
        const owner = aliasOwner.get(host.alias);
        if (owner !== undefined && owner !== host.name) {
          findings.push(
            finding(
              'HC-1',
              'error',
              host.spec.path,
              `host ${show(host.name)}, whose provider alias ${show(host.alias)} is also that of host ${show(owner)}`,
              'a provider alias unique in the stack',
              'rename one of the two hosts',
            ),
          );
        } else aliasOwner.set(host.alias, host.name);
      }
    }
    return findings;
  },
};
