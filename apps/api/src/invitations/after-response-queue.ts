import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';

/** Jobs waiting or running at most; beyond that a new job is dropped (see `afterResponse`). */
export const AFTER_RESPONSE_QUEUE_LIMIT = 1_000;
/** How long shutdown waits for queued jobs before it gives up on the rest. */
export const AFTER_RESPONSE_SHUTDOWN_GRACE_MS = 30_000;

/**
 * Work that must not delay an answer: it starts only once the response is finished (or the client has gone),
 * so the answer's timing says nothing about what the work found (a password reset for a known address looks
 * like one for an unknown address). Jobs run one after another; a failure is logged by its error's name only
 * (the work handles personal data and links), and the next job still runs.
 *
 * The queue lives in memory, on purpose. A crash or a restart loses what is queued: a reset mail that was
 * never sent. That is acceptable for what it carries: the answer already told the user "if the address has an
 * account, a link has been sent", the link expires within the hour anyway, and the user simply asks again
 * (within the reset throttle). A durable queue would store reset links (credentials) or addresses at rest for
 * no gain. It is bounded, so a flood of reset requests from many source addresses cannot grow it without
 * limit: beyond AFTER_RESPONSE_QUEUE_LIMIT jobs a new one is dropped with a warning that names only its label
 * (the answer was already sent, alike for every address, so dropping tells the caller nothing). Shutdown waits
 * for the queue at most AFTER_RESPONSE_SHUTDOWN_GRACE_MS (SMTP sends have their own short timeouts, see
 * MailService), then lets go of the rest.
 */
@Injectable()
export class AfterResponseQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger('AfterResponseQueue');
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  private readonly limit = AFTER_RESPONSE_QUEUE_LIMIT;
  private readonly shutdownGraceMs = AFTER_RESPONSE_SHUTDOWN_GRACE_MS;

  /** Jobs waiting or running. */
  get size(): number {
    return this.pending;
  }

  /**
   * Runs `job` after `response` has been sent; false when the queue is full and the job was dropped. `label`
   * goes to the log: it must name the kind of work, never a person or a link.
   */
  afterResponse(response: Response, label: string, job: () => Promise<void>): boolean {
    if (this.pending >= this.limit) {
      this.logger.warn({ queued: this.pending, limit: this.limit }, `${label} dropped: the queue is full`);
      return false;
    }
    this.pending++;
    const started = new Promise<void>((resolve) => response.once('close', () => resolve()));
    this.tail = this.tail
      .then(() => started)
      .then(job)
      .catch((error: unknown) => this.logger.error({ errorName: (error as Error)?.name ?? 'Error' }, `${label} failed`))
      .finally(() => {
        this.pending--;
      });
    return true;
  }

  /** Resolves when every queued job has run (tests; shutdown). */
  async drained(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  async beforeApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), this.shutdownGraceMs);
      timer.unref();
    });
    const late = await Promise.race([this.drained().then(() => false), gaveUp]);
    clearTimeout(timer);
    if (late) this.logger.warn({ unsent: this.pending }, 'shutdown: queued work left unsent');
  }
}
