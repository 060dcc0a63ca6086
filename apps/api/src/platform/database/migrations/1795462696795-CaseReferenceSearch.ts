import { MigrationInterface, QueryRunner } from 'typeorm';

/** Case list search by reference prefix uses an index at any size (LIKE needs pattern operators). */
export class CaseReferenceSearch1795462696795 implements MigrationInterface {
  name = 'CaseReferenceSearch1795462696795';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "cases_reference_pattern" ON "public"."cases" ("reference" varchar_pattern_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."cases_reference_pattern"');
  }
}
