import { Aspects, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { NamespaceOf } from '../src/emit/instances';
import { groupKey } from '../src/model/fleet';
import { GroupSpec } from '../src/model/types';
import { onSynthesize } from './cdktf-adapter';
import type { FleetRegistry } from './fleet-registry';
import { groupOutput } from './group-output';
import type { HostEmitter } from './host-resources';
import { ProvidersByAlias } from './provider-order';

/**
 * What a fleet keeps per stack: the provider pairs of its hosts in alias order, the outputs of the
 * groups with hosts here (each listing only this stack's virtual clusters), the refusal of a fleet
 * with errors and the stack's review files. Nothing here refers to another stack.
 */
export class FleetShard extends Construct implements HostEmitter {
  readonly kubernetesProviders = new ProvidersByAlias();
  readonly helmProviders = new ProvidersByAlias();
  /** The names of the hosts in this stack. */
  readonly hosts = new Set<string>();
  private readonly outputs = new Set<string>();

  constructor(
    readonly stack: TerraformStack,
    private readonly fleet: FleetRegistry,
  ) {
    super(stack, 'ClusterGroupsShard');
    // Aspects run on every synth path: the one place to stop this stack while the fleet has errors.
    Aspects.of(this).add({ visit: (node) => (node === this ? fleet.refuse() : undefined) });
    onSynthesize(this, (outdir) => fleet.synthesized(outdir, this));
  }

  addHost(name: string, group: GroupSpec): void {
    this.hosts.add(name);
    if (this.outputs.has(group.path)) return;
    this.outputs.add(group.path);
    groupOutput(this, group.path.replace(/\//g, '.'), groupKey(group), () => this.fleet.outputIn(group.path, this.hosts));
  }

  namespacesOn(hostPath: string): Record<string, NamespaceOf> | string {
    return this.fleet.namespacesOn(hostPath);
  }

  releasesOn(hostPath: string): Record<string, { values: string }> | string {
    return this.fleet.releasesOn(hostPath);
  }
}
