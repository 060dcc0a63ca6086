import { BadRequestException, Body, Controller, Inject, Injectable, NotFoundException, Param, Patch, Req } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsEmail, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogged } from '../access-log/access-log.decorator';
import { AccessLogService } from '../access-log/access-log.service';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { AuthenticatedOnly } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { caseCondition } from '../cases/casl-to-sql';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { Person } from '../people/person.entity';

export class RectifyPersonDto {
  @ApiPropertyOptional({ description: 'The rectification request this change carries out' }) @IsOptional() @IsUUID('all', { message: 'privacyRequestId must be a UUID' }) privacyRequestId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100, { message: 'firstName must be 1 to 100 characters' }) firstName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100, { message: 'lastName must be 1 to 100 characters' }) lastName?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'birthDate must be a date (YYYY-MM-DD)' }) birthDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' }) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
}

const EDITABLE = ['firstName', 'lastName', 'birthDate', 'address', 'email', 'phone'] as const;

/**
 * Personalia are corrected through the normal edit flow: by a coach who may write one of the person's cases,
 * or by the privacy officer carrying out an open rectification request (the change is linked to it).
 */
@Injectable()
export class RectificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly accessLog: AccessLogService,
  ) {}

  async rectify(user: AuthenticatedUser, personId: string, input: RectifyPersonDto, request: Request) {
    const changes = Object.fromEntries(EDITABLE.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]));
    if (Object.keys(changes).length === 0) throw new BadRequestException(['give at least one of firstName, lastName, birthDate, address, email, phone']);
    const existing = await this.dataSource.getRepository(Person).findOneBy({ id: personId });
    if (!existing || existing.erasedAt) throw new NotFoundException('Person not found');
    let allowed = false;
    if (user.role === 'privacy_officer' && input.privacyRequestId) {
      const [open] = await this.dataSource.query(
        "SELECT id FROM public.privacy_requests WHERE id = $1 AND person_id = $2 AND type = 'rectification' AND status <> 'completed'",
        [input.privacyRequestId, personId],
      );
      allowed = Boolean(open);
    } else {
      const params: unknown[] = [personId];
      const condition = caseCondition(user.ability, 'write_process_file', params);
      if (condition) {
        const [found] = await this.dataSource.query(`SELECT 1 FROM public.cases c WHERE c.person_id = $1 AND ${condition} AND NOT c.processing_restricted LIMIT 1`, params);
        allowed = Boolean(found);
      }
    }
    if (!allowed) throw new NotFoundException('Person not found');
    const sealed = await this.fields.seal(Person, Object.assign(new Person(), { id: personId, ...changes }));
    const update: Record<string, unknown> = {};
    for (const key of Object.keys(changes)) update[key] = (sealed as unknown as Record<string, unknown>)[key];
    if ('lastName' in changes) update['lastNameIndex'] = sealed.lastNameIndex;
    if ('email' in changes) update['emailIndex'] = sealed.emailIndex;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Person).update({ id: personId }, update);
      await this.accessLog.record(user, request, {
        action: 'update', outcome: 'allowed', resource: 'person', resourceId: input.privacyRequestId ?? null, personIds: [personId],
        fields: Object.keys(changes), purpose: input.privacyRequestId ? 'rectification_request' : undefined,
      }, manager);
    });
    return { id: personId, changed: Object.keys(changes), privacyRequestId: input.privacyRequestId ?? null };
  }
}

@ApiTags('people')
@Controller('people')
export class RectificationController {
  constructor(private readonly rectification: RectificationService) {}

  @Patch(':id')
  @AuthenticatedOnly('coaches of the person\u2019s cases, or the privacy officer for a rectification request; the service checks which')
  @AccessLogged({ action: 'update', resource: 'person', inTransaction: true })
  rectify(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: RectifyPersonDto, @Req() request: Request) {
    return this.rectification.rectify(user, id, body, request);
  }
}
