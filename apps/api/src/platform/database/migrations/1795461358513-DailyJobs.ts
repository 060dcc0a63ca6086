import { MigrationInterface, QueryRunner } from 'typeorm';

export class DailyJobs1795461358513 implements MigrationInterface {
  name = 'DailyJobs1795461358513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "job_runs" ("name" character varying(64) NOT NULL, "last_run_on" date NOT NULL, CONSTRAINT "PK_b85618ada5b365476f91f989ed5" PRIMARY KEY ("name"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "job_runs"');
  }
}
