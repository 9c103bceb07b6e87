// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', '.cache/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-imports': 'off',
    },
  },
  // The engine never sees the editor, the protocol, the file system or anything outside server/src/core: no
  // Node built-in, no editor package, and no relative import that climbs out of the folder (one `..` more than
  // the file's depth inside core). server/src/core/tsconfig.json makes the compiler check the same.
  ...[0, 1, 2, 3].map((depth) => ({
    files: [`server/src/core/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode-*', 'node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)],
              message: 'The engine (server/src/core) imports no editor package and no Node module.',
            },
            {
              group: [`${'../'.repeat(depth + 1)}*`],
              message: 'The engine (server/src/core) imports nothing from outside its folder.',
            },
          ],
        },
      ],
    },
  })),
);
