import { readFileSync } from 'fs';
import { join } from 'path';

/** The first code block of a language under a heading of the README, as a user copies it. */
export function readmeBlock(heading: string, language: 'ts' | 'python'): string {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README: no heading "${heading}"`);
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme.slice(at));
  if (!match) throw new Error(`README: no ${language} block under "${heading}"`);
  return match[1];
}
