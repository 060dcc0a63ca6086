import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: corrections made under a rectification request (field names only, never values), and the reason
 * code of a rectification request completed without a correction.
 */
export class RectificationCorrections1796803000000 implements MigrationInterface {
  name = 'RectificationCorrections1796803000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rectification_corrections" ("id" uuid NOT NULL, "privacy_request_id" uuid NOT NULL, "person_id" uuid NOT NULL, "fields" character varying(16) array NOT NULL, "corrected_by" uuid NOT NULL, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_689ad57582d3abc80dc73ccd1a3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "rectification_corrections_request" ON "rectification_corrections"  ("privacy_request_id") ',
    );
    await queryRunner.query('ALTER TABLE "privacy_requests" ADD "outcome_reason" character varying(32)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "privacy_requests" DROP COLUMN "outcome_reason"');
    await queryRunner.query('DROP INDEX "public"."rectification_corrections_request"');
    await queryRunner.query('DROP TABLE "rectification_corrections"');
  }
}
