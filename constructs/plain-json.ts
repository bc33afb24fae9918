import { App, IResolvable, IResolveContext, IStackSynthesizer, ISynthesisSession, Token, TerraformStack } from 'cdktf';
import { randomUUID } from 'crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'fs';
import { join } from 'path';
import { getOrAdd } from '../src/model/maps';
import { isPlainObject } from '../src/model/values';
import { hasStackOverrides, isCdktfSynthesizer } from './cdktf-adapter';

/**
 * Large plain maps (the `for_each` of every host's virtual clusters, each group's output) and the
 * bodies of our resources and providers, kept out of cdktf's token resolver. cdktf resolves every
 * value of a stack three times (preparing, each element, the whole document), looking for tokens
 * in every string and key, and then its stable JSON writer sorts every object once more: at
 * 20,000 virtual clusters the maps were a quarter of a synth, and at 200 hosts the 1,400 small
 * bodies nearly a tenth. The maps hold no token (names we checked, and values text in which `${`
 * is already doubled), so none of that can change them; a body is kept out only when it holds no
 * token either (a Terraform variable in a connection, an override of one's own: cdktf resolves it).
 *
 * While the stack's cdk.tf.json is written, such a value resolves to a placeholder string; once
 * the file is written, each placeholder is replaced by its map's JSON, laid out exactly as
 * cdktf's writer lays it out (keys sorted, two spaces a level, `{` and `}` of an empty object on
 * two lines). The file holds the same bytes as before. Anywhere else (`Testing.synth`, HCL output,
 * a resolve of one's own, a stack with overrides of its own) the value resolves to the map itself.
 */
export class PlainJson {
  /** The one instance of a stack; wraps the stack's synthesizer the first time. */
  static of(stack: TerraformStack): PlainJson {
    return getOrAdd(INSTANCES, stack, () => new PlainJson(stack));
  }

  private readonly values: PlainValue[] = [];
  /** Each element's body placeholder, and the body it stands for. */
  private readonly bodies = new WeakMap<object, KeptBody>();
  /** True while cdktf writes this stack's cdk.tf.json. */
  private writing = false;

  private constructor(private readonly stack: TerraformStack) {
    const synthesizer = stack.synthesizer;
    const wrapped: IStackSynthesizer = { synthesize: (session) => this.synthesize(synthesizer, session) };
    stack.synthesizer = wrapped;
  }

  /** A value that resolves to `produce()`'s map (computed once per use; a sentence for a stack with errors), or to its placeholder while the file is written. */
  value(produce: () => object | string): IResolvable {
    const value = new PlainValue(produce, `${PLACEHOLDER_PREFIX}${this.values.length}`, () => this.writing);
    this.values.push(value);
    return value;
  }

  /**
   * An element's body (a resource's attributes, a provider's block) kept out of the resolver like
   * the maps, when the resolver would give it back unchanged (see {@link resolvesToItself}); else the body itself.
   * At 200 hosts that is about 1,400 bodies, on which cdktf spent nearly a tenth of a synth. The
   * element renders its body at each pass and each `Testing.synth`: it keeps one placeholder, which
   * stands for the body it rendered last.
   */
  body(element: object, body: Record<string, unknown>): Record<string, unknown> | IResolvable {
    if (!resolvesToItself(body, 0)) return body;
    const kept = getOrAdd(this.bodies, element, () => {
      const made: KeptBody = { body, value: this.value(() => made.body) };
      return made;
    });
    kept.body = body;
    return kept.value;
  }

  private synthesize(synthesizer: IStackSynthesizer, session: ISynthesisSession): void {
    // HCL output writes another format, and a synthesizer of one's own may write anything: the maps then go through cdktf as any value.
    // So do they when the stack has overrides of its own: cdktf merges those into the resolved document, where a placeholder would be
    // replaced by the override's object (and the rest of the map or body lost).
    if (App.of(this.stack).hclOutput || !isCdktfSynthesizer(synthesizer) || hasStackOverrides(this.stack) || this.values.length === 0) return synthesizer.synthesize(session);
    this.writing = true;
    try {
      synthesizer.synthesize(session);
    } finally {
      this.writing = false;
    }
    const file = join(session.outdir, session.manifest.forStack(this.stack).synthesizedStackPath);
    const text = readFileSync(file, 'utf8');
    // Written piece by piece: the whole file never has to be one string in memory.
    const fd = openSync(file, 'w');
    try {
      const sink = bufferedWrites(fd);
      this.splice(text, sink.write);
      sink.flush();
    } finally {
      closeSync(fd);
    }
  }

