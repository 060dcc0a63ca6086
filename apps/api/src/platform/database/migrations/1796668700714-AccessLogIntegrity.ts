import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log cannot be rewritten without detection (issue 14, item 6):
 *
 * - every event carries a MAC (HMAC-SHA256 under an audit key derived from the master key, computed in Node;
 *   the database never sees the key) over its canonical form, with the id of the key and an event key the app
 *   chose (a re-used identity shows as a duplicate). Events from before this migration keep NULL: they are
 *   covered by their seals only, and verify never accepts a MAC-less event after the first MAC'd one;
 * - seals get a format version (1: the old `concat_ws` line, 2: the canonical form), a MAC and gap-free ids;
 * - the retention exemption is no longer a setting anyone may turn on: removal happens only inside
 *   `audit.cut_access_log(cutoff)`, which removes whole sealed ranges older than one year at least (the
 *   configured retention decides the actual date), records the cut first and marks the transaction; the
 *   trigger lets a DELETE through only from inside that function, for rows the cut covers. UPDATE and
 *   TRUNCATE are refused to everyone, the owner included.
 *
 * What stays trusted: a role that owns these tables (or a superuser) can disable triggers or replace the
 * functions. That is why the MACs and the external anchors exist: such a rewrite is not prevented, it is
 * detected by `audit verify` (and `--anchors`).
 */
