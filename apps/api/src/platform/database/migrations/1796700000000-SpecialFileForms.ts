import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: the special file in the profession's own terms, each value encrypted under the special key ring.
 *
 * - `special.fml_form_assessments`: the FML item by item (form version tagged).
 * - `special.ad_reports`: the AD report as structure.
 * - `special.uwv_decisions`: WIA decision, loonsanctie, deskundigenoordeel.
 *
 * The rubriek-level FMLs in `special.fml_assessments` are not moved: their ciphertext is bound to its table,
 * column and row, so SQL cannot convert them, and converting them at read time (SpecialFileService, via
 * migrateRubriekLevelFml) keeps the stored original untouched, so nothing can be lost.
 */
export class SpecialFileForms1796700000000 implements MigrationInterface {
  name = 'SpecialFileForms1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "special"."fml_form_assessments" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "assessed_on" date NOT NULL, "form_version" character varying(20) NOT NULL, "assessment" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assessment_encrypted" CHECK ("assessment" LIKE \'sp1.s.%\'), CONSTRAINT "fml_form_assessments_form_version" CHECK ("form_version" IN (\'fml-2015\')), CONSTRAINT "PK_8aa1678f487bd65e34ef26fab68" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "fml_form_assessments_case" ON "special"."fml_form_assessments"  ("case_id", "assessed_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "special"."ad_reports" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reported_on" date NOT NULL, "report" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "report_encrypted" CHECK ("report" LIKE \'sp1.s.%\'), CONSTRAINT "PK_6a981d36ae0858d3cb629f806a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ad_reports_case" ON "special"."ad_reports"  ("case_id", "reported_on") ');
    await queryRunner.query(
      'CREATE TABLE "special"."uwv_decisions" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "decision" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_encrypted" CHECK ("decision" LIKE \'sp1.s.%\'), CONSTRAINT "PK_62741202d00c686bad7939ef57c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "uwv_decisions_case" ON "special"."uwv_decisions"  ("case_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "special"."uwv_decisions_case"');
    await queryRunner.query('DROP TABLE "special"."uwv_decisions"');
    await queryRunner.query('DROP INDEX "special"."ad_reports_case"');
    await queryRunner.query('DROP TABLE "special"."ad_reports"');
    await queryRunner.query('DROP INDEX "special"."fml_form_assessments_case"');
    await queryRunner.query('DROP TABLE "special"."fml_form_assessments"');
  }
}
