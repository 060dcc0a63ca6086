import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, item 5: extensions of the waiting period and corrections of sickness events, both in the special file.
 *
 * - `special.waiting_period_extensions`: loonsanctie, voluntary extension, early IVA application of a person's
 *   sickness period; the dates and weeks (`terms`) and a withdrawal's reason encrypted under the special ring.
 *   One active extension per kind and period; withdrawn, never deleted.
 * - `special.sickness_events` gains a retraction (who, when, the reason encrypted): a wrongly entered event no
 *   longer counts and is kept.
 */
export class WaitingPeriodExtensions1796700600000 implements MigrationInterface {
  name = 'WaitingPeriodExtensions1796700600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "special"."waiting_period_extensions" ("id" uuid NOT NULL, "person_id" uuid NOT NULL, "case_id" uuid NOT NULL, "period_sequence" integer NOT NULL, "kind" character varying(24) NOT NULL, "terms" text NOT NULL, "decision_document_id" uuid, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, "withdraw_reason" text, CONSTRAINT "terms_encrypted" CHECK ("terms" LIKE \'sp1.s.%\'), CONSTRAINT "withdraw_reason_encrypted" CHECK ("withdraw_reason" IS NULL OR "withdraw_reason" LIKE \'sp1.s.%\'), CONSTRAINT "waiting_period_extensions_withdrawn" CHECK (("withdrawn_at" IS NULL) = ("withdrawn_by" IS NULL)), CONSTRAINT "waiting_period_extensions_kind" CHECK ("kind" IN (\'loonsanctie\', \'voluntary_extension\', \'early_iva\')), CONSTRAINT "PK_24442506dc68de3e10256257a74" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "waiting_period_extensions_active" ON "special"."waiting_period_extensions"  ("person_id", "period_sequence", "kind") WHERE "withdrawn_at" IS NULL',
    );
    await queryRunner.query('ALTER TABLE "special"."sickness_events" ADD "retracted_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "special"."sickness_events" ADD "retracted_by" uuid');
    await queryRunner.query('ALTER TABLE "special"."sickness_events" ADD "retract_reason" text');
    await queryRunner.query(
      'ALTER TABLE "special"."sickness_events" ADD CONSTRAINT "retract_reason_encrypted" CHECK ("retract_reason" IS NULL OR "retract_reason" LIKE \'sp1.s.%\')',
    );
    await queryRunner.query(
      'ALTER TABLE "special"."sickness_events" ADD CONSTRAINT "sickness_events_retracted" CHECK (("retracted_at" IS NULL) = ("retracted_by" IS NULL))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "special"."sickness_events" DROP CONSTRAINT "sickness_events_retracted"');
    await queryRunner.query('ALTER TABLE "special"."sickness_events" DROP CONSTRAINT "retract_reason_encrypted"');
    await queryRunner.query('ALTER TABLE "special"."sickness_events" DROP COLUMN "retract_reason"');
    await queryRunner.query('ALTER TABLE "special"."sickness_events" DROP COLUMN "retracted_by"');
    await queryRunner.query('ALTER TABLE "special"."sickness_events" DROP COLUMN "retracted_at"');
    await queryRunner.query('DROP INDEX "special"."waiting_period_extensions_active"');
    await queryRunner.query('DROP TABLE "special"."waiting_period_extensions"');
  }
}
