import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The three schemas and what each runtime role may do in them (see DESIGN.md, "Storage and segregation").
 * Roles themselves are created at start by provisionRoles(): they are cluster-wide and carry passwords.
 * Default privileges make every table the owner creates later get the same narrow grants.
 */
export class SchemasAndRoles1795000000000 implements MigrationInterface {
  name = 'SchemasAndRoles1795000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "special"`);
    await q.query(`CREATE SCHEMA IF NOT EXISTS "audit"`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);

    // Nobody but the owner creates objects; PUBLIC gets nothing by default.
    await q.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await q.query(`REVOKE ALL ON SCHEMA special FROM PUBLIC`);
    await q.query(`REVOKE ALL ON SCHEMA audit FROM PUBLIC`);

    // Process file: spoor_app only.
    await q.query(`GRANT USAGE ON SCHEMA public TO spoor_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO spoor_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO spoor_app`);
    // The special-file module reads the case it belongs to (type, status, assignments), never the reverse.
    await q.query(`GRANT USAGE ON SCHEMA public TO spoor_special`);

    // Special file: spoor_special only.
    await q.query(`GRANT USAGE ON SCHEMA special TO spoor_special`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA special GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO spoor_special`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA special GRANT USAGE, SELECT ON SEQUENCES TO spoor_special`);

    // Access log: append and read only, for both roles.
    await q.query(`GRANT USAGE ON SCHEMA audit TO spoor_app, spoor_special`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA audit GRANT SELECT, INSERT ON TABLES TO spoor_app, spoor_special`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA audit GRANT USAGE, SELECT ON SEQUENCES TO spoor_app, spoor_special`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA audit REVOKE ALL ON SEQUENCES FROM spoor_app, spoor_special`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA audit REVOKE ALL ON TABLES FROM spoor_app, spoor_special`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA special REVOKE ALL ON SEQUENCES FROM spoor_special`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA special REVOKE ALL ON TABLES FROM spoor_special`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM spoor_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM spoor_app`);
    await q.query(`REVOKE ALL ON SCHEMA audit FROM spoor_app, spoor_special`);
    await q.query(`REVOKE ALL ON SCHEMA special FROM spoor_special`);
    await q.query(`REVOKE ALL ON SCHEMA public FROM spoor_app, spoor_special`);
    await q.query(`DROP SCHEMA IF EXISTS "audit"`);
    await q.query(`DROP SCHEMA IF EXISTS "special"`);
  }
}
