import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { ErasureService } from '../privacy/erasure.service';

/**
 * Erasures left open by a crash, a lost connection or a failing stage are carried out again: once when the API
 * starts (in the background: the start does not wait for it) and every 10 minutes after that. Each plan runs
 * under its own advisory lock, so several instances can try at once. The interval is off in tests (ScheduleModule
 * without intervals); the start-up pass runs everywhere the jobs do.
 */
@Injectable()
export class ErasureResumeScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ErasureResume');
  private running: Promise<void> | undefined;

  constructor(private readonly erasure: ErasureService) {}

  onApplicationBootstrap(): void {
    void this.resume();
  }

  @Interval('erasure-resume', 10 * 60_000)
  async resume(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        const result = await this.erasure.resumeOpen();
        if (result.completed || result.stopped)
          this.logger.log(`erasure plans resumed: ${result.completed} completed, ${result.stopped} still open`);
      } catch (error) {
        // The error's name only: a message could name a case.
        this.logger.warn(`resuming erasure plans failed: ${(error as Error).name}`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** A closing application waits for a pass under way rather than pulling its connections from under it. */
  async onApplicationShutdown(): Promise<void> {
    await this.running;
  }
}
