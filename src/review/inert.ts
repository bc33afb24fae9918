/**
 * Text we did not write (names, values and messages from props, a lock, a plan, a review.json)
 * made inert for the medium it lands in: one function per medium, used by every writer of that
 * medium, so no writer decides on its own what is safe.
 *
 * - a terminal line: {@link terminalLine}
 * - Markdown text or a table cell (review.md, the plan review): {@link markdownText}
 * - a Markdown code span: {@link codeSpan}
 * - a Mermaid label: {@link mermaidLabel}
 * - a word of a shell command printed for the user to run: {@link shellWord}
 *
 * The Markdown and Mermaid forms are terminal-safe too: the plan review is printed as well as posted.
 */

/**
 * Characters that move the cursor, end a line, recolour or retitle a terminal, or reorder what is
 * shown: C0 controls and DEL, C1 controls (NEL U+0085 and the one-byte CSI U+009B among them), the
 * line and paragraph separators U+2028/U+2029, and the bidirectional controls (Trojan Source).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Each unsafe character as a visible escape (`\u001b`), so what was there can still be read. */
function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of terminal output: nothing in it can break the line or reach the terminal as a control sequence. */
export function terminalLine(text: string): string {
  return visible(text);
}

/** Terminal output of many lines: each line made inert, our own line breaks kept. */
export function terminalText(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}

/**
 * Markdown inline text that renders as exactly these characters: what starts emphasis, code, a
 * link or image, strikethrough, math, a table cell or a mention is backslash-escaped
 * (CommonMark allows it for any ASCII punctuation), `<`, `>` and `&` become entities so no HTML
 * tag or entity forms, a leading mark that would open a block (heading, list, quote) is escaped,
 * and line breaks of every kind are shown as escapes (a table row or a list item stays one line).
 */
export function markdownText(text: string): string {
  // Most cells (names, addresses, quantities) hold nothing to escape: one test instead of five replacements.
  return MARKDOWN_PLAIN.test(text) ? text : escapedMarkdown(text);
}

/** markdownText's replacements, all of them (exported for the test that the shortcut changes nothing). */
export function escapedMarkdown(text: string): string {
  return visible(text)
    .replace(/[\\`*_~[\]|$@!&<>]/g, (c) => ENTITIES[c] ?? `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Text none of markdownText's replacements change: letters, digits and harmless punctuation, not opening a heading, list or quote. */
const MARKDOWN_PLAIN = /^(?! *[#+=-])(?! *\d+[.)])[A-Za-z0-9 .,:/%()+=#-]*$/;

/** What markdownText writes for `&`, `<` and `>`, in the same pass as the backslash escapes (none of which holds one of them). */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A Markdown code span that survives backticks in the text (for_each keys may hold any character); nothing inside is read as Markdown or HTML. */
export function codeSpan(text: string): string {
  const safe = visible(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/** A Mermaid label: quoted, and every character outside a small safe set as an entity, so a name can never change the diagram's structure. */
export function mermaidLabel(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 .:/_*()%,-]/g, (c) => `#${c.charCodeAt(0)};`)}"`;
}

/** Plain words and the punctuation our sentences use: nothing that opens Markdown or HTML, no control character. */
const PLAIN = /^[A-Za-z0-9 .,:;()'"?/\u2013\u2014-]*$/;

/**
 * Whether Markdown read back (a report of `review-plan --format json`, carried between CI jobs as
 * an artifact) is of the only shape we write: plain sentences and code spans made by
 * {@link codeSpan}, an underscore only inside a word. Anything else is refused where it is read,
 * not repaired: its author is not us.
 */
export function isInertMarkdown(text: string): boolean {
  let rest = text;
  while (rest.length) {
    const fence = /^`+/.exec(rest);
    if (fence) {
      const end = rest.indexOf(fence[0], fence[0].length);
      if (end < 0 || rest[end + fence[0].length] === '`') return false;
      const inside = rest.slice(fence[0].length, end);
      if (visible(inside) !== inside || inside.includes('\n')) return false;
      rest = rest.slice(end + fence[0].length);
      continue;
    }
    const plain = /^[^`]*/.exec(rest)![0];
    if (!PLAIN.test(plain.replace(/(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])/g, ''))) return false;
    rest = rest.slice(plain.length);
  }
  return true;
}

/** Characters a POSIX shell reads literally in an unquoted word; a leading `~/` is kept bare so the shell expands it to the home folder, as the providers do. */
const SHELL_PLAIN = /^(~\/)?[A-Za-z0-9_./:@%+=,-]+$/;

/**
 * One word of a shell command we print (`kubectl --context <word>`): bare where the shell reads it
 * as typed, else in single quotes (a quote inside as `'\''`), so nothing in it expands, ends the
 * command or starts another; then terminal-safe like any line.
 */
export function shellWord(text: string): string {
  return visible(SHELL_PLAIN.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`);
}
