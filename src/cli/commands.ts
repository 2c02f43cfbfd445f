// The commands beyond serve and migrate.
import type { Command } from 'commander';
import { isRole, roles } from '../core/roles.ts';
import { createUser } from '../features/users/users.service.ts';
import type { Context } from './context.ts';
import { registerBackupCommands } from './backup-command.ts';
import { registerClassifyCommand } from './categories-command.ts';
import { registerDemoCommand } from './demo-command.ts';
import { registerDigestCommand } from './digest-command.ts';
import { findFirm, workspaceOption } from './find-firm.ts';
import { registerImportCommands } from './import-command.ts';
import { registerReportCommands } from './report-command.ts';
import { registerWorklistCommand } from './worklist-command.ts';
import { openMigratedDatabase } from './open.ts';

export function registerMoreCommands(program: Command, context: Context): void {
  const { config, log, status } = context;
  registerDemoCommand(program, context);
  registerBackupCommands(program, context);
  registerReportCommands(program, context);
  registerImportCommands(program, context);
  registerClassifyCommand(program, context);
  registerWorklistCommand(program, context);
  registerDigestCommand(program, context);
  const users = program.command('users').description('manage users');
  users
    .command('create')
    .description('create a user in a firm (the only firm, or the one named by --workspace)')
    .requiredOption('--email <email>', 'email address')
    .requiredOption('--name <name>', 'full name')
    .option('--role <role>', `one of ${roles.join(', ')}`, 'professional')
    .option(...workspaceOption)
    .option('--password <password>', 'password (else read from KLANDIZIE_PASSWORD)')
    .action(
      async (options: {
        email: string;
        name: string;
        role: string;
        workspace?: string;
        password?: string;
      }) => {
        if (!isRole(options.role)) throw new Error(`--role must be one of ${roles.join(', ')}`);
        const password = options.password ?? process.env.KLANDIZIE_PASSWORD;
        if (!password) throw new Error('give a password with --password or KLANDIZIE_PASSWORD');
        const database = await openMigratedDatabase(config(), status);
        try {
          const workspace = await findFirm(database, options.workspace);
          const user = await createUser(database.db, {
            workspaceId: workspace.workspaceId,
            email: options.email,
            name: options.name,
            role: options.role,
            password,
          });
          log(`Created ${user.role} ${user.name} <${user.email}> in ${workspace.name}.`);
        } finally {
          await database.close();
        }
      },
    );
}
