import js from '@eslint/js';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import { strategyNamesPlugin } from './lint/strategy-names.mjs';
import { contractOnly, handedStrategies, layerWalls, wallElements, walls, xstateOnly } from './lint/walls.mjs';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'data/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  // The walls of DESIGN.md, as rules: who may import whom.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': wallElements,
      'boundaries/include': ['app/**', 'lib/**', 'db/**', 'e2e/**', 'scripts/**', 'bench/**'],
    },
    rules: { 'boundaries/dependencies': ['error', walls] },
  },
  // Tests drive a whole lab and read both sides, as the auditor does: only the layer walls bind them.
  {
    files: ['**/*.test.ts'],
    rules: { 'boundaries/dependencies': ['error', layerWalls] },
  },
  {
    files: ['lib/trade/**', 'lib/strategies/**', 'lib/recovery/**', 'lib/rpc/**', 'lib/coordinator/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', contractOnly] },
  },
  {
    files: ['lib/explore/**', 'lib/driver/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', handedStrategies] },
  },
  // The machines import nothing that does I/O, so the browser can import them.
  {
    files: ['lib/pay-order/**'],
    rules: { 'no-restricted-imports': ['error', xstateOnly('the pay-order machine imports only xstate: the browser runs it too')] },
  },
  {
    files: ['lib/global-tx/**'],
    rules: { 'no-restricted-imports': ['error', xstateOnly("the coordinator's machines import only xstate: the browser runs them too")] },
  },
  // A strategy is a port: only its own folder speaks its name.
  {
    files: ['lib/**/*.ts', 'app/**/*.ts', 'app/**/*.tsx', 'scripts/**/*.ts'],
    ignores: ['lib/strategies/**', '**/*.test.ts'],
    plugins: { lab: strategyNamesPlugin },
    rules: { 'lab/no-strategy-name': 'error' },
  },
  // No import circles among the lab's modules.
  { files: ['lib/**', 'db/**'], rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] } },
);
