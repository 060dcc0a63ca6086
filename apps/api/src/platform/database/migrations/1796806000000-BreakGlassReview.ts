import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Break-the-glass reviews record an outcome and a sealed note; an outcome that asks for follow-up opens an item
 * on the privacy officer's worklist (issue 17).
 */
export class BreakGlassReview1796806000000 implements MigrationInterface {
  name = 'BreakGlassReview1796806000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "break_glass_grants" ADD "review_outcome" character varying(20)');
    await queryRunner.query('ALTER TABLE "break_glass_grants" ADD "review_note" text');
    await queryRunner.query(
      `ALTER TABLE "break_glass_grants" ADD CONSTRAINT "review_note_encrypted" CHECK ("review_note" IS NULL OR "review_note" LIKE 'sp1.p.%')`,
    );
    await queryRunner.query(
      `ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_review_outcome" CHECK ("review_outcome" IS NULL OR ("reviewed_at" IS NOT NULL AND "review_outcome" IN ('justified', 'not_justified', 'needs_follow_up')))`,
    );
    await queryRunner.query(
      `CREATE TABLE "break_glass_follow_ups" ("id" uuid NOT NULL, "grant_id" uuid NOT NULL, "case_id" uuid NOT NULL, "outcome" character varying(20) NOT NULL, "health_data_read" boolean NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_by" uuid NOT NULL, "breach_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, CONSTRAINT "REL_5e18e3697c411436127ebe0710" UNIQUE ("grant_id"), CONSTRAINT "break_glass_follow_ups_closed" CHECK (("closed_at" IS NULL) = ("closed_by" IS NULL)), CONSTRAINT "break_glass_follow_ups_outcome" CHECK ("outcome" IN ('not_justified', 'needs_follow_up')), CONSTRAINT "PK_21cc391a4eec32fc39378f85638" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "break_glass_follow_ups_open" ON "break_glass_follow_ups"  ("opened_at") WHERE "closed_at" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "break_glass_follow_ups" ADD CONSTRAINT "FK_5e18e3697c411436127ebe07108" FOREIGN KEY ("grant_id") REFERENCES "break_glass_grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "break_glass_follow_ups" ADD CONSTRAINT "FK_da01343db1f0c2b0d62ff37492d" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "break_glass_follow_ups" ADD CONSTRAINT "FK_5b2d85615a6de7ed565fd6aba20" FOREIGN KEY ("breach_id") REFERENCES "breaches"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "break_glass_follow_ups"');
    await queryRunner.query('ALTER TABLE "break_glass_grants" DROP CONSTRAINT "break_glass_grants_review_outcome"');
    await queryRunner.query('ALTER TABLE "break_glass_grants" DROP CONSTRAINT "review_note_encrypted"');
    await queryRunner.query('ALTER TABLE "break_glass_grants" DROP COLUMN "review_note"');
    await queryRunner.query('ALTER TABLE "break_glass_grants" DROP COLUMN "review_outcome"');
  }
}
