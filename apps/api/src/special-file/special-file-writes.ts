import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Inject, Injectable, Param, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { amsterdamToday, fmlProblems } from '@spoor/domain';
import { IsArray, IsIn, IsISO8601, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { SicknessChanges } from './sickness-changes';
import { AccessLogged } from '../access-log/access-log.decorator';
import { AccessLogService } from '../access-log/access-log.service';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { invalidInput } from '../platform/http/api-error';
import { uuidParam } from '../platform/http/uuid-param';
import { ApiErrors } from '../platform/http/openapi';
import type { HealthRecordView, SpecialFileEntryCreated } from '@spoor/domain';
import { HealthRecordViewDto, SpecialFileEntryCreatedDto } from './dto/special-file-responses.dto';
import { CaseAccessService } from '../cases/case-access.service';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { FmlAssessment } from './fml-assessment.entity';
import { HealthRecord } from './health-record.entity';
import { OccupationalAssessment } from './occupational-assessment.entity';
import { SicknessEventsService } from './sickness-events.service';
import { UwvOpinion } from './uwv-opinion.entity';
import { SPECIAL_DATA_SOURCE, SPECIAL_FIELDS } from './special-file.tokens';

const DATE = { strict: true } as const;

export class HealthRecordDto {
  @ApiPropertyOptional({ example: '2026-03-02' })
  @IsOptional()
  @IsISO8601(DATE, { message: 'firstSickDay must be a date (YYYY-MM-DD)' })
  firstSickDay?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'prognosis must be at most 4000 characters' })
  prognosis?: string;
}

export class FmlDto {
  @ApiProperty() @IsISO8601(DATE, { message: 'assessedOn must be a date (YYYY-MM-DD)' }) assessedOn!: string;
  @ApiProperty() @IsString() @Length(2, 200, { message: 'assessor must be 2 to 200 characters' }) assessor!: string;
  @ApiProperty({ description: 'The six FML rubrieken (libs/domain FmlRubriek)' })
  @IsArray({ message: 'rubrieken must be a list of the six FML rubrieken' })
  rubrieken!: unknown[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

export class OccupationalAssessmentDto {
  @ApiProperty() @IsISO8601(DATE, { message: 'reportDate must be a date (YYYY-MM-DD)' }) reportDate!: string;
  @ApiProperty()
  @IsString()
  @Length(1, 8000, { message: 'conclusionOwnWork must be 1 to 8000 characters' })
  conclusionOwnWork!: string;
  @ApiProperty()
  @IsString()
  @Length(1, 8000, { message: 'suitableWork must be 1 to 8000 characters' })
  suitableWork!: string;
  @ApiProperty() @IsString() @Length(1, 8000, { message: 'advice must be 1 to 8000 characters' }) advice!: string;
}

export class UwvOpinionDto {
  @ApiProperty({ enum: ['expert_opinion', 'wia_decision', 'reintegration_assessment'] })
  @IsIn(['expert_opinion', 'wia_decision', 'reintegration_assessment'], {
    message: 'kind must be expert_opinion, wia_decision or reintegration_assessment',
  })
  kind!: 'expert_opinion' | 'wia_decision' | 'reintegration_assessment';
  @ApiProperty() @IsISO8601(DATE, { message: 'opinionDate must be a date (YYYY-MM-DD)' }) opinionDate!: string;
  @ApiProperty() @IsString() @Length(1, 8000, { message: 'outcome must be 1 to 8000 characters' }) outcome!: string;
}

/** Writes to the special file by the assigned labour expert, each with its access event in the same transaction. */
@Injectable()
export class SpecialFileWriter {
  constructor(
    @Inject(SPECIAL_DATA_SOURCE) private readonly special: DataSource,
    @Inject(SPECIAL_FIELDS) private readonly fields: EncryptedFields,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
    private readonly sickness: SicknessEventsService,
    private readonly sicknessChanges: SicknessChanges,
  ) {}

  /** The case row, when the caller may write its special file (the one case-access point); else 404 / 403 / 423. */
  async writable(user: AuthenticatedUser, caseId: string) {
    const access = await this.caseAccess.reach(user, caseId, 'write_special_file');
    access.assertWritable();
    const row = access.row;
    return row;
  }

  /** Seals the row under the special key ring and inserts it with its access event in one transaction. */
  async insert<T extends object>(
    user: AuthenticatedUser,
    request: Request,
    caseId: string,
    personId: string,
    entityClass: new () => T,
    values: T,
    resource: string,
    fields: string[],
  ) {
    const sealed = await this.fields.seal(entityClass, values);
    await this.special.transaction(async (manager: EntityManager) => {
      await manager.getRepository(entityClass).insert(sealed);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource,
          resourceId: (values as { id: string }).id,
          caseId,
          personIds: [personId],
          fields,
        },
        manager,
      );
    });
    return { id: (values as { id: string }).id, caseId };
  }

