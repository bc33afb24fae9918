import { execFile } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

/** What scripts/e2e/run.sh started and built, passed in its environment. */
export interface Environment {
  /** The run's folder: kubeconfig under home/, chart repositories under charts/, Terraform's CLI configuration, logs under logs/. */
  readonly run: string;
  /** The Terraform CLI (or OpenTofu where no Terraform is installed). */
  readonly cli: string;
  readonly helm: string;
  readonly kubectl: string;
  /** The provider releases built and mirrored, which the suite's synthesized constraints name. */
  readonly helmProviderRelease: string;
  readonly kubernetesProviderRelease: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end suite with npm run e2e, which starts the clusters it needs`);
  return value;
}

export function environment(): Environment {
  return {
    run: required('CG_E2E_RUN'),
    cli: required('CG_E2E_CLI'),
    helm: required('CG_E2E_HELM'),
    kubectl: required('CG_E2E_KUBECTL'),
    helmProviderRelease: required('CG_E2E_HELM_PROVIDER_RELEASE'),
    kubernetesProviderRelease: required('CG_E2E_KUBERNETES_PROVIDER_RELEASE'),
  };
}

/** The synthesized providers read "~/.kube/config": the run's home holds the loopback clusters' one. */
export function home(env: Environment): string {
  return join(env.run, 'home');
}

/** The exec credential plugins of the run (the edge example's `edge-login`), put first on Terraform's PATH. */
export function plugins(env: Environment): string {
  return join(env.run, 'bin');
}

/** The run's CA certificate (PEM), which every API server's serving certificate chains to. */
export function caCertificate(env: Environment): string {
  return readFileSync(join(env.run, 'pki', 'ca.crt'), 'utf8');
}

/** A bearer token every API server of the run accepts (system:masters), as a cluster admin hands one out. */
export function bearerToken(env: Environment): string {
  return readFileSync(join(env.run, 'pki', 'token'), 'utf8').trim();
}

export function kubeconfig(env: Environment): string {
  return join(home(env), '.kube', 'config');
}

export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to its end without throwing on a non-zero exit. Asynchronous on purpose: the
 * chart repository and API servers are other processes, but a synchronous child would still
 * stall jest's own timers for the length of a Terraform apply.
 */
export function command(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd: options.cwd, env: options.env ?? process.env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Fails with the command's own output, so a failed step explains itself in the jest report. */
export function expectSuccess(result: Result, what: string): Result {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}\n${result.stdout.slice(-8000)}\n${result.stderr.slice(-8000)}`);
  return result;
}

/** kubectl against one host's context, JSON out. */
export async function kubectlJson<T>(env: Environment, context: string, args: readonly string[]): Promise<T> {
  const result = expectSuccess(await command(env.kubectl, ['--kubeconfig', kubeconfig(env), '--context', context, ...args, '-o', 'json']), `kubectl ${args.join(' ')}`);
  return JSON.parse(result.stdout) as T;
}

/** The Helm releases on one host, as Helm itself lists them (Helm 4 lists failed ones too). */
export async function helmReleases(env: Environment, context: string): Promise<Array<{ name: string; namespace: string; status: string; chart: string }>> {
  const result = expectSuccess(await command(env.helm, ['list', '--all-namespaces', '--kube-context', context, '--kubeconfig', kubeconfig(env), '-o', 'json']), 'helm list');
  return JSON.parse(result.stdout);
}
