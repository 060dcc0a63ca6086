import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: the employer's own reference for a case (encrypted, with a blind index for exact searches). */
export class CaseClientReference1796809000000 implements MigrationInterface {
  name = 'CaseClientReference1796809000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" ADD "client_reference" text');
    await queryRunner.query('ALTER TABLE "cases" ADD "client_reference_index" character varying(32)');
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "client_reference_encrypted" CHECK ("client_reference" IS NULL OR "client_reference" LIKE \'sp1.p.%\')',
    );
    await queryRunner.query('CREATE INDEX "cases_client_reference_index" ON "cases" ("client_reference_index")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."cases_client_reference_index"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "client_reference_encrypted"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "client_reference_index"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "client_reference"');
  }
}
