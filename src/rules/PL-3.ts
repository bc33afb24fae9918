import { lockProblemsOf } from './lock-problems';
import { finding, Rule } from './rule';

export const PL3: Rule = {
  id: 'PL-3',
  severities: ['error'],
  title: 'Every load-balancer IP in the lock is one address, held by one virtual cluster of the stack, inside the pools of the host that virtual cluster stays on.',
  rationale:
    'A locked IP outside the pools, or held twice, cannot be kept: handing out another address without a word would change how clients reach a running virtual cluster (its kubeconfig server and certificate names).',
  remedy: "Put the address back into the host's pools, or remove the entry's 'ip' from the lock to give that virtual cluster a new address from its host's pools (its endpoint then changes).",
  checkInput: (input) => lockProblemsOf('PL-3', input),
  check: ({ placement }) => [
    ...placement.ipsOutsidePools.map((o) =>
      finding({
        severity: 'error',
        path: o.path,
        received: `the locked IP ${o.ip} of ${o.group}/${o.virtualCluster}, outside every pool of host ${o.host}`,
        expected: "an IP inside the pools of the virtual cluster's host",
        fix: `put ${o.ip} back into the pools of ${o.host}, or remove the 'ip' of ${o.group}/${o.virtualCluster} from the lock to give it a new address (its endpoint changes)`,
      }),
    ),
  ],
};
