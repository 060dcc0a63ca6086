import { MigrationInterface, QueryRunner } from 'typeorm';

export class DomainModel1795456783637 implements MigrationInterface {
  name = 'DomainModel1795456783637';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "people" ("id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "last_name_index" character varying(32), "birth_date" text, "address" text, "email" text, "email_index" character varying(32), "phone" text, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "first_name_encrypted" CHECK ("first_name" LIKE \'sp1.p.%\'), CONSTRAINT "last_name_encrypted" CHECK ("last_name" LIKE \'sp1.p.%\'), CONSTRAINT "birth_date_encrypted" CHECK ("birth_date" IS NULL OR "birth_date" LIKE \'sp1.p.%\'), CONSTRAINT "address_encrypted" CHECK ("address" IS NULL OR "address" LIKE \'sp1.p.%\'), CONSTRAINT "email_encrypted" CHECK ("email" IS NULL OR "email" LIKE \'sp1.p.%\'), CONSTRAINT "phone_encrypted" CHECK ("phone" IS NULL OR "phone" LIKE \'sp1.p.%\'), CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "people_last_name_index" ON "people"  ("last_name_index") ');
    await queryRunner.query('CREATE INDEX "people_email_index" ON "people"  ("email_index") ');
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kvk_number" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6b090fd814bf8d9bef5e2f042f0" UNIQUE ("kvk_number"), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL, "role" character varying(32) NOT NULL, "email" text NOT NULL, "email_index" character varying(32), "display_name" text NOT NULL, "password_hash" text, "totp_secret" text, "mfa_enrolled_at" TIMESTAMP WITH TIME ZONE, "organisation_id" uuid, "person_id" uuid, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "email_encrypted" CHECK ("email" LIKE \'sp1.p.%\'), CONSTRAINT "display_name_encrypted" CHECK ("display_name" LIKE \'sp1.p.%\'), CONSTRAINT "totp_secret_encrypted" CHECK ("totp_secret" IS NULL OR "totp_secret" LIKE \'sp1.p.%\'), CONSTRAINT "users_participant_has_person" CHECK ("role" <> \'participant\' OR "person_id" IS NOT NULL), CONSTRAINT "users_client_has_organisation" CHECK ("role" <> \'client\' OR "organisation_id" IS NOT NULL), CONSTRAINT "users_role" CHECK ("role" IN (\'admin\', \'privacy_officer\', \'coach\', \'labour_expert\', \'client\', \'participant\')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_index" ON "users"  ("email_index") ');
    await queryRunner.query('CREATE INDEX "users_organisation" ON "users"  ("organisation_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "users_person" ON "users"  ("person_id") WHERE "person_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL, "reference" character varying(20) NOT NULL, "type" character varying(32) NOT NULL, "status" character varying(16) NOT NULL, "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "coach_id" uuid, "labour_expert_id" uuid, "start_date" date NOT NULL, "end_date" date, "completed_at" TIMESTAMP WITH TIME ZONE, "legal_hold" boolean NOT NULL DEFAULT false, "processing_restricted" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_54644dc5f4b6350d047ab0ce40a" UNIQUE ("reference"), CONSTRAINT "cases_completed_at" CHECK (("status" = \'completed\') = ("completed_at" IS NOT NULL)), CONSTRAINT "cases_status" CHECK ("status" IN (\'intake\', \'active\', \'on_hold\', \'completed\', \'cancelled\')), CONSTRAINT "cases_type" CHECK ("type" IN (\'reintegration_track1\', \'reintegration_track2\', \'outplacement\', \'career_coaching\')), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "cases_person" ON "cases"  ("person_id") ');
    await queryRunner.query('CREATE INDEX "cases_labour_expert" ON "cases"  ("labour_expert_id") ');
    await queryRunner.query('CREATE INDEX "cases_coach" ON "cases"  ("coach_id") ');
    await queryRunner.query('CREATE INDEX "cases_organisation_status" ON "cases"  ("organisation_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "case_assignments" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unassigned_at" TIMESTAMP WITH TIME ZONE, "assigned_by" uuid, CONSTRAINT "case_assignments_role" CHECK ("role" IN (\'coach\', \'labour_expert\')), CONSTRAINT "PK_87ea587a5ab124bd964c8db5ff7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "case_assignments_current" ON "case_assignments"  ("case_id", "role") WHERE "unassigned_at" IS NULL',
    );
    await queryRunner.query('CREATE INDEX "case_assignments_case" ON "case_assignments"  ("case_id", "assigned_at") ');
    await queryRunner.query(
      'CREATE TABLE "case_milestones" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "sequence" integer NOT NULL DEFAULT \'0\', "due_date" date NOT NULL, "completed_on" date, CONSTRAINT "PK_d3cf0bba72b8ba74fe47a34f9c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_milestones_due" ON "case_milestones"  ("due_date") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "case_milestones_case" ON "case_milestones"  ("case_id", "kind", "sequence") ',
    );
    await queryRunner.query(
      'CREATE TABLE "activities" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "occurred_on" date NOT NULL, "duration_minutes" integer, "notes" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notes_encrypted" CHECK ("notes" IS NULL OR "notes" LIKE \'sp1.p.%\'), CONSTRAINT "activities_duration" CHECK ("duration_minutes" IS NULL OR "duration_minutes" BETWEEN 0 AND 1440), CONSTRAINT "activities_kind" CHECK ("kind" IN (\'coaching_session\', \'assessment\', \'test\', \'training\', \'application\', \'workplace_visit\', \'network_meeting\', \'other\')), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "activities_case" ON "activities"  ("case_id", "occurred_on") ');
    await queryRunner.query(
      'CREATE TABLE "process_documents" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "filename" text NOT NULL, "content_type" character varying(64) NOT NULL, "size_bytes" bigint NOT NULL, "blob_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3b9114a1a41d4e096acbbb9cf8c" UNIQUE ("blob_id"), CONSTRAINT "filename_encrypted" CHECK ("filename" LIKE \'sp1.p.%\'), CONSTRAINT "process_documents_content_type" CHECK ("content_type" IN (\'application/pdf\', \'image/png\', \'image/jpeg\')), CONSTRAINT "process_documents_kind" CHECK ("kind" IN (\'plan_of_approach\', \'problem_analysis\', \'cv\', \'other\')), CONSTRAINT "PK_6e1a1f2c0fe6f4593eed63f94fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "process_documents_case" ON "process_documents"  ("case_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "progress_reports" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "client_summary" text, "released_to_client" boolean NOT NULL DEFAULT false, "status" character varying(8) NOT NULL DEFAULT \'draft\', "period_start" date, "period_end" date, "finalised_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "title_encrypted" CHECK ("title" LIKE \'sp1.p.%\'), CONSTRAINT "body_encrypted" CHECK ("body" LIKE \'sp1.p.%\'), CONSTRAINT "client_summary_encrypted" CHECK ("client_summary" IS NULL OR "client_summary" LIKE \'sp1.p.%\'), CONSTRAINT "progress_reports_finalised" CHECK (("status" = \'final\') = ("finalised_at" IS NOT NULL)), CONSTRAINT "progress_reports_status" CHECK ("status" IN (\'draft\', \'final\')), CONSTRAINT "PK_175179020a43d5ec75ab1d6a04f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "progress_reports_case" ON "progress_reports"  ("case_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "special"."fml_assessments" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "assessed_on" date NOT NULL, "assessor" text NOT NULL, "rubrieken" text NOT NULL, "notes" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assessor_encrypted" CHECK ("assessor" LIKE \'sp1.s.%\'), CONSTRAINT "rubrieken_encrypted" CHECK ("rubrieken" LIKE \'sp1.s.%\'), CONSTRAINT "notes_encrypted" CHECK ("notes" IS NULL OR "notes" LIKE \'sp1.s.%\'), CONSTRAINT "PK_ba6a3512b3c974355d87f868779" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "fml_assessments_case" ON "special"."fml_assessments"  ("case_id", "assessed_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "special"."health_documents" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "filename" text NOT NULL, "content_type" character varying(64) NOT NULL, "size_bytes" bigint NOT NULL, "blob_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_07b507f5cf8b6adb155118cb2ec" UNIQUE ("blob_id"), CONSTRAINT "filename_encrypted" CHECK ("filename" LIKE \'sp1.s.%\'), CONSTRAINT "health_documents_content_type" CHECK ("content_type" IN (\'application/pdf\', \'image/png\', \'image/jpeg\')), CONSTRAINT "health_documents_kind" CHECK ("kind" IN (\'fml\', \'occupational_assessment\', \'uwv_opinion\', \'other_health\')), CONSTRAINT "PK_fc4d70fee39de53607ba71b33b9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "health_documents_case" ON "special"."health_documents"  ("case_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "special"."health_records" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "first_sick_day" text, "prognosis" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "first_sick_day_encrypted" CHECK ("first_sick_day" IS NULL OR "first_sick_day" LIKE \'sp1.s.%\'), CONSTRAINT "prognosis_encrypted" CHECK ("prognosis" IS NULL OR "prognosis" LIKE \'sp1.s.%\'), CONSTRAINT "PK_adbd60dda85d616da89ba3f8270" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "health_records_case" ON "special"."health_records"  ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "special"."occupational_assessments" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "report_date" date NOT NULL, "conclusion_own_work" text NOT NULL, "suitable_work" text NOT NULL, "advice" text NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conclusion_own_work_encrypted" CHECK ("conclusion_own_work" LIKE \'sp1.s.%\'), CONSTRAINT "suitable_work_encrypted" CHECK ("suitable_work" LIKE \'sp1.s.%\'), CONSTRAINT "advice_encrypted" CHECK ("advice" LIKE \'sp1.s.%\'), CONSTRAINT "PK_86c73143ca96146c4122454e127" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "occupational_assessments_case" ON "special"."occupational_assessments"  ("case_id", "report_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "special"."uwv_opinions" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "opinion_date" date NOT NULL, "outcome" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outcome_encrypted" CHECK ("outcome" LIKE \'sp1.s.%\'), CONSTRAINT "uwv_opinions_kind" CHECK ("kind" IN (\'expert_opinion\', \'wia_decision\', \'reintegration_assessment\')), CONSTRAINT "PK_656d8acae93118521cbd761df80" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "uwv_opinions_case" ON "special"."uwv_opinions"  ("case_id", "opinion_date") ',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_5ed72dcd00d6e5a88c6a6ba3d18" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_7637dde4a13e5c3c858309f2bef" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_f0144c98274376472142326da90" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_20e3e104e43488cbe9ad8d75922" FOREIGN KEY ("coach_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_4d3550e8d2a9c565e0ecad3204f" FOREIGN KEY ("labour_expert_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_assignments" ADD CONSTRAINT "FK_64f235d410e2ee29ee64a171a2f" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_assignments" ADD CONSTRAINT "FK_316d65c5560b013902917057adc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_milestones" ADD CONSTRAINT "FK_30595782c095aece7e906aa0773" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "FK_b27ba8a64e0b5d3a250f7270515" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "process_documents" ADD CONSTRAINT "FK_eb8eb66e7d0ae165c120cd9c374" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_f931ccac51798595656ea0d9b4b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_f931ccac51798595656ea0d9b4b"');
    await queryRunner.query('ALTER TABLE "process_documents" DROP CONSTRAINT "FK_eb8eb66e7d0ae165c120cd9c374"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "FK_b27ba8a64e0b5d3a250f7270515"');
    await queryRunner.query('ALTER TABLE "case_milestones" DROP CONSTRAINT "FK_30595782c095aece7e906aa0773"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP CONSTRAINT "FK_316d65c5560b013902917057adc"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP CONSTRAINT "FK_64f235d410e2ee29ee64a171a2f"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_4d3550e8d2a9c565e0ecad3204f"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_20e3e104e43488cbe9ad8d75922"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_f0144c98274376472142326da90"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_7637dde4a13e5c3c858309f2bef"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_5ed72dcd00d6e5a88c6a6ba3d18"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"');
    await queryRunner.query('DROP INDEX "special"."uwv_opinions_case"');
    await queryRunner.query('DROP TABLE "special"."uwv_opinions"');
    await queryRunner.query('DROP INDEX "special"."occupational_assessments_case"');
    await queryRunner.query('DROP TABLE "special"."occupational_assessments"');
    await queryRunner.query('DROP INDEX "special"."health_records_case"');
    await queryRunner.query('DROP TABLE "special"."health_records"');
    await queryRunner.query('DROP INDEX "special"."health_documents_case"');
    await queryRunner.query('DROP TABLE "special"."health_documents"');
    await queryRunner.query('DROP INDEX "special"."fml_assessments_case"');
    await queryRunner.query('DROP TABLE "special"."fml_assessments"');
    await queryRunner.query('DROP INDEX "public"."progress_reports_case"');
    await queryRunner.query('DROP TABLE "progress_reports"');
    await queryRunner.query('DROP INDEX "public"."process_documents_case"');
    await queryRunner.query('DROP TABLE "process_documents"');
    await queryRunner.query('DROP INDEX "public"."activities_case"');
    await queryRunner.query('DROP TABLE "activities"');
    await queryRunner.query('DROP INDEX "public"."case_milestones_case"');
    await queryRunner.query('DROP INDEX "public"."case_milestones_due"');
    await queryRunner.query('DROP TABLE "case_milestones"');
    await queryRunner.query('DROP INDEX "public"."case_assignments_case"');
    await queryRunner.query('DROP INDEX "public"."case_assignments_current"');
    await queryRunner.query('DROP TABLE "case_assignments"');
    await queryRunner.query('DROP INDEX "public"."cases_organisation_status"');
    await queryRunner.query('DROP INDEX "public"."cases_coach"');
    await queryRunner.query('DROP INDEX "public"."cases_labour_expert"');
    await queryRunner.query('DROP INDEX "public"."cases_person"');
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query('DROP INDEX "public"."users_person"');
    await queryRunner.query('DROP INDEX "public"."users_organisation"');
    await queryRunner.query('DROP INDEX "public"."users_email_index"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "organisations"');
    await queryRunner.query('DROP INDEX "public"."people_email_index"');
    await queryRunner.query('DROP INDEX "public"."people_last_name_index"');
    await queryRunner.query('DROP TABLE "people"');
  }
}
