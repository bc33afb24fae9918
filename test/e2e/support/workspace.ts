import { App, TerraformStack } from 'cdktf';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { delimiter, join } from 'path';
import { ClusterGroups } from '../../../constructs';
import { CHARTS } from '../../support/charts';
import { TerraformJson } from '../../support/synth';
import { command, Environment, expectSuccess, home, plugins, Result } from './environment';

/** A stack class of the examples, or one of the suite's own. */
export type StackFactory = (app: App) => TerraformStack;

/**
 * One deployment as a user has it: a project folder with the app's lock file, what `cdktf synth`
 * wrote under cdktf.out/, and Terraform run in the stack's folder as `cdktf deploy` runs it. The
 * state stays there between synths, so a changed stack plans against what is deployed.
 */
export class Workspace {
  private constructor(
    readonly env: Environment,
    readonly project: string,
    readonly stackId: string,
    private readonly variables: Readonly<Record<string, string>>,
  ) {}

  /** `variables`: the stack's Terraform variables, given as a user gives them in CI (`TF_VAR_name`). */
  static create(env: Environment, name: string, stackId: string, variables: Readonly<Record<string, string>> = {}): Workspace {
    const project = join(env.run, 'projects', name);
    mkdirSync(project, { recursive: true });
    return new Workspace(env, project, stackId, variables);
  }

  get lockFile(): string {
    return join(this.project, 'cluster-groups.lock.json');
  }

  get stackDir(): string {
    return join(this.project, 'cdktf.out', 'stacks', this.stackId);
  }

