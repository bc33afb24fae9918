/** Names in a sentence: "a", "a or b", "a, b or c". */
export function oneOf(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}

/** A name or other text a user gave, as text (a JavaScript caller may give anything). */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}