  /** The file's text in pieces, with every placeholder replaced by its map's JSON at the placeholder's depth. */
  private splice(text: string, write: (piece: string) => void): void {
    const byPlaceholder = new Map(this.values.map((value) => [JSON.stringify(value.placeholder), value]));
    let from = 0;
    for (let at = text.indexOf(PLACEHOLDER_START); at >= 0; at = text.indexOf(PLACEHOLDER_START, at + 1)) {
      const end = text.indexOf('"', at + 1) + 1;
      const value = byPlaceholder.get(text.slice(at, end));
      if (!value) continue;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const indent = /^ */.exec(text.slice(lineStart, at))![0];
      write(text.slice(from, at));
      writeStableJson(value.produce(), indent, write);
      from = end;
    }
    write(text.slice(from));
  }
}

const INSTANCES = new WeakMap<TerraformStack, PlainJson>();
/** An element's body as it last rendered it, and the placeholder that stands for it. */
type KeptBody = { body: Record<string, unknown>; value: IResolvable };
/** Pieces are gathered into writes of about a megabyte. */
const WRITE_AT = 1 << 20;

/** Pieces of text encoded straight into a buffer of WRITE_AT bytes, written to the file whenever it is full: no piece is copied into a larger string first. */
function bufferedWrites(fd: number): { write: (piece: string) => void; flush: () => void } {
  const buffer = Buffer.allocUnsafe(WRITE_AT);
  let used = 0;
  const flush = (): void => {
    if (used > 0) writeSync(fd, buffer, 0, used);
    used = 0;
  };
  const write = (piece: string): void => {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (used + piece.length * 3 > WRITE_AT) {
      flush();
      if (piece.length * 3 > WRITE_AT) return void writeSync(fd, piece);
    }
    used += buffer.write(piece, used);
  };
  return { write, flush };
}
/** Unguessable, so that no text of a user's stands for a map: a placeholder never reaches the file. */
const PLACEHOLDER_PREFIX = `\u0000cluster-groups:plain-json:${randomUUID()}:`;
/** How a placeholder starts in the written JSON (the NUL escaped). */
const PLACEHOLDER_START = JSON.stringify(PLACEHOLDER_PREFIX).slice(0, -1);

class PlainValue implements IResolvable {
  // No stack trace is taken: nothing about this value can fail to resolve.
  readonly creationStack: string[] = [];

  constructor(
    readonly produce: () => object | string,
    readonly placeholder: string,
    private readonly writing: () => boolean,
  ) {}

  resolve(context: IResolveContext): unknown {
    if (this.writing()) return this.placeholder;
    // The preparing pass only looks for cross-stack references, which a plain map has none of.
    if (context.preparing) return {};
    return this.produce();
  }

  toString(): string {
    return Token.asString(this);
  }
}

/**
 * JSON as cdktf's writer (json-stable-stringify with `space: 2`) lays out a value whose key
 * line is indented by `indent`: keys sorted by code unit, undefined members left out.
 */
export function stableJson(value: unknown, indent: string): string {
  let text = '';
  writeStableJson(value, indent, (piece) => (text += piece));
  return text;
}

