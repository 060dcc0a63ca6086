import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { testConfig } from '../../../test/utils/test-database';
import { ConfigError } from '../config/config';
import { MailService, SMTP_TIMEOUTS } from './mail.service';

const message = { to: 'iemand@example.test', subject: 'Wachtwoord', text: 'https://spoor.test/reset#token=geheim' };

/** An SMTP server that is not there: a port that was free a moment ago (connection refused). */
async function absentSmtpServer(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return `smtp://127.0.0.1:${port}`;
}

describe('MailService: reset and invitation links never reach the disk in production', () => {
  it('writes the development outbox outside production only', async () => {
    const config = testConfig({ nodeEnv: 'development' });
    await new MailService(config).send(message);
    expect(readdirSync(join(config.dataDir, 'outbox'))).toHaveLength(1);
  });

  it('refuses to exist in production without SMTP', () => {
    expect(() => new MailService(testConfig({ nodeEnv: 'production', smtpUrl: undefined }))).toThrow(ConfigError);
  });

  it('sends through SMTP in production and writes nothing, even when the server fails', async () => {
    const config = testConfig({ nodeEnv: 'production', smtpUrl: await absentSmtpServer() });
    const mail = new MailService(config);
    expect(mail.outbox).toBeUndefined();
    await expect(mail.send(message)).rejects.toThrow();
    expect(existsSync(join(config.dataDir, 'outbox'))).toBe(false);
  });

  it('gives SMTP short timeouts, so a stalled server cannot hold the mail queue or shutdown for minutes', () => {
    const mail = new MailService(
      testConfig({ nodeEnv: 'production', smtpUrl: 'smtps://spoor:geheim@mail.example:465?name=spoor.example' }),
    );
    const options = (mail as unknown as { transport: { transporter: { options: Record<string, unknown> } } }).transport
      .transporter.options;
    expect(options).toMatchObject({
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 15_000,
      // the URL's own settings are kept
      host: 'mail.example',
      port: 465,
      secure: true,
      name: 'spoor.example',
      auth: { user: 'spoor', pass: 'geheim' },
    });
    for (const timeout of Object.values(SMTP_TIMEOUTS)) expect(timeout).toBeLessThanOrEqual(15_000);
  });
});
