import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Throttle scopes of their own: second-factor failures (cleared only by a successful second factor) and
 * password-reset requests (per address and per source address).
 */
export class AuthFailureScopes1796668508972 implements MigrationInterface {
  name = 'AuthFailureScopes1796668508972';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_failures" DROP CONSTRAINT "auth_failures_scope"');
    await queryRunner.query('ALTER TABLE "auth_failures" ALTER COLUMN "scope" TYPE character varying(16)');
    await queryRunner.query(
      "ALTER TABLE \"auth_failures\" ADD CONSTRAINT \"auth_failures_scope\" CHECK (\"scope\" IN ('account', 'address', 'second_factor', 'reset_account', 'reset_address'))",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_failures" DROP CONSTRAINT "auth_failures_scope"');
    await queryRunner.query('DELETE FROM "auth_failures" WHERE "scope" NOT IN (\'account\', \'address\')');
    await queryRunner.query('ALTER TABLE "auth_failures" ALTER COLUMN "scope" TYPE character varying(8)');
    await queryRunner.query(
      'ALTER TABLE "auth_failures" ADD CONSTRAINT "auth_failures_scope" CHECK ("scope" IN (\'account\', \'address\'))',
    );
  }
}
