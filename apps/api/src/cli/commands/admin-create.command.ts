import { Command, CommandRunner, Option } from 'nest-commander';
import { AdminService } from '../../admin/admin.service';
import { loadConfig } from '../../platform/config/config';
import { withApplication, withDatabase } from '../cli-context';
import { USAGE_ERROR } from '../usage';

interface AdminCreateOptions {
  /** A string, or `true` when the flag came without a value. */
  email?: string | boolean;
  name?: string | boolean;
}

/** `admin:create --email E --name N`: the first admin of a production installation. */
@Command({
  name: 'admin:create',
  description: 'the first admin: prints a one-time link to set the password and enrol the second factor',
  allowUnknownOptions: true,
})
export class AdminCreateCommand extends CommandRunner {
  async run(_arguments: string[], options: AdminCreateOptions): Promise<void> {
    const email = typeof options.email === 'string' ? options.email.trim().toLowerCase() : undefined;
    const name = typeof options.name === 'string' ? options.name.trim() : undefined;
    if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      process.stderr.write('--email must be an e-mail address\n');
      process.exitCode = USAGE_ERROR;
      return;
    }
    if (!name || name.length < 2) {
      process.stderr.write("--name must be the admin's name (2 characters or more)\n");
      process.exitCode = USAGE_ERROR;
      return;
    }
    const config = loadConfig();
    await withDatabase(config, (database) =>
      withApplication(config, database.urls, async (context) => {
        const created = await context.get(AdminService).createFirstAdmin({ email, displayName: name });
        if (!created) {
          process.stderr.write('An admin exists already: admins create further accounts in Spoor itself.\n');
          process.exitCode = 1;
          return;
        }
        process.stdout.write(
          `Admin ${email} created. Open this one-time link within 72 hours to set the password and enrol the second factor\n` +
            `(scan the QR code it shows):\n\n  ${created.link}\n\nThe link is a credential: do not store or forward it.\n`,
        );
      }),
    );
  }

  @Option({ flags: '--email [email]', description: "the admin's e-mail address" })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--name [name]', description: "the admin's name" })
  parseName(value: string): string {
    return value;
  }
}
