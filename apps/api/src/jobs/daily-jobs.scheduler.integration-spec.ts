import { SchedulerRegistry } from '@nestjs/schedule';
import { createTestApp } from '../../test/utils/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/utils/test-database';

/**
 * When the daily job is tried (every hour on the hour) and the access log sealed (every 30 s) in a running
 * application; never by themselves in tests.
 */
describe('daily jobs scheduler', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('tries the daily jobs every hour, on the hour, outside tests', async () => {
    const app = await createTestApp(db.urls, { nodeEnv: 'development' });
    try {
      const job = app.get(SchedulerRegistry).getCronJob('daily-jobs');
      expect(job.isActive).toBe(true);
      const [next, after] = job.nextDates(2).map((date) => date.toJSDate());
      expect([next.getMinutes(), next.getSeconds()]).toEqual([0, 0]);
      expect(after.getTime() - next.getTime()).toBe(3600_000);
      expect(next.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
      // The access-log sealer: every 30 seconds (one instance at a time, under its advisory lock); open erasure
      // plans resumed every 10 minutes (each plan under its own advisory lock).
      expect(app.get(SchedulerRegistry).getIntervals().sort()).toEqual(['access-seal', 'erasure-resume']);
    } finally {
      await app.close();
    }
  });

  it('starts no timer in tests: they run the jobs themselves', async () => {
    const app = await createTestApp(db.urls);
    try {
      expect(app.get(SchedulerRegistry).getCronJobs().size).toBe(0);
      expect(app.get(SchedulerRegistry).getIntervals()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