/** The same JSON, handed out in pieces: a map of 100,000 entries is never one string. */
function writeStableJson(value: unknown, indent: string, write: (piece: string) => void): void {
  if (value === null || typeof value !== 'object') return write(JSON.stringify(value));
  // A body holds its maps as values of their own.
  if (value instanceof PlainValue) return writeStableJson(value.produce(), indent, write);
  // The engine's writer, in one call, where it lays the value out the same way: several times faster than ours.
  if (inEngineOrder(value, NATIVE_MEMBERS) >= 0) return write(JSON.stringify(value, null, 2).replace(NEWLINES, `\n${indent}`));
  const inner = `${indent}  `;
  const array = Array.isArray(value);
  write(array ? '[' : '{');
  let first = true;
  if (array) {
    for (const item of value) {
      write(`${first ? '' : ','}\n${inner}`);
      writeStableJson(item === undefined ? null : item, inner, write);
      first = false;
    }
  } else {
    const keys = Object.keys(value);
    for (const key of keys.length > 1 ? keys.sort() : keys) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      write(`${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
      writeStableJson(item, inner, write);
      first = false;
    }
  }
  write(`\n${indent}${array ? ']' : '}'}`);
}

/** Text in which the resolver finds a token: a string, list or map token's marker, or a number token (a double beyond 1e+289) written into text. */
const TOKEN_TEXT = /TfToken\[|\de\+\d/;
/** A number the resolver reads as a token: scalar and list tokens are doubles beyond 1e+289. */
const TOKEN_NUMBER = 1e289;
/** The resolver refuses a tree deeper than 200 levels (as a circular reference); well short of that, a body goes to it. */
const MAX_DEPTH = 100;

/**
 * Whether cdktf's resolver gives the value back as it is, so that it can be written without it:
 * no token in any string, key or number, no resolvable but our own plain values, only plain
 * objects, and nothing it drops (an undefined array item, a hole, an own `__proto__` key) or
 * refuses (a function, a map token's stand-in value, a tree too deep).
 */
function resolvesToItself(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
      return !TOKEN_TEXT.test(value) && value !== Token.STRING_MAP_TOKEN_VALUE && value !== Token.ANY_MAP_TOKEN_VALUE;
    case 'number':
      return Math.abs(value) < TOKEN_NUMBER && value !== Token.NUMBER_MAP_TOKEN_VALUE;
    case 'boolean':
      return true;
    case 'object': {
      if (value === null || value instanceof PlainValue) return true;
      if (depth > MAX_DEPTH) return false;
      // Every index, holes included (`every` would skip them): the resolver drops a hole, as it drops undefined.
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (value[i] === undefined || !resolvesToItself(value[i], depth + 1)) return false;
        return true;
      }
      if (!isPlainObject(value) || typeof (value as { resolve?: unknown }).resolve === 'function') return false;
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        // The resolver sets each key on a new object, where `__proto__` sets the prototype instead.
        if (key === '__proto__' || TOKEN_TEXT.test(key) || (item !== undefined && !resolvesToItself(item, depth + 1))) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** A value of at most this many members in all is written by the engine in one call; a larger one member by member (never one string). */
const NATIVE_MEMBERS = 4096;
const NEWLINES = /\n/g;

/**
 * What is left of `budget` after counting the value's members, when `JSON.stringify(value, null, 2)`
 * writes it as cdktf's writer does: every object's keys, in the engine's order (array indexes first),
 * already sorted as text; no empty object or array (which cdktf's writer spreads over two lines), no
 * undefined member or item, nothing but JSON in plain objects. -1 otherwise, or past the budget.
 */
function inEngineOrder(value: unknown, budget: number): number {
  if (budget <= 0) return -1;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return budget - 1;
  if (typeof value !== 'object' || value instanceof PlainValue) return -1;
  if (Array.isArray(value)) {
    if (value.length === 0) return -1;
    for (const item of value) {
      budget = inEngineOrder(item, budget - 1);
      if (budget < 0) return -1;
    }
    return budget;
  }
  if (!isPlainObject(value)) return -1;
  let previous: string | undefined;
  for (const key of Object.keys(value)) {
    if (previous !== undefined && previous >= key) return -1;
    const item = (value as Record<string, unknown>)[key];
    budget = inEngineOrder(item, budget - 1);
    if (budget < 0) return -1;
    previous = key;
  }
  return previous === undefined ? -1 : budget;
}
