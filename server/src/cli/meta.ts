/** The package's name, version and documentation address, read from package.json at run time. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface PackageInfo {
  name: string;
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/** Where the rule pages live when package.json names no homepage or repository. */
const FALLBACK_HOME = 'https://github.com/copydesk/copydesk';

function findPackage(): PackageInfo {
  // dist/cli.js in the package, or out/server/src/cli/meta.js in a build: walk up to copydesk's package.json.
  let dir = __dirname;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageInfo;
      if (pkg.name === 'copydesk') return pkg;
    } catch {
      // Not here: keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) return { name: 'copydesk', version: '0.0.0' };
    dir = parent;
  }
}

const PKG = findPackage();

export const TOOL_NAME = PKG.name;
export const VERSION = PKG.version;

function home(): string {
  if (PKG.homepage) return PKG.homepage.replace(/#.*$/, '').replace(/\/$/, '');
  const repo = typeof PKG.repository === 'string' ? PKG.repository : PKG.repository?.url;
  if (repo) {
    const url = repo.replace(/^git\+/, '').replace(/\.git$/, '');
    if (/^https?:\/\//.test(url)) return url;
  }
  return FALLBACK_HOME;
}

export const HOME_URL = home();

/** The rule's documentation page, docs/rules/<id>.md in the repository. */
export function ruleDocUrl(id: string): string {
  return `${HOME_URL}/blob/main/docs/rules/${id}.md`;
}
