import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { AccessSealService } from '../access-log/access-seal.service';

/**
 * Every 30 seconds each instance tries to seal the settled access events; an advisory lock lets one of them
 * do it. Off in tests (ScheduleModule without intervals): they seal explicitly.
 */
@Injectable()
export class AccessSealScheduler {
  private readonly logger = new Logger('AccessSeal');

  constructor(private readonly seals: AccessSealService) {}

  @Interval('access-seal', 30_000)
  async seal(): Promise<void> {
    try {
      await this.seals.sealPending();
    } catch (error) {
      this.logger.warn(`sealing failed: ${(error as Error).name}`);
    }
  }
}
