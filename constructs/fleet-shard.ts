import { Aspects, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { NamespaceOf } from '../src/emit/instances';
import { GroupSpec } from '../src/model/types';
import { onSynthesize } from './cdktf-adapter';
import type { FleetRegistry } from './fleet-registry';
import { groupOutput } from './group-output';
import type { HostEmitter } from './host-resources';
import { addKubeconfigOutputs } from './kubeconfig-outputs';
import { ProvidersByAlias } from './provider-order';

/** The id of a fleet's construct in each of its stacks. */
export const SHARD_ID = 'ClusterGroupsShard';

/**
 * What a fleet keeps per stack: the provider pairs of its hosts in alias order, the outputs of the
 * groups with hosts here (each listing only this stack's virtual clusters), the refusal of a fleet
 * with errors, the kubeconfig outputs asked for of its hosts and the stack's review files. Nothing here refers to another stack.
 */
export class FleetShard extends Construct implements HostEmitter {
  readonly kubernetesProviders = new ProvidersByAlias();
  readonly helmProviders = new ProvidersByAlias();
  /** The names of the hosts in this stack. */
  readonly hosts = new Set<string>();
  /** Their construct paths. */
  private readonly hostPaths: string[] = [];
  /** Group path → the construct of its outputs in this stack. */
  private readonly groups = new Map<string, Construct>();

  constructor(
    readonly stack: TerraformStack,
    /** The fleet's registry, whose evaluation spans all its stacks. */
    readonly fleet: FleetRegistry,
  ) {
    super(stack, SHARD_ID);
    // Aspects run on every synth path: the one place to stop this stack while the fleet has errors,
    // and to add the kubeconfig outputs asked for of this stack's hosts, once placement is known.
    Aspects.of(this).add({
      visit: (node) => {
        if (node !== this) return;
        // A half-synthesized fleet is never deployable: every shard refuses while the fleet has errors.
        fleet.refuseOnErrors();
        this.addKubeconfigOutputs();
      },
    });
    onSynthesize(this, (outdir) => fleet.synthesized(outdir, this));
  }

  addHost(name: string, path: string, group: GroupSpec): void {
    this.hosts.add(name);
    this.hostPaths.push(path);
    if (this.groups.has(group.path)) return;
    const scope = new Construct(this, group.path.replace(/\//g, '.'));
    this.groups.set(group.path, scope);
    groupOutput(scope, 'VirtualClusters', group, () => this.fleet.outputIn(group.path, this.hosts));
  }

  /** The kubeconfig readers of this stack's hosts, and each group's sensitive output of the kubeconfigs read here. */
  private addKubeconfigOutputs(): void {
    // This stack's hosts only: a fleet of 1,000 stacks would otherwise look at every host 1,000 times.
    const all = this.fleet.kubeconfigScopes.hosts;
    const hosts = new Map(this.hostPaths.flatMap((path) => (all.has(path) ? [[path, all.get(path)!] as const] : [])));
    const { readers, outputs } = this.fleet.kubeconfigOutputs();
    const here = new Map(
      [...outputs].map(([groupPath, output]) => {
        const names = Object.keys(output.value).filter((name) => hosts.has(output.hostOf[name]));
        return [groupPath, { ...output, value: Object.fromEntries(names.map((name) => [name, output.value[name]])) }] as const;
      }),
    );
    addKubeconfigOutputs({ readers, outputs: new Map([...here].filter(([, output]) => Object.keys(output.value).length > 0)) }, { hosts, groups: this.groups });
  }

  namespacesOn(hostPath: string): Record<string, NamespaceOf> | string {
    return this.fleet.namespacesOn(hostPath);
  }

  releasesOn(hostPath: string): Record<string, { values: string }> | string {
    return this.fleet.releasesOn(hostPath);
  }
}
