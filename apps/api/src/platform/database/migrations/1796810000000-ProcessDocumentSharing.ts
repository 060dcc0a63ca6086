import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, item 10: process documents are uploaded, listed and shared from the screens.
 *
 * - Two more kinds: `agreement` (a signed agreement, e.g. the trajectory agreement) and `report`.
 * - `shared_with_participant`: the participant sees only the documents shared with them; existing documents stay
 *   unshared. Before, the participant could download any process document of their case by its id (no
 *   screen listed them); sharing is now explicit.
 */
export class ProcessDocumentSharing1796810000000 implements MigrationInterface {
  name = 'ProcessDocumentSharing1796810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "public"."process_documents" DROP CONSTRAINT "process_documents_kind"');
    await queryRunner.query(
      "ALTER TABLE \"public\".\"process_documents\" ADD CONSTRAINT \"process_documents_kind\" CHECK (\"kind\" IN ('plan_of_approach', 'problem_analysis', 'cv', 'agreement', 'report', 'other'))",
    );
    await queryRunner.query(
      'ALTER TABLE "public"."process_documents" ADD "shared_with_participant" boolean NOT NULL DEFAULT false',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "public"."process_documents" DROP COLUMN "shared_with_participant"');
    await queryRunner.query('ALTER TABLE "public"."process_documents" DROP CONSTRAINT "process_documents_kind"');
    await queryRunner.query(
      'UPDATE "public"."process_documents" SET "kind" = \'other\' WHERE "kind" IN (\'agreement\', \'report\')',
    );
    await queryRunner.query(
      'ALTER TABLE "public"."process_documents" ADD CONSTRAINT "process_documents_kind" CHECK ("kind" IN (\'plan_of_approach\', \'problem_analysis\', \'cv\', \'other\'))',
    );
  }
}
