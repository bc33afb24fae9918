import { finding, Rule } from './rule';
import { wrongProps } from './wrong-prop';

export const VC9: Rule = {
  id: 'VC-9',
  severities: ['error', 'warning'],
  title: 'kubeconfigOutput is true or false; when true, the virtual cluster’s kubeconfig becomes a sensitive output, kept in Terraform’s state (a warning).',
  rationale:
    'The kubeconfig holds a client certificate and key with full rights in the virtual cluster. As an output it is stored in the state and printed by `terraform output -json`: whoever reads the state can use the virtual cluster.',
  remedy:
    'Leave kubeconfigOutput off and fetch the kubeconfig after apply (`cdktf-cluster-groups kubeconfig <group>/<name>`), or keep it on where the state is as protected as the kubeconfig must be.',
  check: ({ fleet, placement }) =>
    fleet.groups.flatMap((group) =>
      group.virtualClusters
        .filter((vc) => vc.spec.kubeconfigOutput === true && placement.byPath.has(vc.spec.path))
        .map((vc) =>
          finding({
            severity: 'warning',
            path: vc.spec.path,
            received: 'kubeconfigOutput: true',
            expected: 'the kubeconfig kept out of Terraform’s state',
            fix: 'protect the state as the kubeconfig itself (it holds a client key), or remove kubeconfigOutput and run cdktf-cluster-groups kubeconfig after apply',
          }),
        ),
    ),
  // "false" is a true value in JavaScript: a flag of the wrong kind is an error, never guessed.
  checkInput: (input) => wrongProps(input, 'kubeconfigOutput', ['virtual-cluster'], 'true or false', 'pass kubeconfigOutput: true or false, without quotes'),
};
