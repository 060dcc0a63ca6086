import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationContacts1796169463727 implements MigrationInterface {
  name = 'OrganisationContacts1796169463727';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisations" ADD "contact_name" text');
    await queryRunner.query('ALTER TABLE "organisations" ADD "contact_email" text');
    await queryRunner.query('ALTER TABLE "organisations" ADD "contact_phone" text');
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD CONSTRAINT "contact_name_encrypted" CHECK ("contact_name" IS NULL OR "contact_name" LIKE \'sp1.p.%\')',
    );
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD CONSTRAINT "contact_email_encrypted" CHECK ("contact_email" IS NULL OR "contact_email" LIKE \'sp1.p.%\')',
    );
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD CONSTRAINT "contact_phone_encrypted" CHECK ("contact_phone" IS NULL OR "contact_phone" LIKE \'sp1.p.%\')',
    );
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD CONSTRAINT "organisations_kvk_number" CHECK ("kvk_number" ~ \'^[0-9]{8}$\')',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisations" DROP CONSTRAINT "organisations_kvk_number"');
    await queryRunner.query('ALTER TABLE "organisations" DROP CONSTRAINT "contact_phone_encrypted"');
    await queryRunner.query('ALTER TABLE "organisations" DROP CONSTRAINT "contact_email_encrypted"');
    await queryRunner.query('ALTER TABLE "organisations" DROP CONSTRAINT "contact_name_encrypted"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "contact_phone"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "contact_email"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "contact_name"');
  }
}
