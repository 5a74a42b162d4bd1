import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';

const FEATURES = ['overview', 'compare', 'timeline', 'systems', 'sources', 'export'];

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
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
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
  // Architecture: app → features → ui/data. Features do not import each other.
  ...FEATURES.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: FEATURES.filter((f) => f !== name).map((f) => ({
            group: [`../${f}/*`, `../../features/${f}/*`],
            message: 'Features do not import each other; move shared code to src/ui or src/data.',
          })),
        },
      ],
    },
  })),
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../features/*', '../app/*'], message: 'ui/ and data/ do not depend on features or app.' },
          ],
        },
      ],
    },
  },
);
