import { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyOperations1795460021259 implements MigrationInterface {
  name = 'PrivacyOperations1795460021259';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "breaches" ("id" uuid NOT NULL, "discovered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notify_authority_by" TIMESTAMP WITH TIME ZONE NOT NULL, "nature" text NOT NULL, "categories_of_people" text array NOT NULL DEFAULT \'{}\', "approximate_people" integer, "categories_of_records" text array NOT NULL DEFAULT \'{}\', "approximate_records" integer, "likely_consequences" text, "measures" text, "contact" text, "authority_notified_at" TIMESTAMP WITH TIME ZONE, "people_notified_at" TIMESTAMP WITH TIME ZONE, "registered_by" uuid NOT NULL, "version" integer NOT NULL, CONSTRAINT "nature_encrypted" CHECK ("nature" LIKE \'sp1.p.%\'), CONSTRAINT "likely_consequences_encrypted" CHECK ("likely_consequences" IS NULL OR "likely_consequences" LIKE \'sp1.p.%\'), CONSTRAINT "measures_encrypted" CHECK ("measures" IS NULL OR "measures" LIKE \'sp1.p.%\'), CONSTRAINT "contact_encrypted" CHECK ("contact" IS NULL OR "contact" LIKE \'sp1.p.%\'), CONSTRAINT "PK_1ae8bb9659fcd0eff82f1a7c127" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "consents" ("id" uuid NOT NULL, "person_id" uuid NOT NULL, "purpose" character varying(64) NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "given_by" uuid NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "consents_person" ON "consents"  ("person_id", "purpose") ');
    await queryRunner.query(
      'CREATE TABLE "privacy_requests" ("id" uuid NOT NULL, "person_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'received\', "details" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "extended_at" TIMESTAMP WITH TIME ZONE, "extension_reason" text, "completed_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(20), "completion_note" text, "filed_by" uuid NOT NULL, "completed_by" uuid, "version" integer NOT NULL, CONSTRAINT "details_encrypted" CHECK ("details" IS NULL OR "details" LIKE \'sp1.p.%\'), CONSTRAINT "extension_reason_encrypted" CHECK ("extension_reason" IS NULL OR "extension_reason" LIKE \'sp1.p.%\'), CONSTRAINT "completion_note_encrypted" CHECK ("completion_note" IS NULL OR "completion_note" LIKE \'sp1.p.%\'), CONSTRAINT "privacy_requests_status" CHECK ("status" IN (\'received\', \'extended\', \'completed\')), CONSTRAINT "privacy_requests_type" CHECK ("type" IN (\'access\', \'rectification\', \'erasure\', \'restriction\', \'portability\', \'objection\')), CONSTRAINT "PK_fbdea00fb2fcf274bf0d2ddf2c2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "privacy_requests_person" ON "privacy_requests"  ("person_id") ');
    await queryRunner.query('CREATE INDEX "privacy_requests_due" ON "privacy_requests"  ("status", "due_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."privacy_requests_due"');
    await queryRunner.query('DROP INDEX "public"."privacy_requests_person"');
    await queryRunner.query('DROP TABLE "privacy_requests"');
    await queryRunner.query('DROP INDEX "public"."consents_person"');
    await queryRunner.query('DROP TABLE "consents"');
    await queryRunner.query('DROP TABLE "breaches"');
  }
}
