// The real example documents live beside the repository, in
// ../shared/corpus. Tests that need them skip with a message when absent.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './browser.js';

export const CORPUS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

/** The text of a corpus file, or null (after saying so) when absent. */
export function corpusText(name, t) {
  const file = path.join(CORPUS_DIR, name);
  if (!fs.existsSync(file)) {
    const msg = `skipped: corpus not found at ${file}`;
    console.log(msg);
    t.skip(msg);
    return null;
  }
  return fs.readFileSync(file, 'utf8');
}
