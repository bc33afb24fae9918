import { isNonBlank } from '../model/names';
import { looksLikeKubeconfigContents, urlCredentials } from '../model/secrets';
import { ConnectionSpec, SecretInput } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';
import { wrongOptionClass } from './wrong-prop';

function secretProblem(input: SecretInput, what: string): string | undefined {
  if (input.kind === 'literal') return `a literal ${what} in code`;
  if (!input.sensitive) return `variable ${show(input.name)} for the ${what}, not marked sensitive`;
  // cdktf writes a variable's default into cdk.tf.json: a default is a secret in code.
  if (input.literalDefault) return `sensitive variable ${show(input.name)} for the ${what}, with a default in code`;
  return undefined;
}

/** What a connection points at; two hosts pointing at one cluster would install everything twice into it. */
function target(connection: ConnectionSpec): string | undefined {
  if (connection.kind === 'kubeconfig') return `kubeconfig ${show(connection.path)}, context ${connection.context === undefined ? '(current)' : show(connection.context)}`;
  if (connection.kind === 'token' || connection.kind === 'exec') return `API server ${show(connection.host)}`;
  return undefined;
}

/**
 * An exec plugin's credentials are as valuable as a token: without the cluster's CA they go to
 * any server the system's CAs vouch for. The user may say so on purpose (a public CA signed the
 * API server's certificate): then a warning.
 */
function execWithoutCa(path: string, trustSystem: boolean): RuleFinding {
  const expected = "the PEM of the API server's CA, or a Terraform variable holding it";
  if (trustSystem)
    return finding({
      severity: 'warning',
      path,
      received: 'an exec connection trusting the system CA certificates instead of the cluster CA',
      expected: expected,
      fix: "pass clusterCaCertificate unless a public CA signed the API server's certificate",
    });
  return finding({
    severity: 'error',
    path,
    received: 'an exec connection without the cluster CA certificate',
    expected: expected,
    fix: 'pass clusterCaCertificate, or set trustSystemCaCertificates: true if a public CA signed the API server’s certificate',
  });
}

