import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseWork1795460327922 implements MigrationInterface {
  name = 'CaseWork1795460327922';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "disclosures" ("id" uuid NOT NULL, "person_id" uuid NOT NULL, "case_id" uuid, "recipient" character varying(200) NOT NULL, "fields" text array NOT NULL, "legal_basis" character varying(200) NOT NULL, "disclosed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disclosed_by" uuid NOT NULL, CONSTRAINT "PK_891a486784239e16ba51491fd1c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "disclosures_person" ON "disclosures"  ("person_id", "disclosed_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."disclosures_person"');
    await queryRunner.query('DROP TABLE "disclosures"');
  }
}
