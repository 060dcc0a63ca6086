import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { subject } from '@casl/ability';
import { ACTIVITY_KINDS, type ActivityKind } from '@spoor/domain';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogged } from '../access-log/access-log.decorator';
import { AccessLogService } from '../access-log/access-log.service';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { CasesService } from '../cases/cases.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { assertNotRestricted } from '../cases/restriction';
import { Activity } from './activity.entity';

export class CreateActivityDto {
  @ApiProperty({ enum: ACTIVITY_KINDS }) @IsIn(ACTIVITY_KINDS, { message: `kind must be one of ${ACTIVITY_KINDS.join(', ')}` }) kind!: ActivityKind;
  @ApiProperty({ example: '2026-11-20' }) @IsISO8601({ strict: true }, { message: 'occurredOn must be a date (YYYY-MM-DD)' }) occurredOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt({ message: 'durationMinutes must be a whole number' }) @Min(0) @Max(1440) durationMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000, { message: 'notes must be at most 4000 characters' }) notes?: string;
}

/** The activity timeline of a case: coaching sessions, assessments, tests, training, applications. */
@ApiTags('activities')
@Controller('cases/:id/activities')
export class ActivitiesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly cases: CasesService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get()
  @Policy('read', 'Case')
  @AccessLogged({ action: 'list', resource: 'activity' })
  async list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    const row = await this.cases.findAccessible(user, id, 'read_process_file');
    const activities = await this.fields.openMany(Activity, await this.dataSource.getRepository(Activity).find({ where: { caseId: id }, order: { occurredOn: 'DESC' } }));
    const participant = user.role === 'participant';
    touched(request, { personIds: [row.person_id], caseId: id, fields: participant ? ['kind', 'occurredOn'] : ['kind', 'occurredOn', 'notes'] });
    const items = activities.map((a) => ({
      id: a.id,
      kind: a.kind,
      occurredOn: a.occurredOn,
      durationMinutes: a.durationMinutes,
      // Notes are the coach's working notes; the participant sees what happened and when.
      ...(participant ? {} : { notes: a.notes }),
      createdAt: a.createdAt,
    }));
    return { items, total: items.length };
  }

  @Post()
  @HttpCode(201)
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'activity', inTransaction: true })
  async create(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: CreateActivityDto, @Req() request: Request) {
    const row = await this.cases.findAccessible(user, id, 'write_process_file');
    if (!user.ability.can('write_process_file', subject('Case', { id: row.id, coachId: row.coach_id, labourExpertId: row.labour_expert_id, organisationId: row.organisation_id, personId: row.person_id }))) {
      throw new ForbiddenException('Not allowed');
    }
    assertNotRestricted(row);
    const activity = Object.assign(new Activity(), {
      id: randomUUID(), caseId: id, personId: row.person_id, kind: body.kind, occurredOn: body.occurredOn,
      durationMinutes: body.durationMinutes ?? null, notes: body.notes ?? null, createdBy: user.id,
    });
    const sealed = await this.fields.seal(Activity, activity);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Activity).insert(sealed);
      await this.accessLog.record(user, request, { action: 'create', outcome: 'allowed', resource: 'activity', resourceId: activity.id, caseId: id, personIds: [row.person_id], fields: Object.keys(body) }, manager);
    });
    return { ...activity, personId: undefined };
  }
}
