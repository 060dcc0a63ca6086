import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Work that must not delay an answer: it starts only once the response is finished (or the client has gone),
 * so the answer's timing says nothing about what the work found (a password reset for a known address looks
 * like one for an unknown address). Jobs run one after another; a failure is logged by its error's name only
 * (the work handles personal data and links), and the next job still runs. Shutdown waits for what is queued.
 */
@Injectable()
export class AfterResponseQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger('AfterResponseQueue');
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  /** Runs `job` after `response` has been sent. */
  afterResponse(response: Response, label: string, job: () => Promise<void>): void {
    this.pending++;
    const started = new Promise<void>((resolve) => response.once('close', () => resolve()));
    this.tail = this.tail
      .then(() => started)
      .then(job)
      .catch((error: unknown) => this.logger.error({ errorName: (error as Error)?.name ?? 'Error' }, `${label} failed`))
      .finally(() => {
        this.pending--;
      });
  }

  /** Resolves when every queued job has run (tests; shutdown). */
  async drained(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.drained();
  }
}
