import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { ConfigError, type AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * SMTP timeouts (ms), well below nodemailer's defaults (2 minutes to connect, 10 minutes of socket silence):
 * mail is sent from the after-response queue one message at a time, so a server that accepts the connection
 * and then stalls would otherwise hold up every mail behind it and keep shutdown waiting for minutes.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 } as const;

/**
 * Outgoing e-mail: SMTP when SPOOR_SMTP_URL is set. Outside production only, without SMTP each message is written
 * as an .eml file into `<data dir>/outbox`, so a demo and the tests can follow the links. Production never writes
 * mail to disk (reset and invitation links are credentials): it does not start without SMTP (loadConfig), and
 * this service refuses to exist without it either. Message bodies never go to the log.
 */
@Injectable()
export class MailService {
  private readonly transport: Transporter;
  /** The development outbox, or undefined when mail goes to SMTP. */
  readonly outbox: string | undefined;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    if (config.smtpUrl) {
      // The URL's own settings, then the timeouts (nodemailer ignores other options next to a `url`).
      this.transport = nodemailer.createTransport({ ...parseConnectionUrl(config.smtpUrl), ...SMTP_TIMEOUTS });
      this.outbox = undefined;
      return;
    }
    if (config.nodeEnv === 'production') {
      throw new ConfigError('SPOOR_SMTP_URL is required in production: mail is never written to disk there');
    }
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.outbox = join(config.dataDir, 'outbox');
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mailFrom, ...message });
    if (this.outbox) {
      await mkdir(this.outbox, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
      await writeFile(join(this.outbox, name), (info as unknown as { message: Buffer }).message, { mode: 0o600 });
    }
  }
}
