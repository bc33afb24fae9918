/** How a fleet's hosts are split into stacks (Terraform states): the decision, free of cdktf. */
import { HostKind } from '../model/host-kinds';

/** What a `by` function reads of a host. */
export interface ShardedHost {
  /** The host's name, as given. */
  readonly name: string;
  /** The host's group, by name. */
  readonly group: string;
  /** The group's key: its name, or `<project>/<name>` in a project scope. */
  readonly groupKey: string;
  /** The host's kind. */
  readonly kind: HostKind;
}

export type ShardingSpec =
  { readonly kind: 'group' } | { readonly kind: 'host' } | { readonly kind: 'every'; readonly hosts: number } | { readonly kind: 'by'; readonly shardOf: (host: ShardedHost) => string };

/** A shard name is a stack id and a folder name: letters, digits, `-` and `_`, starting with a letter or digit. */
export function isShardName(name: unknown): name is string {
  return typeof name === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(name);
}

/**
 * Gives each host its shard as it is declared. `every` keeps the stack the lock records for a
 * host; a host the lock does not know goes to the lowest-numbered shard (`1`, `2`, …) holding
 * fewer than n hosts. A recorded host therefore never moves, whatever is added before it or
 * whatever n becomes (a plain "sort and cut every n" would move every host after an inserted one).
 */
export class ShardAssigner {
  /** Hosts per stack: those the lock records, then those given a shard by this synth. */
  private readonly counts = new Map<string, number>();
  /** For `every`: the numbered shard of each stack the lock records. */
  private readonly numbered = new Map<string, string>();
  private readonly given = new Map<string, string>();

  constructor(
    private readonly spec: ShardingSpec,
    private readonly stackName: (shard: string) => string,
    private readonly recorded: Readonly<Record<string, string>>,
  ) {
    const stacks = Object.values(recorded);
    for (const stack of stacks) this.counts.set(stack, (this.counts.get(stack) ?? 0) + 1);
    // There are never more numbered shards than recorded hosts.
    if (spec.kind === 'every') for (let shard = 1; shard <= stacks.length; shard++) this.numbered.set(stackName(String(shard)), String(shard));
  }

  /** The host's shard; the same for every membership of one host name. */
  shardOf(host: ShardedHost): string {
    const known = this.given.get(host.name);
    if (known !== undefined) return known;
    const shard = this.decide(host);
    this.given.set(host.name, shard);
    return shard;
  }

  private decide(host: ShardedHost): string {
    switch (this.spec.kind) {
      case 'group':
        // A DNS label has no `_`: the project and the name stay apart.
        return host.groupKey.replace('/', '_');
      case 'host':
        return host.name;
      case 'by':
        return this.spec.shardOf(host);
      case 'every': {
        const recorded = this.numbered.get(this.recorded[host.name]);
        if (recorded !== undefined) return recorded;
        let shard = 1;
        while ((this.counts.get(this.stackName(String(shard))) ?? 0) >= this.spec.hosts) shard++;
        const stack = this.stackName(String(shard));
        this.counts.set(stack, (this.counts.get(stack) ?? 0) + 1);
        return String(shard);
      }
    }
  }
}
