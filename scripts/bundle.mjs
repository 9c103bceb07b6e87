// Bundles the three entry points with esbuild. The bundles are what the
// `.vsix` ships and what the `bin` scripts run, so they carry every runtime
// dependency and need no node_modules.
import { build } from 'esbuild';

// No global "use strict": weasel-words, passive-voice and adverb-where assign
// undeclared variables, which strict mode turns into ReferenceErrors.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
