// `npm test`: the one check gate, the same locally and in CI. Format, lint, typecheck, generated
// files, migrations; unit and feature tests on a throwaway embedded PostgreSQL; the feature tests
// again on the server of DATABASE_URL_TEST when it is set; then the browser tests.
import { spawnSync } from 'node:child_process';

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('checks: format, lint, types, API client, migrations', 'npm', ['run', '--silent', 'check']);
run('unit and feature tests (embedded PostgreSQL)', 'npx', ['vitest', 'run']);
if (process.env.DATABASE_URL_TEST) {
  run(
    'feature tests (PostgreSQL server of DATABASE_URL_TEST)',
    'npx',
    // the commands' and processes' own tests already reach a server through DATABASE_URL above
    [
      'vitest',
      'run',
      'src/features/',
      'test/',
      '--exclude',
      'test/*-cli.test.ts',
      '--exclude',
      'test/demo-command.test.ts',
      '--exclude',
      'test/process/**',
    ],
    {
      KLANDIZIE_TEST_TARGET: 'external',
    },
  );
}
run('browser tests (Chromium)', 'npm', ['run', '--silent', 'test:e2e']);
