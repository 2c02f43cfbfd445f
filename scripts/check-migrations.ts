// Fails when src/db/schema.ts changed without a generated migration (schema and migrations drift).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'klandizie-drift-'));
try {
  const out = join(dir, 'migrations');
  cpSync('src/db/migrations', out, { recursive: true });
  const before = readdirSync(out).length;
  const config = join(dir, 'drizzle.config.json');
  writeFileSync(
    config,
    JSON.stringify({ dialect: 'postgresql', schema: './src/db/schema.ts', out }),
  );
  execFileSync('npx', ['drizzle-kit', 'generate', '--config', config], { stdio: 'pipe' });
  if (readdirSync(out).length !== before) {
    console.error(
      'src/db/schema.ts and its migrations drift: run npm run db:generate and commit the migration',
    );
    process.exit(1);
  }
  console.log('migrations match the schema');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
