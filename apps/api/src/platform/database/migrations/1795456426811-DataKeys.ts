import { MigrationInterface, QueryRunner } from 'typeorm';

export class DataKeys1795456426811 implements MigrationInterface {
  name = 'DataKeys1795456426811';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "data_keys" ("id" uuid NOT NULL, "subject_id" uuid, "purpose" character varying(16) NOT NULL, "kek_id" character varying(32), "wrapped_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rewrapped_at" TIMESTAMP WITH TIME ZONE, "destroyed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "data_key_purpose" CHECK ("purpose" IN (\'data\', \'blind_index\')), CONSTRAINT "data_key_wrapped_unless_destroyed" CHECK (("destroyed_at" IS NULL) = ("wrapped_key" IS NOT NULL AND "kek_id" IS NOT NULL)), CONSTRAINT "PK_75e186bab00acc0d8f955b75cbb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "data_keys_kek" ON "data_keys"  ("kek_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "data_keys_active_ring" ON "data_keys"  ("purpose") WHERE "destroyed_at" IS NULL AND "subject_id" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "data_keys_active_subject" ON "data_keys"  ("subject_id", "purpose") WHERE "destroyed_at" IS NULL AND "subject_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "special"."data_keys" ("id" uuid NOT NULL, "subject_id" uuid, "purpose" character varying(16) NOT NULL, "kek_id" character varying(32), "wrapped_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rewrapped_at" TIMESTAMP WITH TIME ZONE, "destroyed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "data_key_purpose" CHECK ("purpose" IN (\'data\', \'blind_index\')), CONSTRAINT "data_key_wrapped_unless_destroyed" CHECK (("destroyed_at" IS NULL) = ("wrapped_key" IS NOT NULL AND "kek_id" IS NOT NULL)), CONSTRAINT "PK_75e186bab00acc0d8f955b75cbb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "special_data_keys_kek" ON "special"."data_keys"  ("kek_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "special_data_keys_active_ring" ON "special"."data_keys"  ("purpose") WHERE "destroyed_at" IS NULL AND "subject_id" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "special_data_keys_active_subject" ON "special"."data_keys"  ("subject_id", "purpose") WHERE "destroyed_at" IS NULL AND "subject_id" IS NOT NULL',
    );
    await this.postUp(queryRunner);
  }

  public async postUp(queryRunner: QueryRunner): Promise<void> {
    // Keys are destroyed by tombstoning (UPDATE), never by deleting rows: a DELETE would hide the erasure.
    await queryRunner.query('REVOKE DELETE, TRUNCATE ON "public"."data_keys" FROM spoor_app');
    await queryRunner.query('REVOKE DELETE, TRUNCATE ON "special"."data_keys" FROM spoor_special');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "special"."special_data_keys_active_subject"');
    await queryRunner.query('DROP INDEX "special"."special_data_keys_active_ring"');
    await queryRunner.query('DROP INDEX "special"."special_data_keys_kek"');
    await queryRunner.query('DROP TABLE "special"."data_keys"');
    await queryRunner.query('DROP INDEX "public"."data_keys_active_subject"');
    await queryRunner.query('DROP INDEX "public"."data_keys_active_ring"');
    await queryRunner.query('DROP INDEX "public"."data_keys_kek"');
    await queryRunner.query('DROP TABLE "data_keys"');
  }
}
