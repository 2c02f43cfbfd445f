import tseslint from 'typescript-eslint';

// Files that still reach into another feature's repository or internals (mostly the audit trail's
// recordAudit and the organisations' repository). Each is to go through that feature's service
// or the shared kernel; this list only shrinks (decision 0030).
const crossFeatureExceptions = [
  'src/features/account-teams/account-teams.service.ts',
  'src/features/activities/activities.service.ts',
  'src/features/backup/backup.restore.ts',
  'src/features/calendar/calendar.service.ts',
  'src/features/call-backs/call-backs.service.ts',
  'src/features/choosing/classification.service.ts',
  'src/features/choosing/classifying.ts',
  'src/features/choosing/criteria.service.ts',
  'src/features/choosing/goals.service.ts',
  'src/features/choosing/kept-scores.test.ts',
  'src/features/choosing/prospects.service.ts',
  'src/features/choosing/schemes.service.ts',
  'src/features/choosing/scores.service.ts',
  'src/features/choosing/value-tags.service.ts',
  'src/features/compliance/compliance.service.ts',
  'src/features/compliance/four-ps-by-category.service.ts',
  'src/features/contacts/contacts.service.ts',
  'src/features/digest/digest.content.ts',
  'src/features/digest/digest.service.ts',
  'src/features/gifts/gifts.service.ts',
  'src/features/import/assignment-import.service.ts',
  'src/features/import/revenue-import.service.ts',
  'src/features/organizations/organizations.service.ts',
  'src/features/plan/acquisition.service.ts',
  'src/features/plan/plan.service.ts',
  'src/features/portfolio/client-figures.service.ts',
  'src/features/proposals/proposals.service.ts',
  'src/features/review/review.service.ts',
  'src/features/satisfaction/improvement-plans.service.ts',
  'src/features/satisfaction/satisfaction.service.ts',
  'src/features/servicing/client-norms.ts',
  'src/features/servicing/service-concepts.service.ts',
  'src/features/tokens/tokens.service.ts',
  'src/features/users/users.routes.ts',
  'src/features/users/users.service.ts',
  'src/features/vcard/vcard.routes.ts',
  'src/features/vcard/vcard.service.ts',
  'src/features/worklist/worklist.service.ts',
  'src/features/workspace/workspace.routes.ts',
  'src/features/workspace/workspace.service.ts',
];

// A feature imports another feature only through its services (`*.service.ts`) and the types of
// its schemas (`*.schema.ts`).
const otherFeatureInternals = (up) => ({
  regex: `^${up}[^./][^/]*/(?![^/]*\\.(service|schema)\\.ts$)`,
  message: "another feature is imported only through its service (or its schema's types)",
});

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
    // What features build on never reaches up into the features or the composition root. The
    // one exception is the Config type the request context carries (src/server/config.ts).
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
              regex: '^(\\.\\./)+server/(?!config\\.ts$)',
              message: 'src/http and src/kernel never import the composition root',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/*/*.ts'],
    ignores: crossFeatureExceptions,
    rules: {
      'no-restricted-imports': ['error', { patterns: [otherFeatureInternals('\\.\\./')] }],
    },
  },
  {
    files: ['src/features/*/*/*.ts'],
    ignores: crossFeatureExceptions,
    rules: {
      'no-restricted-imports': ['error', { patterns: [otherFeatureInternals('\\.\\./\\.\\./')] }],
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