export class AccessLogIntegrity1796668700714 implements MigrationInterface {
  name = 'AccessLogIntegrity1796668700714';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit"."access_events" ADD "event_key" uuid');
    await queryRunner.query('ALTER TABLE "audit"."access_events" ADD "mac" character varying(64)');
    await queryRunner.query('ALTER TABLE "audit"."access_events" ADD "mac_key_id" character varying(16)');
    await queryRunner.query('CREATE UNIQUE INDEX "access_events_event_key" ON "audit"."access_events" ("event_key") ');
    // Seals made so far are format 1; the sealer writes format 2 from now on.
    await queryRunner.query('ALTER TABLE "audit"."access_seals" ADD "version" smallint NOT NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE "audit"."access_seals" ALTER COLUMN "version" SET DEFAULT 2');
    await queryRunner.query('ALTER TABLE "audit"."access_seals" ADD "mac" character varying(64)');
    await queryRunner.query('ALTER TABLE "audit"."access_seals" ADD "mac_key_id" character varying(16)');

    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        marker text := current_setting('spoor.access_log_cut', true);
        stack text;
        cut audit.access_log_cuts%ROWTYPE;
      BEGIN
        -- Only audit.cut_access_log removes, only in the transaction that recorded the cut, only what it covers.
        IF TG_OP = 'DELETE' AND TG_TABLE_NAME IN ('access_events', 'access_seals') AND marker ~ '^[0-9]{1,18}$' THEN
          GET DIAGNOSTICS stack = PG_CONTEXT;
          IF position('function audit.cut_access_log(timestamp with time zone) ' IN stack) > 0 THEN
            SELECT * INTO cut FROM audit.access_log_cuts c
             WHERE c.id = marker::bigint AND c.xmin = pg_current_xact_id()::xid;
            IF FOUND AND ((TG_TABLE_NAME = 'access_events' AND OLD.id <= cut.up_to_event_id)
                       OR (TG_TABLE_NAME = 'access_seals' AND OLD.id <= cut.up_to_seal_id)) THEN
              RETURN OLD;
            END IF;
          END IF;
        END IF;
        RAISE EXCEPTION 'the access log is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = '42501';
      END $$`);
    // A cut is recorded by the cut function only: a cut record is where verification restarts the chain.
    await queryRunner.query(`CREATE FUNCTION audit.guard_cut_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        stack text;
      BEGIN
        GET DIAGNOSTICS stack = PG_CONTEXT;
        IF position('function audit.cut_access_log(timestamp with time zone) ' IN stack) > 0 THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'access-log cuts are recorded by audit.cut_access_log only' USING ERRCODE = '42501';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER access_log_cuts_by_function BEFORE INSERT ON audit.access_log_cuts FOR EACH ROW EXECUTE FUNCTION audit.guard_cut_insert()',
    );
    // Cuts are never removed or changed, not even by a statement that matches no row.
    await queryRunner.query(
      'CREATE TRIGGER access_log_cuts_never_change BEFORE UPDATE OR DELETE ON audit.access_log_cuts FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()',
    );
    await queryRunner.query(`CREATE FUNCTION audit.cut_access_log(cutoff timestamptz)
      RETURNS TABLE (cut_id bigint, events_removed integer, seals_removed integer, up_to_seal_id bigint,
                     up_to_event_id bigint, last_seal_hash character varying)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        seal record;
        last_id bigint;
        last_to bigint;
        last_hash character varying;
        removed_events integer;
        removed_seals integer;
        new_cut bigint;
      BEGIN
        IF cutoff IS NULL OR cutoff > now() - interval '1 year' THEN
          RAISE EXCEPTION 'an access-log cut must lie at least one year in the past' USING ERRCODE = '22023';
        END IF;
        -- No seal is made while the cut runs (the sealer takes the same lock).
        PERFORM pg_advisory_xact_lock(hashtext('spoor-access-seal'));
        FOR seal IN SELECT s.id, s.to_event_id, s.from_event_id, s.seal_hash FROM audit.access_seals s ORDER BY s.id LOOP
          EXIT WHEN EXISTS (SELECT 1 FROM audit.access_events e
                             WHERE e.id BETWEEN seal.from_event_id AND seal.to_event_id AND e.at >= cutoff);
          last_id := seal.id;
          last_to := seal.to_event_id;
          last_hash := seal.seal_hash;
        END LOOP;
        IF last_id IS NULL THEN
          RETURN;
        END IF;
        SELECT count(*) INTO removed_events FROM audit.access_events e WHERE e.id <= last_to;
        SELECT count(*) INTO removed_seals FROM audit.access_seals s WHERE s.id <= last_id;
        INSERT INTO audit.access_log_cuts (up_to_seal_id, up_to_event_id, last_seal_hash, events_removed, older_than)
          VALUES (last_id, last_to, last_hash, removed_events, cutoff)
          RETURNING id INTO new_cut;
        PERFORM set_config('spoor.access_log_cut', new_cut::text, true);
        DELETE FROM audit.access_events e WHERE e.id <= last_to;
        DELETE FROM audit.access_seals s WHERE s.id <= last_id;
        PERFORM set_config('spoor.access_log_cut', '', true);
        RETURN QUERY SELECT new_cut, removed_events, removed_seals, last_id, last_to,
          last_hash;
      END $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION audit.cut_access_log(timestamptz) FROM PUBLIC');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS audit.cut_access_log(timestamptz)');
    await queryRunner.query('DROP TRIGGER IF EXISTS access_log_cuts_never_change ON audit.access_log_cuts');
    await queryRunner.query('DROP TRIGGER IF EXISTS access_log_cuts_by_function ON audit.access_log_cuts');
    await queryRunner.query('DROP FUNCTION IF EXISTS audit.guard_cut_insert()');
    // The function of 1795459687400-AccessLogRetention, as it was.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('spoor.access_log_retention', true) = 'on'
           AND current_user NOT IN ('spoor_app', 'spoor_special') THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the access log is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = '42501';
      END $$`);
    await queryRunner.query('ALTER TABLE "audit"."access_seals" DROP COLUMN "mac_key_id"');
    await queryRunner.query('ALTER TABLE "audit"."access_seals" DROP COLUMN "mac"');
    await queryRunner.query('ALTER TABLE "audit"."access_seals" DROP COLUMN "version"');
    await queryRunner.query('DROP INDEX "audit"."access_events_event_key"');
    await queryRunner.query('ALTER TABLE "audit"."access_events" DROP COLUMN "mac_key_id"');
    await queryRunner.query('ALTER TABLE "audit"."access_events" DROP COLUMN "mac"');
    await queryRunner.query('ALTER TABLE "audit"."access_events" DROP COLUMN "event_key"');
  }
}
