import { Document, Scalar, visit } from 'yaml';
import { isPlainObject } from '../model/values';
import { Values } from './merge';

/**
 * Values as the YAML document Helm reads: keys sorted, so the same values always give the same
 * text (and a readable plan diff), and every string read back as the same string by YAML 1.2
 * and by YAML 1.1, which Helm's parser (go-yaml v2) speaks.
 *
 * The text is the one the `yaml` library writes (`sortMapEntries`, `lineWidth: 0`), except that
 * a string YAML 1.1 would read as something else (`on`, `no`, `0b101`, `1_000`, `12:30:00`,
 * `2001-12-14`, a `<<` key, ...) is quoted. Documents of maps, lists and one-line strings are
 * written directly (an order of magnitude faster than the library, which builds a node tree
 * first); any other shape (a multi-line string, control characters, a string starting like a
 * document marker) goes through the library with the same quoting.
 */
export function toYaml(values: Values): string {
  if (Object.keys(values).length === 0) return '{}\n';
  try {
    return mapText(values, '', false);
  } catch (error) {
    if (error !== UNUSUAL) throw error;
    return libraryYaml(values);
  }
}

/** The library's text for the same values, with the same YAML 1.1 quoting: the path for the shapes the direct writer leaves to it. */
export function libraryYaml(values: Values): string {
  const doc = new Document(values, { sortMapEntries: true, aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && misreadUnderYaml11(node.value)) node.type = quoteStyle(node.value);
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** Thrown by the direct writer for a shape it leaves to the library. */
const UNUSUAL = Symbol('unusual shape');

/**
 * A plain scalar YAML 1.1 reads as no string, or as another one: its booleans and nulls, its
 * integers (base 2, 8, 16, 60, with `_`), floats (with `_`, base 60, `.inf`), timestamps and
 * the merge key; and what go-yaml v2 parses as a number beyond that (Go's `0X`, `0O`, `0B`
 * prefixes). The strings YAML 1.2 reads otherwise are quoted by the library already.
 */
export function misreadUnderYaml11(text: string): boolean {
  return YAML11_NOT_A_STRING.some((pattern) => pattern.test(text));
}

const YAML11_NOT_A_STRING: readonly RegExp[] = [
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:~|null|Null|NULL)?$/,
  /^[-+]?(?:0[bB][01_]+|0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|[0-9][0-9_]*)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  /^<<$/,
];

/** The library's choice of quotes: single when the text holds a double quote and no single one. */
function quoteStyle(text: string): Scalar.Type {
  return text.includes('"') && !text.includes("'") ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
}

function quoted(text: string): string {
  return quoteStyle(text) === Scalar.QUOTE_SINGLE ? `'${text}'` : JSON.stringify(text);
}

/** The common case, decided by one test: a word starting with a letter is plain unless it is a boolean or a null in YAML 1.1 or 1.2, or a bare exponent (a float to YAML 1.1). */
const WORD = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const BARE_EXPONENT = /^[eE][-+]?[0-9]+$/;
const RESERVED_WORDS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
  'null',
  'Null',
  'NULL',
]);
/** Characters the library writes in double quotes with escapes, and line breaks (YAML 1.1 also breaks lines at U+2028 and U+2029): left to the library. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNUSUAL_CHARACTERS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]/;
/** The library's test for text that cannot be a plain scalar (indicators, `: `, ` #`, edge spaces). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** What YAML 1.2's core schema reads as no string (null, booleans, integers, floats): the library quotes these. */
const YAML12_NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL)?$|^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$|^0o[0-7]+$|^[-+]?[0-9]+$|^0x[0-9a-fA-F]+$|^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * The same few texts come back in every document (keys, quantities, kinds): their scalar is
 * remembered, up to a bound, so that a large fleet does not grow it without end.
 */
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 4096;

function scalarText(text: string): string {
  let scalar = remembered.get(text);
  if (scalar === undefined) {
    scalar = decideScalar(text);
    if (remembered.size < REMEMBER_AT_MOST) remembered.set(text, scalar);
  }
  return scalar;
}

function decideScalar(text: string): string {
  if (WORD.test(text)) return RESERVED_WORDS.has(text) || BARE_EXPONENT.test(text) ? quoted(text) : text;
  if (UNUSUAL_CHARACTERS.test(text) || text.startsWith('---') || text.startsWith('...')) throw UNUSUAL;
  if (NOT_PLAIN.test(text) || YAML12_NOT_A_STRING.test(text) || misreadUnderYaml11(text)) return quoted(text);
  return text;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

/** A scalar's text, or undefined for a map or a list. */
function leafText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return scalarText(value);
    case 'number':
      return numberText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
      if (!isPlainObject(value)) throw UNUSUAL;
      return Object.keys(value).length === 0 ? '{}' : undefined;
    default:
      throw UNUSUAL;
  }
}

/** A map's lines at `indent`; with `inline`, its first pair follows a list's `- ` on the same line. */
function mapText(map: Values, indent: string, inline: boolean): string {
  const keys = Object.keys(map).sort();
  let text = '';
  for (const key of keys) {
    const value = map[key];
    if (value === undefined) continue;
    text += `${text === '' && inline ? '' : indent}${scalarText(key)}:`;
    const leaf = leafText(value);
    if (leaf !== undefined) text += ` ${leaf}\n`;
    else if (Array.isArray(value)) text += `\n${listText(value, `${indent}  `, false)}`;
    else text += `\n${mapText(value as Values, `${indent}  `, false)}`;
  }
  // A map of undefined values only is written as {} by the library: rare enough to leave to it.
  if (text === '') throw UNUSUAL;
  return text;
}

/** A list's lines at `indent`; with `inline`, its first item follows an outer list's `- ` on the same line. */
function listText(list: readonly unknown[], indent: string, inline: boolean): string {
  let text = '';
  for (const item of list) {
    text += `${text === '' && inline ? '' : indent}- `;
    const leaf = leafText(item === undefined ? null : item);
    if (leaf !== undefined) text += `${leaf}\n`;
    else if (Array.isArray(item)) text += listText(item, `${indent}  `, true);
    else text += mapText(item as Values, `${indent}  `, true);
  }
  return text;
}
