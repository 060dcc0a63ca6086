import { MigrationInterface, QueryRunner } from 'typeorm';

/** An export answering an access or portability request goes to the person; the officer sees its status. */
export class ExportDeliveries1796668537650 implements MigrationInterface {
  name = 'ExportDeliveries1796668537650';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "export_deliveries" ("id" uuid NOT NULL, "privacy_request_id" uuid NOT NULL, "person_id" uuid NOT NULL, "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prepared_by" uuid NOT NULL, "available_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "downloaded_at" TIMESTAMP WITH TIME ZONE, "last_downloaded_at" TIMESTAMP WITH TIME ZONE, "download_count" integer NOT NULL DEFAULT \'0\', "manifest" jsonb NOT NULL, CONSTRAINT "PK_512f72acf39489c6b3199c3cfd8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "export_deliveries_person" ON "export_deliveries"  ("person_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "export_deliveries_request" ON "export_deliveries"  ("privacy_request_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."export_deliveries_request"');
    await queryRunner.query('DROP INDEX "public"."export_deliveries_person"');
    await queryRunner.query('DROP TABLE "export_deliveries"');
  }
}
