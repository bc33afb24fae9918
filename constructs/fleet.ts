import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ShardedHost, ShardingSpec } from '../src/placement/sharding';
import { brand, BRANDS, hasBrand } from './brand';
import { FleetRegistry } from './fleet-registry';
import { MoveAcknowledgement } from './options';
import { received } from './require';

/** How a {@link Fleet} splits its hosts into stacks, each its own Terraform state. */
export class Sharding {
  /** One stack per group: `<fleet>-<group>` (`<project>_<group>` in a project scope). */
  static perGroup(): Sharding {
    return new Sharding({ kind: 'group' });
  }

  /** One stack per host: `<fleet>-<host>`. The smallest plans: one host's virtual clusters each. */
  static perHost(): Sharding {
    return new Sharding({ kind: 'host' });
  }

  /**
   * Stacks of at most `hosts` hosts each, numbered `1`, `2`, …: a host keeps the stack the lock
   * records for it, a new one goes to the lowest-numbered stack with room, in the order hosts are
   * declared. Neither adding hosts nor changing `hosts` moves a recorded host.
   */
  static everyHosts(hosts: number): Sharding {
    return new Sharding({ kind: 'every', hosts });
  }

  /** Your own choice: `chooser.shardOf(host)`, a pure function of the host giving its shard's name (letters, digits, `-`, `_`). */
  static by(chooser: IShardChooser): Sharding {
    // A chooser without the method is PL-8's finding, not a TypeError at synth.
    return new Sharding(hasMethod(chooser, 'shardOf') ? { kind: 'by', shardOf: (host) => chooser.shardOf(host) } : undefined, chooser);
  }

  private constructor(
    /** @internal Undefined for a `by` without a usable chooser. */
    readonly _spec: ShardingSpec | undefined,
    /** @internal What `by` was given, as PL-8 reports it. */
    readonly _given?: unknown,
  ) {}
}

/** Chooses each host's shard, for {@link Sharding.by}. */
export interface IShardChooser {
  /** The host's shard: a pure function of the host, giving letters, digits, `-` and `_` (at most 100). */
  shardOf(host: ShardedHost): string;
}

/** Names the stack of each shard of a {@link Fleet}. */
export interface IStackNamer {
  /** The stack (and its folder, and its `cdktf deploy` name) of the shard: letters, digits, `-` and `_` (at most 100). */
  stackNameOf(shard: string): string;
}

/** Configures each stack a {@link Fleet} creates: where it gets its backend (S3, GCS, azurerm, HCP Terraform), never in our constructs. */
export interface IStackConfigurer {
  /** Called once with each stack the fleet creates, and the shard it holds. */
  configure(stack: TerraformStack, shard: string): void;
}

/** Props of a {@link Fleet}. */
export interface FleetProps {
  /** How hosts are split into stacks. */
  readonly sharding: Sharding;
  /** Names the stack (and its folder, and its `cdktf deploy` name) of each shard. @default `<fleet id>-<shard>` */
  readonly stackName?: IStackNamer;
  /** Called once with each stack the fleet creates: where you give it its backend. @default none (a local state per stack) */
  readonly configureStack?: IStackConfigurer;
}

/**
 * A fleet run as many Terraform states: groups declared under it are checked and placed as one
 * (every rule, the IPs and hostnames, owner quotas and the lock see every host), and each host's
 * providers and resources are emitted in the stack its sharding chooses. The stacks never
 * reference each other, so each plans and applies alone. Not a stack itself: put it in the App.
 */
export class Fleet extends Construct {
  /** Whether x is a Fleet, also across two copies of this package in one app. */
  static isFleet(x: unknown): x is Fleet {
    return hasBrand(x, BRANDS.fleet);
  }

  private readonly registry: FleetRegistry;

  constructor(scope: Construct, id: string, props: FleetProps) {
    super(scope, id);
    brand(this, BRANDS.fleet);
    const app = App.of(this);
    // JavaScript callers may pass anything: PL-8 says what is wrong, and one stack per host named `<id>-<host>` stands in meanwhile.
    const sharding = props?.sharding instanceof Sharding ? props.sharding : undefined;
    const spec = sharding?._spec;
    const shardingUsable = spec !== undefined && (spec.kind !== 'every' || (Number.isInteger(spec.hosts) && spec.hosts >= 1));
    const { stackName: namer, configureStack: configurer } = props ?? {};
    const namerUsable = namer === undefined || hasMethod(namer, 'stackNameOf');
    const configurerUsable = configurer === undefined || hasMethod(configurer, 'configure');
    const registry = (this.registry = new FleetRegistry(this, {
      sharding: shardingUsable ? spec : { kind: 'host' },
      stackName: namer && namerUsable ? (shard) => namer.stackNameOf(shard) : (shard) => `${id}-${shard}`,
      createStack: (name, shard) => {
        const stack = new TerraformStack(app, name);
        if (shard !== undefined && configurerUsable) configurer?.configure(stack, shard);
        return stack;
      },
    }));
    const wrong = (prop: 'sharding' | 'stackName' | 'configureStack', value: unknown) => registry.addWrongProp({ path: this.node.path, owner: 'fleet', prop, value: received(value) });
    if (!shardingUsable) wrong('sharding', spec?.kind === 'every' ? spec.hosts : (sharding?._given ?? props?.sharding));
    if (!namerUsable) wrong('stackName', namer);
    if (!configurerUsable) wrong('configureStack', configurer);
  }

  /**
   * The stack the host of that name is emitted in (its providers and resources; its part of its
   * group's output): where to read what names its resources, such as a virtual cluster's
   * `namespace` or the host's `externalAddress`. Undefined for a name no host of the fleet has (yet).
   */
  stackOf(host: string): TerraformStack | undefined {
    return this.registry.stackOf(host);
  }

  /**
   * Accepts that `host` changes stack (another Terraform state), with the reason (PL-7). Move its
   * resources' state first (README "Fleets past one Terraform state"); remove this once applied.
   */
  acknowledgeReshard(host: string, acknowledgement: MoveAcknowledgement): void {
    this.registry.acknowledgeMove({ path: this.node.path, reason: acknowledgement?.reason, host });
  }
}

/** Whether a value has the method we call (callers in JavaScript may give anything: PL-8 reports it). */
function hasMethod(value: unknown, method: string): boolean {
  return typeof (value as Record<string, unknown> | null | undefined)?.[method] === 'function';
}