  /**
   * First day of illness and prognosis. The Poortwachter timeline follows the person's sickness events
   * (POST …/sickness-events); a first day of illness given while the person has none becomes their first 'sick'
   * event (as the migration carried the existing ones over), and the milestones follow. With events recorded,
   * the record keeps the date as given and the events stay what the timeline follows.
   */
  async putHealthRecord(user: AuthenticatedUser, caseId: string, input: HealthRecordDto, request: Request) {
    const row = await this.writable(user, caseId);
    if (input.firstSickDay && input.firstSickDay > amsterdamToday(new Date()))
      throw invalidInput({
        field: 'firstSickDay',
        code: 'DATE_IN_FUTURE',
        message: 'firstSickDay cannot be in the future',
      });
    const startsSickness =
      input.firstSickDay !== undefined &&
      (await this.sickness.periodsOf(row.person_id, amsterdamToday(new Date()))).length === 0;
    if (startsSickness && input.firstSickDay)
      await this.sickness.record(user, caseId, { kind: 'sick', date: input.firstSickDay }, request, {
        kind: 'firstSickDay',
        date: 'firstSickDay',
      });
    const repository = this.special.getRepository(HealthRecord);
    const existing = await repository.findOneBy({ caseId });
    const current = existing ? await this.fields.open(HealthRecord, existing) : null;
    const record = Object.assign(new HealthRecord(), {
      id: existing?.id ?? randomUUID(),
      caseId,
      personId: row.person_id,
      firstSickDay: input.firstSickDay ?? current?.firstSickDay ?? null,
      prognosis: input.prognosis ?? current?.prognosis ?? null,
    });
    const sealed = await this.fields.seal(HealthRecord, record);
    await this.special.transaction(async (manager) => {
      if (existing)
        await manager
          .getRepository(HealthRecord)
          .update(
            { id: record.id },
            { firstSickDay: sealed.firstSickDay, prognosis: sealed.prognosis, version: existing.version + 1 },
          );
      else await manager.getRepository(HealthRecord).insert(sealed);
      await this.accessLog.record(
        user,
        request,
        {
          action: existing ? 'update' : 'create',
          outcome: 'allowed',
          resource: 'health_record',
          resourceId: record.id,
          caseId,
          personIds: [row.person_id],
          fields: Object.keys(input),
        },
        manager,
      );
    });
    if (startsSickness) await this.sicknessChanges.changed(row.person_id);
    return { id: record.id, caseId, firstSickDay: record.firstSickDay, prognosis: record.prognosis };
  }

  async addFml(user: AuthenticatedUser, caseId: string, input: FmlDto, request: Request) {
    const problems = fmlProblems(input.rubrieken);
    if (problems.length) throw invalidInput(...problems);
    const row = await this.writable(user, caseId);
    return this.insert(
      user,
      request,
      caseId,
      row.person_id,
      FmlAssessment,
      Object.assign(new FmlAssessment(), {
        id: randomUUID(),
        caseId,
        personId: row.person_id,
        assessedOn: input.assessedOn,
        assessor: input.assessor,
        rubrieken: JSON.stringify(input.rubrieken),
        notes: input.notes ?? null,
        createdBy: user.id,
      }),
      'fml_assessment',
      ['assessedOn', 'assessor', 'rubrieken', 'notes'],
    );
  }

  async addOccupationalAssessment(
    user: AuthenticatedUser,
    caseId: string,
    input: OccupationalAssessmentDto,
    request: Request,
  ) {
    const row = await this.writable(user, caseId);
    return this.insert(
      user,
      request,
      caseId,
      row.person_id,
      OccupationalAssessment,
      Object.assign(new OccupationalAssessment(), {
        id: randomUUID(),
        caseId,
        personId: row.person_id,
        reportDate: input.reportDate,
        conclusionOwnWork: input.conclusionOwnWork,
        suitableWork: input.suitableWork,
        advice: input.advice,
        authorId: user.id,
      }),
      'occupational_assessment',
      ['reportDate', 'conclusionOwnWork', 'suitableWork', 'advice'],
    );
  }

  async addUwvOpinion(user: AuthenticatedUser, caseId: string, input: UwvOpinionDto, request: Request) {
    const row = await this.writable(user, caseId);
    return this.insert(
      user,
      request,
      caseId,
      row.person_id,
      UwvOpinion,
      Object.assign(new UwvOpinion(), {
        id: randomUUID(),
        caseId,
        personId: row.person_id,
        kind: input.kind,
        opinionDate: input.opinionDate,
        outcome: input.outcome,
        createdBy: user.id,
      }),
      'uwv_opinion',
      ['kind', 'opinionDate', 'outcome'],
    );
  }
}

@ApiTags('special-file')
@Controller('cases/:id/special-file')
export class SpecialFileWritesController {
  constructor(private readonly writer: SpecialFileWriter) {}

  @Put('health-record')
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'update', resource: 'health_record', inTransaction: true })
  @ApiOkResponse({
    type: HealthRecordViewDto,
    description:
      'A first day of illness while the person has no sickness events records their first one (the milestones follow)',
  })
  @ApiErrors(400, 404, 423)
  healthRecord(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: HealthRecordDto,
    @Req() request: Request,
  ): Promise<HealthRecordView> {
    return this.writer.putHealthRecord(user, id, body, request);
  }

  @Post('fml')
  @HttpCode(201)
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'fml_assessment', inTransaction: true })
  @ApiCreatedResponse({ type: SpecialFileEntryCreatedDto })
  @ApiErrors(400, 404, 423)
  fml(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: FmlDto,
    @Req() request: Request,
  ): Promise<SpecialFileEntryCreated> {
    return this.writer.addFml(user, id, body, request);
  }

  @Post('occupational-assessments')
  @HttpCode(201)
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'occupational_assessment', inTransaction: true })
  @ApiCreatedResponse({ type: SpecialFileEntryCreatedDto })
  @ApiErrors(400, 404, 423)
  occupational(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: OccupationalAssessmentDto,
    @Req() request: Request,
  ): Promise<SpecialFileEntryCreated> {
    return this.writer.addOccupationalAssessment(user, id, body, request);
  }

  @Post('uwv-opinions')
  @HttpCode(201)
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'uwv_opinion', inTransaction: true })
  @ApiCreatedResponse({ type: SpecialFileEntryCreatedDto })
  @ApiErrors(400, 404, 423)
  uwv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UwvOpinionDto,
    @Req() request: Request,
  ): Promise<SpecialFileEntryCreated> {
    return this.writer.addUwvOpinion(user, id, body, request);
  }
}
