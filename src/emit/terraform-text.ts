/**
 * Text that Terraform must take literally: in Terraform's JSON syntax `${` and `%{` start
 * an expression or a directive anywhere in a string, so a value a user typed could read a
 * variable or call a function. Doubling the sign keeps the text as it was typed.
 */
export function literal(text: string): string {
  // Most texts hold neither: one scan instead of two replacements. Replacer functions, since '$$' in a replacement string would itself collapse to '$'.
  if (!/[$%]\{/.test(text)) return text;
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