export const HC5: Rule = {
  id: 'HC-5',
  severities: ['error', 'warning'],
  title:
    'Connection: a kubeconfig path and context, or host + CA + token given as sensitive Terraform variables, or host + CA + an exec plugin (the system CAs instead of the cluster CA only when asked, with a warning), or both providers of your own pair; one cluster per host; a literal secret is never written.',
  rationale:
    'A token typed into code ends up in cdk.tf.json, in the repository and in every plan posted to a pull request; a token or an exec plugin’s credentials without the CA go to a server nobody verified; two hosts on one cluster install everything twice into it.',
  remedy: 'Connect with Connection.kubeconfig(path, context), Connection.token({ ..., token: a TerraformVariable with sensitive: true }) or Connection.exec(...), or hand in your own providers.',
  checkInput: (input) => wrongOptionClass(input, 'connection', 'Connection.kubeconfig(...), Connection.token(...) or Connection.exec(...)'),
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    const targets = new Map<string, { path: string; name: unknown }>();
    for (const host of fleet.model.hosts) {
      const connection = host.connection;
      const path = host.path;
      const where = target(connection);
      const other = where === undefined ? undefined : targets.get(where);
      if (where !== undefined && other === undefined) targets.set(where, { path, name: host.name });
      // One host declared twice (CG-4, CG-5) naturally has one connection: that is reported there.
      if (where !== undefined && other !== undefined && other.name !== host.name)
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `${where}, also the connection of host ${other.path}`,
            expected: 'a connection of its own for each host',
            fix: 'point the connection at this host’s own cluster (another context or API server)',
          }),
        );
      if (connection.kind === 'providers' && (connection.kubernetes === undefined || connection.helm === undefined)) {
        const missing = [connection.kubernetes === undefined ? 'kubernetes' : '', connection.helm === undefined ? 'helm' : ''].filter(Boolean).join(' and ');
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `providers without a ${missing} provider`,
            expected: 'providers: { kubernetes: a KubernetesProvider, helm: a HelmProvider }',
            fix: `pass your ${missing} provider for this host, or a connection instead`,
          }),
        );
      }
      if (connection.kind === 'none') {
        findings.push(
          finding({
            severity: 'error',
            path,
            received: 'no connection and no providers',
            expected: 'a connection, or your own kubernetes and helm providers',
            fix: 'give connection: Connection.kubeconfig(path, context), Connection.token(...) or Connection.exec(...), or providers: { kubernetes, helm }',
          }),
        );
      }
      if (connection.kind === 'kubeconfig' && !isNonBlank(connection.path)) {
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `kubeconfig path ${show(connection.path)}`,
            expected: 'the path of a kubeconfig file',
            fix: 'use Connection.kubeconfig("~/.kube/config", "context-name")',
          }),
        );
      }
      if (connection.kind === 'kubeconfig' && typeof connection.path === 'string' && looksLikeKubeconfigContents(connection.path)) {
        findings.push(
          finding({
            severity: 'error',
            path,
            received: 'the contents of a kubeconfig (or a key or token) where its path belongs',
            expected: 'the path of a kubeconfig file',
            fix: 'write the kubeconfig to a file outside the repository and pass its path, or use Connection.token with a sensitive variable; treat the credentials you pasted as leaked',
          }),
        );
      }
      if ((connection.kind === 'token' || connection.kind === 'exec') && typeof connection.host === 'string') {
        const secret = urlCredentials(connection.host);
        if (secret)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `API server URL with ${secret}`,
              expected: 'the API server URL without credentials, e.g. "https://10.0.0.1:6443"',
              fix: 'remove the credentials from the URL and pass the token as a sensitive variable (Connection.token) or through an exec plugin; treat them as leaked',
            }),
          );
      }
      if (connection.kind === 'kubeconfig' && connection.context !== undefined && !isNonBlank(connection.context)) {
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `kubeconfig context ${show(connection.context)}`,
            expected: 'a context name, or none for the current context',
            fix: 'name a context of the kubeconfig, or leave it out',
          }),
        );
      }
      if (connection.kind === 'token') {
        if (!isNonBlank(connection.host))
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `API server ${show(connection.host)}`,
              expected: 'the API server URL, e.g. "https://10.0.0.1:6443"',
              fix: 'pass the API server URL or a Terraform variable holding it',
            }),
          );
        if (!isNonBlank(connection.clusterCaCertificate))
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `cluster CA certificate ${show(connection.clusterCaCertificate)}`,
              expected: "the PEM of the API server's CA, or a Terraform variable holding it",
              fix: 'pass clusterCaCertificate: without it the token would be sent to a server nobody verified',
            }),
          );
        const token = secretProblem(connection.token, 'token');
        if (token)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: token,
              expected: 'a TerraformVariable with sensitive: true',
              fix: 'declare new TerraformVariable(stack, "host_token", { type: "string", sensitive: true }) and pass it; set its value with TF_VAR_host_token',
            }),
          );
      }
      if (connection.kind === 'exec') {
        if (!isNonBlank(connection.host))
          findings.push(
            finding({ severity: 'error', path, received: `API server ${show(connection.host)}`, expected: 'the API server URL', fix: 'pass the API server URL the exec plugin authenticates against' }),
          );
        if (!isNonBlank(connection.clusterCaCertificate)) findings.push(execWithoutCa(path, connection.trustSystemCaCertificates === true));
        if (!isNonBlank(connection.apiVersion) || !isNonBlank(connection.command)) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `exec plugin ${show({ apiVersion: connection.apiVersion, command: connection.command })}`,
              expected: 'an exec plugin with apiVersion (e.g. "client.authentication.k8s.io/v1beta1") and command',
              fix: 'give both apiVersion and command',
            }),
          );
        }
      }
    }
    return findings;
  },
};
