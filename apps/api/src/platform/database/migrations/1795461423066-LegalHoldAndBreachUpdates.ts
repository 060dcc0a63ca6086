import { MigrationInterface, QueryRunner } from 'typeorm';

export class LegalHoldAndBreachUpdates1795461423066 implements MigrationInterface {
  name = 'LegalHoldAndBreachUpdates1795461423066';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" ADD "legal_hold_reason" character varying(500)');
    await queryRunner.query('ALTER TABLE "cases" ADD "legal_hold_by" uuid');
    await queryRunner.query('ALTER TABLE "cases" ADD "legal_hold_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "breaches" ADD "updates" jsonb NOT NULL DEFAULT \'[]\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "breaches" DROP COLUMN "updates"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "legal_hold_at"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "legal_hold_by"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "legal_hold_reason"');
  }
}
