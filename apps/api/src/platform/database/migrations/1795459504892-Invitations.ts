import { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1795459504892 implements MigrationInterface {
  name = 'Invitations1795459504892';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "purpose" character varying(16) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invitations_purpose" CHECK ("purpose" IN (\'invite\', \'reset_password\', \'reset_mfa\')), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "invitations_token_hash" ON "invitations"  ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_fecdffec754fa4d5cea98709776" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_fecdffec754fa4d5cea98709776"');
    await queryRunner.query('DROP INDEX "public"."invitations_token_hash"');
    await queryRunner.query('DROP TABLE "invitations"');
  }
}
