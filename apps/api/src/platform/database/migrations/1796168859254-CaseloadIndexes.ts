import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseloadIndexes1796168859254 implements MigrationInterface {
  name = 'CaseloadIndexes1796168859254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."cases_labour_expert"');
    await queryRunner.query('DROP INDEX "public"."cases_coach"');
    await queryRunner.query('CREATE INDEX "cases_start" ON "cases"  ("start_date", "reference") ');
    await queryRunner.query(
      'CREATE INDEX "cases_organisation_start" ON "cases"  ("organisation_id", "start_date", "reference") ',
    );
    await queryRunner.query(
      'CREATE INDEX "cases_labour_expert" ON "cases"  ("labour_expert_id", "start_date", "reference") ',
    );
    await queryRunner.query('CREATE INDEX "cases_coach" ON "cases"  ("coach_id", "start_date", "reference") ');
    await queryRunner.query(
      'CREATE INDEX "case_milestones_open" ON "case_milestones"  ("case_id", "due_date", "sequence") WHERE "completed_on" IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."case_milestones_open"');
    await queryRunner.query('DROP INDEX "public"."cases_coach"');
    await queryRunner.query('DROP INDEX "public"."cases_labour_expert"');
    await queryRunner.query('DROP INDEX "public"."cases_organisation_start"');
    await queryRunner.query('DROP INDEX "public"."cases_start"');
    await queryRunner.query('CREATE INDEX "cases_coach" ON "cases" USING btree ("coach_id") ');
    await queryRunner.query('CREATE INDEX "cases_labour_expert" ON "cases" USING btree ("labour_expert_id") ');
  }
}