  /** Synthesizes the stack the factory builds, then points its chart repositories at loopback. */
  async synth(factory: StackFactory): Promise<TerraformJson> {
    const app = new App({ outdir: join(this.project, 'cdktf.out'), context: { [ClusterGroups.CONTEXT_LOCK_FILE]: this.lockFile, [ClusterGroups.CONTEXT_QUIET]: true } });
    const stack = factory(app);
    if (stack.node.id !== this.stackId) throw new Error(`the factory built stack ${stack.node.id}, this workspace deploys ${this.stackId}`);
    app.synth();
    const file = join(this.stackDir, 'cdk.tf.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as TerraformJson;
    await this.substituteRepositories(json);
    this.substituteProviderVersions(json);
    writeFileSync(file, JSON.stringify(json, null, 2));
    return json;
  }

  /**
   * The one test-only change to what synth wrote. The releases name public chart repositories,
   * which cannot be reached here; each `repository` URL https://HOST/PATH becomes
   * CHART_REPO/HOST/PATH, a Helm repository on loopback that serves the same chart version,
   * packaged by a real Helm from the upstream chart kept in ../shared/charts. Chart name,
   * version, values and every other attribute stay exactly as synthesized.
   */
  private async substituteRepositories(json: TerraformJson): Promise<void> {
    const loopback = readFileSync(join(this.env.run, 'chart-repo-url'), 'utf8').trim();
    for (const release of Object.values<TerraformJson>(json.resource?.helm_release ?? {})) {
      if (typeof release.repository !== 'string') continue;
      const upstream = new URL(release.repository);
      const folder = join(upstream.host, upstream.pathname);
      await this.publish(folder, release.chart, release.version);
      release.repository = `${loopback}/${folder.replace(/\/$/, '')}`;
    }
  }

  /**
   * The other test-only change: the constraints name the provider releases our bindings wrap
   * (helm 3.1.1, kubernetes 2.38.0), which the Go module proxy does not serve; they become the
   * releases scripts/e2e/build.sh could build (see scripts/e2e/versions.sh).
   */
  private substituteProviderVersions(json: TerraformJson): void {
    const providers = json.terraform.required_providers;
    providers.helm.version = this.env.helmProviderRelease;
    providers.kubernetes.version = this.env.kubernetesProviderRelease;
  }

  /** Packages ../shared/charts/CHART/VERSION/chart into the loopback repository FOLDER, once per run. */
  private async publish(folder: string, chart: string, version: string): Promise<void> {
    const repo = join(this.env.run, 'charts', folder);
    if (existsSync(join(repo, `${chart}-${version}.tgz`))) return;
    const source = join(CHARTS, chart, version, 'chart');
    if (!existsSync(source)) throw new Error(`no upstream chart ${chart} ${version} in ${CHARTS}: the end-to-end suite needs ../shared/charts`);
    mkdirSync(repo, { recursive: true });
    // --version as the charts' release pipelines set it (vcluster's Chart.yaml says 0.0.1 until then).
    expectSuccess(await command(this.env.helm, ['package', source, '--version', version, '--destination', repo], { env: this.helmEnv() }), `helm package ${chart}`);
    expectSuccess(await command(this.env.helm, ['repo', 'index', repo], { env: this.helmEnv() }), `helm repo index ${folder}`);
  }

  private helmEnv(): NodeJS.ProcessEnv {
    return { ...process.env, HOME: home(this.env) };
  }

  /**
   * Terraform as `cdktf deploy` runs it, with the run's home (so the synthesized "~/.kube/config"
   * is the loopback clusters' kubeconfig), the run's exec credential plugins first on the PATH,
   * the stack's variables, and a CLI configuration that installs the providers built by
   * scripts/e2e/build.sh from a filesystem mirror: nothing is fetched from a registry.
   */
  async terraform(...args: string[]): Promise<Result> {
    const env = {
      ...process.env,
      ...Object.fromEntries(Object.entries(this.variables).map(([name, value]) => [`TF_VAR_${name}`, value])),
      PATH: `${plugins(this.env)}${delimiter}${process.env.PATH ?? ''}`,
      HOME: home(this.env),
      TF_CLI_CONFIG_FILE: join(this.env.run, 'terraform.rc'),
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
    };
    const result = await command(this.env.cli, args, { cwd: this.stackDir, env });
    // Every command's output, in order, for a run kept with CG_E2E_KEEP=1.
    appendFileSync(join(this.project, 'terraform.log'), `$ terraform ${args.join(' ')}\n${result.stdout}${result.stderr}exit ${result.code}\n\n`);
    return result;
  }

  async init(): Promise<void> {
    expectSuccess(await this.terraform('init', '-no-color'), 'terraform init');
  }

  apply(): Promise<Result> {
    return this.terraform('apply', '-auto-approve', '-no-color');
  }

  /** `plan -detailed-exitcode`: 0 no changes, 2 changes, 1 error. */
  plan(): Promise<Result> {
    return this.terraform('plan', '-detailed-exitcode', '-no-color', '-out', 'tfplan');
  }

  /** The last plan as `terraform show -json` prints it, and the file it was written to. */
  async showPlan(): Promise<{ file: string; json: TerraformJson }> {
    const result = expectSuccess(await this.terraform('show', '-json', 'tfplan'), 'terraform show -json');
    const file = join(this.stackDir, 'plan.json');
    writeFileSync(file, result.stdout);
    return { file, json: JSON.parse(result.stdout) };
  }

  /** Addresses in the state, as `terraform state list` prints them. */
  async state(): Promise<string[]> {
    const result = expectSuccess(await this.terraform('state', 'list'), 'terraform state list');
    return result.stdout.split('\n').filter(Boolean).sort();
  }

  destroy(): Promise<Result> {
    return this.terraform('destroy', '-auto-approve', '-no-color');
  }
}

/** Every planned resource change that is not a no-op: address and actions. */
export function plannedChanges(plan: TerraformJson): Array<{ address: string; actions: string[] }> {
  return (plan.resource_changes ?? [])
    .map((change: TerraformJson) => ({ address: change.address as string, actions: change.change.actions as string[] }))
    .filter((change: { actions: string[] }) => !(change.actions.length === 1 && (change.actions[0] === 'no-op' || change.actions[0] === 'read')));
}
