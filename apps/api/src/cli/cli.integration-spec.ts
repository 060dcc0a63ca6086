import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { InvitationsService } from '../invitations/invitations.service';
import { createTestApp } from '../../test/utils/test-app';
import {
  createTestDatabase,
  TEST_MASTER_KEY,
  TEST_SPECIAL_MASTER_KEY,
  type TestDatabase,
} from '../../test/utils/test-database';
import { USAGE } from './usage';

const ROOT = resolve(__dirname, '../../../..');

/**
 * The command line as an operator runs it (a child process on the TypeScript sources, no build): the
 * commands, their output and their exit codes. `keys` and `audit verify` are exercised against a crashed API in
 * test/reliability/crash-recovery.integration-spec.ts.
 */
describe('command line: usage, the first admin, retention', () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;

  function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/cli/cli.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...env, SWC_NODE_PROJECT: join(ROOT, 'tools/tsconfig.json') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const stdout: string[] = [];
    const stderr: string[] = [];
    child.stdout.on('data', (chunk) => stdout.push(String(chunk)));
    child.stderr.on('data', (chunk) => stderr.push(String(chunk)));
    return new Promise((done) =>
      child.once('exit', (code) => done({ code, stdout: stdout.join(''), stderr: stderr.join('') })),
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(SPOOR_|DATABASE_)/.test(name)),
    );
    env = {
      ...inherited,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.urls.owner,
      SPOOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'spoor-cli-')),
      SPOOR_MASTER_KEY: TEST_MASTER_KEY.toString('base64'),
      SPOOR_SPECIAL_MASTER_KEY: TEST_SPECIAL_MASTER_KEY.toString('base64'),
    };
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('answers a command it does not know, or a missing subcommand, with the usage and exit code 2', async () => {
    for (const args of [['rotate-keys'], ['keys']]) {
      const result = await cli(...args);
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(result.stderr).toBe(USAGE);
    }
  }, 90_000);

  it('creates the first admin once, through the account service, printing a one-time enrolment link', async () => {
    const bad = await cli('admin:create', '--email', 'geen-adres', '--name', 'Eerste Beheerder');
    expect(bad).toEqual({ code: 2, stdout: '', stderr: '--email must be an e-mail address\n' });

    const created = await cli('admin:create', '--email', 'Beheer@Example.test', '--name', 'Eerste Beheerder');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Admin beheer@example.test created.');
    const token = /\/invitation#token=(\S+)/.exec(created.stdout)?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url

    // The link enrols the second factor of an admin account, as an invitation from the admin page does.
    const app = await createTestApp(db.urls);
    try {
      const invitation = await app.get(InvitationsService).inspect(token as string);
      expect(invitation).toMatchObject({
        purpose: 'invite',
        email: 'beheer@example.test',
        displayName: 'Eerste Beheerder',
        needsPassword: true,
      });
      expect(invitation.secondFactor?.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    } finally {
      await app.close();
    }
    const owner = new Client({ connectionString: db.urls.owner });
    await owner.connect();
    try {
      const { rows: admins } = await owner.query("SELECT id, email FROM public.users WHERE role = 'admin'");
      expect(admins).toHaveLength(1);
      expect(admins[0].email).not.toContain('beheer'); // stored encrypted
      const { rows: events } = await owner.query(
        "SELECT action, resource, resource_id FROM audit.access_events WHERE resource = 'user'",
      );
      expect(events).toEqual([{ action: 'create', resource: 'user', resource_id: admins[0].id }]);
    } finally {
      await owner.end();
    }

    const again = await cli('admin:create', '--email', 'tweede@example.test', '--name', 'Tweede Beheerder');
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr: 'An admin exists already: admins create further accounts in Spoor itself.\n',
    });
  }, 180_000);

  it('reports what retention would remove per category with --dry-run', async () => {
    const result = await cli('retention', '--dry-run');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Would erase programme data \(2 years after .+\): 0 people, 0 cases; kept for a legal hold: 0\.\nFiscal records \(7 years .+\): .+\.\n/,
    );
    expect(result.stdout).toMatch(
      /\nWould remove from the access log: 0 events in 0 sealed ranges older than \d{4}-\d{2}-\d{2} \(retention 5 years\)\.\n$/,
    );
  }, 90_000);
});
