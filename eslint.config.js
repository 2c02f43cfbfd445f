import tseslint from 'typescript-eslint';

// A feature imports another feature only through its services (`*.service.ts`) and the types of
// its schemas (`*.schema.ts`).
const otherFeatureInternals = (up) => ({
  regex: `^${up}[^./][^/]*/(?![^/]*\\.(service|schema)\\.ts$)`,
  message: "another feature is imported only through its service (or its schema's types)",
});

// The composition root mounts the features; a feature never reaches back up into it.
const compositionRoot = {
  regex: '^(\\.\\./)+server(/|$)',
  message: 'a feature never imports the composition root (src/server/)',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'src/db/migrations/**',
      'src/web/api/schema.d.ts',
      '.tmp/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='only'][callee.object.name=/^(it|describe|test)$/]",
          message: 'No .only in committed tests',
        },
      ],
    },
  },
  {
    // Tests read JSON answers whose shape the assertions check.
    files: ['test/**/*.ts', '**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // src/core is pure: no I/O, no database, no server, no clock from outside, at any depth.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'http',
                'https',
                'crypto',
                'child_process',
                'worker_threads',
                'net',
                'os',
                'stream',
                'zlib',
                'pg',
                'drizzle-orm',
                'drizzle-orm/*',
                'hono',
                'hono/*',
                '@hono/*',
              ],
              message: 'src/core is pure: no I/O imports',
            },
            {
              regex: '^(\\.\\./)+(db|http|kernel|server|features|cli|demo|web)(/|$)',
              message: 'src/core never imports from other folders',
            },
          ],
        },
      ],
    },
  },
  {
    // What features build on never reaches up into the features or the composition root.
    files: ['src/http/**/*.ts', 'src/kernel/**/*.ts'],
    // Their tests may build on real feature schemas.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(features|cli|demo|web)(/|$)',
              message: 'src/http and src/kernel never import a feature',
            },
            {
              regex: '^(\\.\\./)+server(/|$)',
              message: 'src/http and src/kernel never import the composition root',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [otherFeatureInternals('\\.\\./'), compositionRoot] },
      ],
    },
  },
  {
    files: ['src/features/*/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [otherFeatureInternals('\\.\\./\\.\\./'), compositionRoot] },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../../server/*',
                '../../db/*',
                '../../features/*',
                '../server/*',
                '../db/*',
                '../features/*',
              ],
              message: 'the web app talks only to the HTTP API',
            },
          ],
        },
      ],
    },
  },
);
