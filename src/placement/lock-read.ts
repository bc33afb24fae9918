import { canonicalAddress } from '../model/ip-range';
import { textKeyed } from '../model/text-keyed';
import { isMap } from '../model/values';
import { duplicateKeys, joinPath } from './json-duplicates';
import { EMPTY_LOCK, Lock, LOCK_VERSION, LockedGroup, LockedVirtualCluster } from './lock';

/** Something wrong in the lock file itself, found while reading it; a rule (PL-2, PL-3) reports it. */
export interface LockProblem {
  readonly rule: 'PL-2' | 'PL-3';
  readonly received: string;
  readonly expected: string;
  readonly fix: string;
}

export interface LockRead {
  /** This stack's lock: every entry that could be read (the rest are problems). */
  readonly lock: Lock;
  /** Every stack's entry as found, to be written back as it is. */
  readonly stacks: Readonly<Record<string, unknown>>;
  /** Every stack's lock as read, this one's included: where each host's virtual clusters are recorded. */
  readonly stackLocks: ReadonlyMap<string, Lock>;
  readonly problems: readonly LockProblem[];
}

const START_AFRESH = 'delete it to place every virtual cluster anew (each is then placed by the policy, and may move)';
const RESTORE = `restore it from version control, or ${START_AFRESH}`;
const EDIT = 'edit the entry as the message says (version control shows what was committed), or restore the file from version control';

/** The fields each level of the file may hold; anything else is a finding, not ignored. */
const FIELDS = {
  file: ['version', 'stacks'],
  stack: ['groups', 'hosts'],
  group: ['distribution', 'vclusterChartVersion', 'virtualClusters'],
  virtualCluster: ['host', 'ip'],
} as const;

/**
 * Reads a lock file's text strictly: a byte-order mark is fine; text that is not JSON, another
 * format version, a duplicate key, an unknown field, a field of the wrong type, an IP that is no
 * address or that two virtual clusters of one stack share are problems, never repaired.
 */
export function readLockText(raw: string, stack: string): LockRead {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const problems: LockProblem[] = [];
  const format = (received: string, expected: string, fix = EDIT) => problems.push({ rule: 'PL-2', received, expected, fix });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    format(`a file that is not JSON (${(error as Error).message})`, 'the JSON this release writes', RESTORE);
    return { lock: EMPTY_LOCK, stacks: {}, stackLocks: new Map(), problems };
  }
  for (const path of duplicateKeys(text)) {
    format(`the key ${path} twice (a JSON reader keeps only the last)`, 'each key once', 'keep the entry that is right and delete the other (version control shows which was committed)');
  }
  if (!isMap(data) || data.version !== LOCK_VERSION) {
    const got = isMap(data) ? JSON.stringify(data.version) : 'no version';
    format(`format version ${got}`, `format version ${LOCK_VERSION}, as this release writes it`, `use the release that wrote it, or ${START_AFRESH}`);
    return { lock: EMPTY_LOCK, stacks: {}, stackLocks: new Map(), problems };
  }
  unknownFields(data, FIELDS.file, '', format);
  if (!isMap(data.stacks)) {
    format(`no 'stacks' object`, "a 'stacks' object, one entry per stack", RESTORE);
    return { lock: EMPTY_LOCK, stacks: {}, stackLocks: new Map(), problems };
  }
  const stackLocks = new Map<string, Lock>();
  for (const [name, entry] of Object.entries(data.stacks)) stackLocks.set(name, readStack(entry, joinPath('stacks', name), problems));
  return { lock: stackLocks.get(stack) ?? EMPTY_LOCK, stacks: data.stacks, stackLocks, problems };
}

function unknownFields(value: Record<string, unknown>, allowed: readonly string[], path: string, format: (received: string, expected: string) => void): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) format(`an unknown field ${joinPath(path, key)}`, `only ${allowed.join(', ')} there`);
  }
}

