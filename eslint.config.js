import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * The layers, each allowed to import only those below it: app → features → ui → data. mocks/ sits beside data
 * (it serves the data API) and only the start-up (main.tsx, start.tsx) reaches it. Features never import each other.
 */
const FEATURES = ['overview', 'compare', 'timeline', 'systems', 'sources', 'changes'];
const zones = [
  {
    target: './src/data',
    from: ['./src/ui', './src/features', './src/app', './src/mocks'],
    message: 'data/ knows no presentation, features, app or mocks.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app', './src/mocks'],
    message: 'ui/ is shared by features: it imports only data/.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/mocks'],
    message: 'features import ui/ and data/ only (the mock API is started by main.tsx).',
  },
  {
    target: './src/app',
    from: ['./src/mocks'],
    message: 'the app talks HTTP to the data API; only the start-up (main.tsx, start.tsx) starts the mock.',
  },
  {
    target: './src/mocks',
    from: ['./src/ui', './src/features', './src/app'],
    message: 'mocks/ sits beside data/: it imports data/ only.',
  },
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: FEATURES.filter((f) => f !== name).map((f) => `./src/features/${f}`),
    message: 'Features do not import each other; move shared code to src/ui or src/data.',
  })),
];

/** Browser code may not use Node's globals or modules (papaparse's types pull Node's into the type-check). */
const BROWSER_ONLY = {
  'no-restricted-globals': [
    'error',
    ...['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'module'].map((name) => ({
      name,
      message: 'Browser code runs without Node: no Node globals here.',
    })),
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Browser code: no Node modules.' }],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results*',
      'playwright-report',
      '.bench',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Dataset text is shown as text: no dangerouslySetInnerHTML.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Dataset text is shown as text: no innerHTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/mocks/node.ts', 'src/server/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: BROWSER_ONLY,
  },
);
