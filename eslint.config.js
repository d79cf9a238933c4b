import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['fighters', 'timeline', 'countermeasures', 'sources', 'embed', 'overview', 'present'];
// embed and present compose the charts of the other views; nothing imports them.
const composers = ['embed', 'present'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'dev-dist', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Keep the dependency direction: shared code never imports features or the
  // app shell; a feature never imports another feature.
  {
    files: ['src/{data,charts,lib,components,testing}/**/*.{ts,tsx}'],
    ignores: ['src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or app.' }] },
      ],
    },
  },
  ...features.filter((f) => !composers.includes(f)).map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    // Component tests render the real routes, so they may reach the app shell.
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Features must not import the app shell.' },
            {
              group: features.filter((f) => f !== feature).map((f) => `**/features/${f}/**`),
              message: 'Features must not import each other.',
            },
          ],
        },
      ],
    },
  })),
);
