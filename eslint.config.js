import tseslint from 'typescript-eslint';

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
    // src/core is pure: no I/O, no database, no server, no clock from outside.
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
                'child_process',
                'net',
                'os',
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
              group: ['../db/*', '../server/*', '../features/*', '../cli/*', '../web/*'],
              message: 'src/core never imports from other folders',
            },
          ],
        },
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
