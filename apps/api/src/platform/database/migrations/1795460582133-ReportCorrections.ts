import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportCorrections1795460582133 implements MigrationInterface {
  name = 'ReportCorrections1795460582133';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "progress_reports" ADD "corrects_report_id" uuid');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "progress_reports" DROP COLUMN "corrects_report_id"');
  }
}
