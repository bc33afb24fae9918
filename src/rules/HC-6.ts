import { finding, Rule, RuleFinding, show } from './rule';

export const HC6: Rule = {
  id: 'HC-6',
  severities: ['error'],
  title: 'A BGP peer’s password is a Terraform variable declared sensitive (we create the secret MetalLB reads), or the name of a secret you create (passwordSecret), not both.',
  rationale:
    'A password typed into code ends up in cdk.tf.json and every plan; a secret that does not exist when MetalLB configures the peer leaves the BGP session down without an error anyone sees.',
  remedy: 'Pass password: a TerraformVariable with sensitive: true (set it with TF_VAR_…), or passwordSecret naming a basic-auth secret you create first; not both.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const host of fleet.model.hosts) {
      if (host.endpoint.kind !== 'metallb') continue;
      for (const peer of host.endpoint.bgpPeers) {
        const password = peer?.password;
        if (password === undefined) continue;
        const problem =
          password.kind === 'literal'
            ? 'a literal password in code'
            : !password.sensitive
              ? `variable ${show(password.name)} for the password, not marked sensitive`
              : peer.passwordSecret !== undefined
                ? `both password and passwordSecret ${show(peer.passwordSecret)}`
                : undefined;
        if (problem)
          findings.push(
            finding({
              severity: 'error',
              path: host.path,
              received: `BGP peer ${show(peer.name)}: ${problem}`,
              expected: 'password: a TerraformVariable with sensitive: true, or passwordSecret alone',
              fix: 'declare new TerraformVariable(stack, "bgp_password", { type: "string", sensitive: true }), pass it as password and drop passwordSecret; set its value with TF_VAR_bgp_password',
            }),
          );
      }
    }
    return findings;
  },
};