/** One stack's entry; every virtual cluster that can be read is kept, each problem is listed. */
function readStack(entry: unknown, path: string, problems: LockProblem[]): Lock {
  const format = (received: string, expected: string) => problems.push({ rule: 'PL-2', received, expected, fix: EDIT });
  const ips = new Map<string, string>();
  if (!isMap(entry) || !isMap(entry.groups)) {
    format(`no 'groups' object at ${path}`, "a 'groups' object in every stack's entry");
    return EMPTY_LOCK;
  }
  unknownFields(entry, FIELDS.stack, path, format);
  const groups = textKeyed<LockedGroup>();
  for (const [key, group] of Object.entries(entry.groups)) {
    const groupPath = joinPath(joinPath(path, 'groups'), key);
    if (!isMap(group) || !isMap(group.virtualClusters) || typeof group.distribution !== 'string') {
      format(`${groupPath} without a 'distribution' text and a 'virtualClusters' object`, 'both in every group');
      continue;
    }
    unknownFields(group, FIELDS.group, groupPath, format);
    if (group.vclusterChartVersion !== undefined && typeof group.vclusterChartVersion !== 'string') {
      format(`${joinPath(groupPath, 'vclusterChartVersion')} = ${JSON.stringify(group.vclusterChartVersion)}`, 'the chart version as text, or no such field');
    }
    const virtualClusters = textKeyed<LockedVirtualCluster>();
    for (const [name, vc] of Object.entries(group.virtualClusters)) {
      const vcPath = joinPath(joinPath(groupPath, 'virtualClusters'), name);
      if (!isMap(vc) || typeof vc.host !== 'string' || vc.host === '' || (vc.ip !== undefined && typeof vc.ip !== 'string')) {
        format(`${vcPath} = ${JSON.stringify(vc)}`, "a 'host' name and, optionally, an 'ip' text");
        continue;
      }
      unknownFields(vc, FIELDS.virtualCluster, vcPath, format);
      if (vc.ip === undefined) {
        virtualClusters[name] = { host: vc.host };
        continue;
      }
      const ip = canonicalAddress(vc.ip);
      if (ip === undefined) {
        problems.push({
          rule: 'PL-3',
          received: `${vcPath}.ip = ${JSON.stringify(vc.ip)}`,
          expected: 'one IPv4 or IPv6 address',
          fix: `remove the 'ip' of that entry to give it a new address from its host's pools`,
        });
        continue;
      }
      const holder = ips.get(ip);
      if (holder) {
        problems.push({
          rule: 'PL-3',
          received: `${ip} held by both ${holder} and ${vcPath}`,
          expected: 'each address held by one virtual cluster of the stack',
          fix: `remove the 'ip' of the entry that does not own the address (a new one is then given from its host's pools)`,
        });
      } else ips.set(ip, vcPath);
      virtualClusters[name] = { host: vc.host, ip };
    }
    const chartVersion = typeof group.vclusterChartVersion === 'string' ? { vclusterChartVersion: group.vclusterChartVersion } : {};
    groups[key] = { distribution: group.distribution, ...chartVersion, virtualClusters };
  }
  return entry.hosts === undefined ? { version: LOCK_VERSION, groups } : { version: LOCK_VERSION, groups, hosts: readHosts(entry.hosts, joinPath(path, 'hosts'), format) };
}

/** A fleet's record of where each host lives: host name → stack name. */
function readHosts(hosts: unknown, path: string, format: (received: string, expected: string) => void): Record<string, string> {
  const found = textKeyed<string>();
  if (!isMap(hosts)) {
    format(`${path} = ${JSON.stringify(hosts)}`, 'an object: host name → the stack it lives in');
    return found;
  }
  for (const [host, stack] of Object.entries(hosts)) {
    if (typeof stack === 'string' && stack !== '') found[host] = stack;
    else format(`${joinPath(path, host)} = ${JSON.stringify(stack)}`, 'the name of the stack the host lives in');
  }
  return found;
}
