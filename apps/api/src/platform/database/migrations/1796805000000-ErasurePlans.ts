import { MigrationInterface, QueryRunner } from 'typeorm';

/** Durable erasure plans: an erasure is recorded before it runs, and resumed after a crash until complete. */
export class ErasurePlans1796805000000 implements MigrationInterface {
  name = 'ErasurePlans1796805000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "erasure_plans" ("id" uuid NOT NULL, "request_id" uuid, "person_id" uuid NOT NULL, "purpose" character varying(40) NOT NULL, "accepted_by" uuid NOT NULL, "outcome" character varying(20), "completion_note" text, "blob_ids" uuid array NOT NULL DEFAULT \'{}\', "steps" jsonb NOT NULL, "failures" integer NOT NULL DEFAULT \'0\', "last_failure" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "completion_note_encrypted" CHECK ("completion_note" IS NULL OR "completion_note" LIKE \'sp1.p.%\'), CONSTRAINT "PK_962b1c27b58040a6451d5c8627c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "erasure_plans_person" ON "erasure_plans"  ("person_id") ');
    await queryRunner.query(
      'CREATE INDEX "erasure_plans_open" ON "erasure_plans"  ("created_at") WHERE "completed_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "erasure_plans_request" ON "erasure_plans"  ("request_id") WHERE "request_id" IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."erasure_plans_request"');
    await queryRunner.query('DROP INDEX "public"."erasure_plans_open"');
    await queryRunner.query('DROP INDEX "public"."erasure_plans_person"');
    await queryRunner.query('DROP TABLE "erasure_plans"');
  }
}
