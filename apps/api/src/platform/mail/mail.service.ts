import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Outgoing e-mail: SMTP when SPOOR_SMTP_URL is set, otherwise each message is written as an .eml file into
 * `<data dir>/outbox`, so a demo and the tests can follow the links. Message bodies never go to the log.
 */
@Injectable()
export class MailService {
  private readonly transport: Transporter;
  readonly outbox: string;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.outbox = join(config.dataDir, 'outbox');
    this.transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mailFrom, ...message });
    if (!this.config.smtpUrl) {
      await mkdir(this.outbox, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
      await writeFile(join(this.outbox, name), (info as unknown as { message: Buffer }).message, { mode: 0o600 });
    }
  }
}
