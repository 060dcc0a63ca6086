import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type ActivityView,
  type CreatedActivityView,
  type Paged,
} from '@spoor/domain';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogged } from '../access-log/access-log.decorator';
import { AccessLogService } from '../access-log/access-log.service';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { CaseAccessService } from '../cases/case-access.service';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { Activity } from './activity.entity';
import { CreatedActivityViewDto, PagedActivityViewDto } from './dto/process-file-responses.dto';

export class CreateActivityDto {
  @ApiProperty({ enum: ACTIVITY_KINDS })
  @IsIn(ACTIVITY_KINDS, { message: `kind must be one of ${ACTIVITY_KINDS.join(', ')}` })
  kind!: ActivityKind;
  @ApiProperty({ example: '2026-11-20' })
  @IsISO8601({ strict: true }, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  occurredOn!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'durationMinutes must be a whole number' })
  @Min(0)
  @Max(1440)
  durationMinutes?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'notes must be at most 4000 characters' })
  notes?: string;
}

/** The activity timeline of a case: coaching sessions, assessments, tests, training, applications. */
@ApiTags('activities')
@Controller('cases/:id/activities')
export class ActivitiesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly caseAccess: CaseAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get()
  @Policy('read', 'Case')
  @AccessLogged({ action: 'list', resource: 'activity' })
  @ApiOkResponse({ type: PagedActivityViewDto, description: 'Newest first; the participant gets no notes' })
  @ApiErrors(400, 404)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<ActivityView>>> {
    const { row } = await this.caseAccess.reach(user, id, 'read_process_file');
    const activities = await this.fields.openMany(
      Activity,
      await this.dataSource.getRepository(Activity).find({ where: { caseId: id }, order: { occurredOn: 'DESC' } }),
    );
    const participant = user.role === 'participant';
    touched(request, {
      personIds: [row.person_id],
      caseId: id,
      fields: participant ? ['kind', 'occurredOn'] : ['kind', 'occurredOn', 'notes'],
    });
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
  @ApiCreatedResponse({ type: CreatedActivityViewDto })
  @ApiErrors(400, 404, 423)
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateActivityDto,
    @Req() request: Request,
  ): Promise<JsonBody<CreatedActivityView>> {
    const access = await this.caseAccess.reach(user, id, 'write_process_file');
    access.assertWritable();
    const row = access.row;
    const activity = Object.assign(new Activity(), {
      id: randomUUID(),
      caseId: id,
      personId: row.person_id,
      kind: body.kind,
      occurredOn: body.occurredOn,
      durationMinutes: body.durationMinutes ?? null,
      notes: body.notes ?? null,
      createdBy: user.id,
    });
    const sealed = await this.fields.seal(Activity, activity);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Activity).insert(sealed);
      await this.accessLog.record(
        user,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'activity',
          resourceId: activity.id,
          caseId: id,
          personIds: [row.person_id],
          fields: Object.keys(body),
        },
        manager,
      );
    });
    // The answer names the case, not the person (as before: `personId` was sent as undefined, i.e. left out).
    const { personId: _personId, ...created } = activity;
    return created;
  }
}
