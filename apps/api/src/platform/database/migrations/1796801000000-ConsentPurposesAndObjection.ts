import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, item 1: consent and objection say exactly what they do.
 *
 * - The satisfaction survey rests on legitimate interest with a right to object, never on consent: an objection
 *   request may now name its `purpose` (`satisfaction_survey`), one per person, in effect from receipt.
 * - Consents nothing in Spoor acted on (`satisfaction_survey`, `case_study`) are retired. Their rows stay as history,
 *   ended with `end_reason = 'purpose_retired'` (ended by Spoor: `withdrawn_by` stays null). Someone whose last
 *   survey consent they withdrew themselves said they did not want the survey; that wish was ignored until now, so
 *   it becomes a survey objection (received at the withdrawal, due a month from now, for the privacy officer to
 *   confirm with the survey bureau).
 * - At most one active consent per person and purpose (doubles end as `duplicate`, the oldest stays), and
 *   PostgreSQL refuses an active consent for a purpose that is not offered.
 */
export class ConsentPurposesAndObjection1796801000000 implements MigrationInterface {
  name = 'ConsentPurposesAndObjection1796801000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "consents" ADD "end_reason" character varying(16)');
    await queryRunner.query('ALTER TABLE "privacy_requests" ADD "purpose" character varying(32)');
    await queryRunner.query(`UPDATE "consents" SET "end_reason" = 'withdrawn' WHERE "withdrawn_at" IS NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "privacy_requests" ("id", "person_id", "type", "purpose", "status", "received_at", "due_at", "filed_by", "version")
       SELECT gen_random_uuid(), c."person_id", 'objection', 'satisfaction_survey', 'received', c."withdrawn_at",
              now() + interval '1 month', c."withdrawn_by", 1
         FROM (SELECT DISTINCT ON ("person_id") * FROM "consents" WHERE "purpose" = 'satisfaction_survey'
                ORDER BY "person_id", "given_at" DESC, "id" DESC) c
        WHERE c."withdrawn_at" IS NOT NULL AND c."withdrawn_by" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "consents" SET "withdrawn_at" = now(), "end_reason" = 'purpose_retired'
        WHERE "withdrawn_at" IS NULL AND "purpose" NOT IN ('newsletter')`,
    );
    await queryRunner.query(
      `UPDATE "consents" SET "withdrawn_at" = now(), "end_reason" = 'duplicate'
        WHERE "withdrawn_at" IS NULL AND "id" NOT IN (
          SELECT DISTINCT ON ("person_id", "purpose") "id" FROM "consents" WHERE "withdrawn_at" IS NULL
           ORDER BY "person_id", "purpose", "given_at", "id")`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "consents_one_active" ON "consents"  ("person_id", "purpose") WHERE "withdrawn_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "privacy_requests_one_objection" ON "privacy_requests"  ("person_id", "purpose") WHERE "purpose" IS NOT NULL',
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "consents_end_reason_known" CHECK ("end_reason" IN ('withdrawn', 'purpose_retired', 'duplicate'))`,
    );
    await queryRunner.query(
      'ALTER TABLE "consents" ADD CONSTRAINT "consents_end_reason" CHECK (("withdrawn_at" IS NULL) = ("end_reason" IS NULL))',
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "consents_purpose_current" CHECK ("purpose" IN ('newsletter') OR "withdrawn_at" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_purpose" CHECK ("purpose" IS NULL OR ("type" = 'objection' AND "purpose" IN ('satisfaction_survey')))`,
    );
  }

  /**
   * Back to consents for every purpose. Survey objections stay, as objections without a purpose: those too keep
   * the person out of the survey export, so going back never sends anyone's details to the bureau again.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "privacy_requests" DROP CONSTRAINT "privacy_requests_purpose"');
    await queryRunner.query('ALTER TABLE "consents" DROP CONSTRAINT "consents_purpose_current"');
    await queryRunner.query('ALTER TABLE "consents" DROP CONSTRAINT "consents_end_reason"');
    await queryRunner.query('ALTER TABLE "consents" DROP CONSTRAINT "consents_end_reason_known"');
    await queryRunner.query('DROP INDEX "public"."privacy_requests_one_objection"');
    await queryRunner.query('DROP INDEX "public"."consents_one_active"');
    await queryRunner.query(
      `UPDATE "consents" SET "withdrawn_at" = NULL WHERE "end_reason" IN ('purpose_retired', 'duplicate')`,
    );
    await queryRunner.query('ALTER TABLE "privacy_requests" DROP COLUMN "purpose"');
    await queryRunner.query('ALTER TABLE "consents" DROP COLUMN "end_reason"');
  }
}
