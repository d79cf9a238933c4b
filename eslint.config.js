import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['fighters', 'timeline', 'countermeasures', 'sources', 'embed', 'overview', 'present', 'own-data'];
const SHARED = { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or app.' };

/** One folder's import rule: the patterns it may not import. */
function restrict(folder, patterns, extra = {}) {
  return {
    files: [`${folder}/**/*.{ts,tsx}`],
    ...extra,
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

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
  // Keep the dependency direction (README, Layout): app -> features -> charts -> components -> lib,
  // with data/ beside charts. Shared code never imports features or the app shell; a feature never
  // imports another feature (the app composes their chart lists); charts take ready data, so they
  // never import data/; components never import charts. scripts/check-cycles.mjs checks modules.
  restrict('src/data', [SHARED]),
  restrict('src/charts', [SHARED, { group: ['**/data/**'], message: 'Charts take ready data as props: charts/ must not import data/.' }], {
    ignores: ['**/*.test.{ts,tsx}'],
  }),
  restrict('src/components', [
    SHARED,
    { group: ['**/charts/**'], message: 'charts/ may use components/, never the other way round.' },
  ]),
  restrict('src/lib', [
    {
      group: ['**/features/**', '**/app/**', '**/charts/**', '**/components/**', '**/data/**'],
      message: 'lib/ is the floor: small utilities that import nothing of the app.',
    },
  ]),
  ...features.map((feature) => ({
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
