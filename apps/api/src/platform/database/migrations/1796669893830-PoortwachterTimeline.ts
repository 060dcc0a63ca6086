import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: the Poortwachter timeline follows the person's sickness events and the milestones actually done.
 *
 * - `special.sickness_events`: sick / partial recovery / recovery, the date encrypted under the special ring.
 *   The existing first days of illness (`special.health_records.first_sick_day`) become 'sick' events at start-up
 *   (SicknessEventsService.carryOverFirstSickDays): their ciphertext is bound to its table, column and row, so
 *   only the application, holding the special key ring, can move it; SQL here cannot.
 * - `public.milestone_completions`: completions with evidence and an undo history. Completions stored so far in
 *   `case_milestones.completed_on` are carried over (once per person, period 1: the only period until now).
 * - `public.case_milestones` gains `state` (what a milestone is apart from today); the lists read `state = 'open'`.
 */
export class PoortwachterTimeline1796669893830 implements MigrationInterface {
  name = 'PoortwachterTimeline1796669893830';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "special"."sickness_events" ("id" uuid NOT NULL, "person_id" uuid NOT NULL, "case_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(20) NOT NULL, "date" text NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "date_encrypted" CHECK ("date" LIKE \'sp1.s.%\'), CONSTRAINT "sickness_events_position" CHECK ("position" >= 1), CONSTRAINT "sickness_events_kind" CHECK ("kind" IN (\'sick\', \'partial_recovery\', \'recovery\')), CONSTRAINT "PK_3d42821f46282927069a582e8d2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "sickness_events_person" ON "special"."sickness_events"  ("person_id", "position") ',
    );

    await queryRunner.query(
      'CREATE TABLE "milestone_completions" ("id" uuid NOT NULL, "person_id" uuid NOT NULL, "period_sequence" integer NOT NULL, "kind" character varying(32) NOT NULL, "sequence" integer NOT NULL DEFAULT \'0\', "completed_on" date NOT NULL, "case_id" uuid NOT NULL, "evidence_report_id" uuid, "evidence_document_id" uuid, "evidence_activity_id" uuid, "completed_by" uuid, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "undone_at" TIMESTAMP WITH TIME ZONE, "undone_by" uuid, "undo_reason" text, CONSTRAINT "undo_reason_encrypted" CHECK ("undo_reason" IS NULL OR "undo_reason" LIKE \'sp1.p.%\'), CONSTRAINT "milestone_completions_undone" CHECK (("undone_at" IS NULL) = ("undone_by" IS NULL)), CONSTRAINT "milestone_completions_one_evidence" CHECK (num_nonnulls("evidence_report_id", "evidence_document_id", "evidence_activity_id") <= 1), CONSTRAINT "PK_68bc8ff88afc9395c709b7fcdf7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "milestone_completions_case" ON "milestone_completions"  ("case_id", "completed_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "milestone_completions_current" ON "milestone_completions"  ("person_id", "period_sequence", "kind", "sequence") WHERE "undone_at" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone_completions" ADD CONSTRAINT "FK_eeea865130dadf662f6ec578071" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Completions so far: one per person and milestone (a person's cases shared no timeline before: the earliest wins).
    await queryRunner.query(`
      INSERT INTO "milestone_completions" ("id", "person_id", "period_sequence", "kind", "sequence", "completed_on", "case_id")
      SELECT DISTINCT ON (c.person_id, m.kind, m.sequence) gen_random_uuid(), c.person_id, 1, m.kind, m.sequence, m.completed_on, m.case_id
        FROM "case_milestones" m JOIN "cases" c ON c.id = m.case_id
       WHERE m.completed_on IS NOT NULL
       ORDER BY c.person_id, m.kind, m.sequence, m.completed_on`);

    await queryRunner.query(
      'ALTER TABLE "case_milestones" ADD "state" character varying(16) NOT NULL DEFAULT \'open\'',
    );
    await queryRunner.query(
      "ALTER TABLE \"case_milestones\" ADD CONSTRAINT \"case_milestones_state\" CHECK (\"state\" IN ('open', 'done', 'info', 'suspended', 'lapsed'))",
    );
    await queryRunner.query(`UPDATE "case_milestones" SET "state" = 'done' WHERE "completed_on" IS NOT NULL`);
    await queryRunner.query(
      `UPDATE "case_milestones" SET "state" = 'info' WHERE "completed_on" IS NULL AND "kind" IN ('uwv_wia_letter', 'waiting_period_end')`,
    );
    await queryRunner.query('DROP INDEX "public"."case_milestones_open"');
    await queryRunner.query(
      'CREATE INDEX "case_milestones_open" ON "case_milestones"  ("case_id", "due_date", "sequence") WHERE "state" = \'open\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."case_milestones_open"');
    await queryRunner.query(
      'CREATE INDEX "case_milestones_open" ON "case_milestones"  ("case_id", "due_date", "sequence") WHERE "completed_on" IS NULL',
    );
    await queryRunner.query('ALTER TABLE "case_milestones" DROP CONSTRAINT "case_milestones_state"');
    await queryRunner.query('ALTER TABLE "case_milestones" DROP COLUMN "state"');
    await queryRunner.query('ALTER TABLE "milestone_completions" DROP CONSTRAINT "FK_eeea865130dadf662f6ec578071"');
    await queryRunner.query('DROP INDEX "public"."milestone_completions_current"');
    await queryRunner.query('DROP INDEX "public"."milestone_completions_case"');
    await queryRunner.query('DROP TABLE "milestone_completions"');
    await queryRunner.query('DROP INDEX "special"."sickness_events_person"');
    await queryRunner.query('DROP TABLE "special"."sickness_events"');
  }
}
