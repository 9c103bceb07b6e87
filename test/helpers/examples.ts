/**
 * Where the example articles are. The project's shared pair (a page as scraped, and its rewrite) sits beside
 * the repository in ../shared/examples on the machines this project is built on; a plain clone has no
 * ../shared. There the tests read the pair vendored in test/fixtures/examples instead: our own articles,
 * written to show the same things (a recirculation block of eight cut-off teasers at the end, one person
 * whose title changes, figures that all have a source, and a clean rewrite).
 *
 * COPYDESK_VENDORED_EXAMPLES=1 uses the vendored pair even when the shared one is there, to check it.
 * A test that needs the shared files themselves (a path outside the repository) skips with
 * NO_SHARED_EXAMPLES as its reason.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root: this file runs from out/test/helpers. */
const ROOT = resolve(__dirname, '..', '..', '..');

export const SHARED_EXAMPLES = resolve(ROOT, '..', 'shared', 'examples');
export const VENDORED_EXAMPLES = join(ROOT, 'test', 'fixtures', 'examples');

const useShared = process.env.COPYDESK_VENDORED_EXAMPLES !== '1' && existsSync(join(SHARED_EXAMPLES, 'scraped-article.txt'));

/** The folder holding scraped-article.txt and rewritten-article.txt. */
export const EXAMPLES = useShared ? SHARED_EXAMPLES : VENDORED_EXAMPLES;

/** A skip reason when the shared examples are absent, else false (for `it(name, { skip }, …)`). */
export const NO_SHARED_EXAMPLES: string | false = useShared
  ? false
  : `needs ${SHARED_EXAMPLES}, which is not here (a plain clone, or COPYDESK_VENDORED_EXAMPLES=1)`;
