import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccessLogged, NoPersonalData } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { AuthenticatedOnly, Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import {
  BreachDto,
  CompletePrivacyRequestDto,
  CreateConsentDto,
  CreatePrivacyRequestDto,
  ExtendPrivacyRequestDto,
  LegalHoldDto,
  ListPrivacyRequestsQuery,
  RetentionRunDto,
  UpdateBreachDto,
} from './dto/privacy.dto';
import { ExportService } from './export.service';
import { PrivacyService } from './privacy.service';
import { RemindersService } from './reminders.service';

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly exports: ExportService,
    private readonly reminderCounts: RemindersService,
  ) {}

  @Post('privacy-requests')
  @HttpCode(201)
  @AuthenticatedOnly('participants file about themselves, the privacy officer for a person; the service checks which')
  @AccessLogged({ action: 'create', resource: 'privacy_request', inTransaction: true })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreatePrivacyRequestDto, @Req() request: Request) {
    return this.privacy.createRequest(user, body, request);
  }

  @Get('privacy-requests')
  @AuthenticatedOnly('the privacy officer sees all requests, a participant their own; the service checks which')
  @AccessLogged({ action: 'list', resource: 'privacy_request' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListPrivacyRequestsQuery, @Req() request: Request) {
    const result = await this.privacy.listRequests(user, query);
    touched(request, { personIds: result.personIds, fields: ['type', 'status', 'details'] });
    return { items: result.items, total: result.total };
  }

  @Post('privacy-requests/:id/extend')
  @HttpCode(200)
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'update', resource: 'privacy_request', inTransaction: true })
  extend(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: ExtendPrivacyRequestDto, @Req() request: Request) {
    return this.privacy.extend(user, id, body, request);
  }

  @Post('privacy-requests/:id/complete')
  @HttpCode(200)
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'update', resource: 'privacy_request', inTransaction: true })
  complete(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: CompletePrivacyRequestDto, @Req() request: Request) {
    return this.privacy.complete(user, id, body, request);
  }

  @Get('me/export')
  @Policy('export', 'OwnData')
  @AccessLogged({ action: 'export', resource: 'own_data', purpose: 'data_portability' })
  async export(@CurrentUser() user: AuthenticatedUser, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', 'attachment; filename="spoor-export.json"');
    const data = await this.exports.exportFor(user);
    touched(request, { personIds: [user.personId as string], fields: ['personalia', 'cases', 'progressReports', 'specialFile', 'accessLog', 'consents'] });
    return data;
  }

  @Get('privacy-requests/:id/export')
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'export', resource: 'privacy_request', purpose: 'data_subject_access' })
  async exportForRequest(@Param('id', uuidParam('id')) id: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', 'attachment; filename="spoor-export.json"');
    const { personId, data } = await this.exports.exportForRequest(id);
    touched(request, { personIds: [personId], resourceId: id, fields: ['personalia', 'cases', 'progressReports', 'specialFile', 'accessLog', 'consents'] });
    return data;
  }

  @Get('people/:id/consents')
  @AuthenticatedOnly('a participant sees their own consents, the privacy officer anyone\u2019s; the service checks which')
  @AccessLogged({ action: 'read', resource: 'consent' })
  async consents(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    const result = await this.privacy.consents(user, id);
    touched(request, { personIds: [id], fields: ['purpose', 'givenAt', 'withdrawnAt'] });
    return result;
  }

  @Post('people/:id/consents')
  @HttpCode(201)
  @AuthenticatedOnly('a participant gives their own consent; the service checks it')
  @AccessLogged({ action: 'create', resource: 'consent', inTransaction: true })
  giveConsent(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: CreateConsentDto, @Req() request: Request) {
    return this.privacy.giveConsent(user, id, body.purpose, request);
  }

  @Post('consents/:id/withdraw')
  @HttpCode(200)
  @AuthenticatedOnly('a participant withdraws their own consent; the service checks it')
  @AccessLogged({ action: 'update', resource: 'consent', inTransaction: true })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    return this.privacy.withdrawConsent(user, id, request);
  }

  @Get('breaches')
  @Policy('manage', 'Breach')
  @AccessLogged({ action: 'list', resource: 'breach' })
  breaches() {
    return this.privacy.breaches();
  }

  @Post('breaches')
  @HttpCode(201)
  @Policy('manage', 'Breach')
  @AccessLogged({ action: 'create', resource: 'breach' })
  registerBreach(@CurrentUser() user: AuthenticatedUser, @Body() body: BreachDto) {
    return this.privacy.registerBreach(user, body);
  }

  @Patch('breaches/:id')
  @Policy('manage', 'Breach')
  @AccessLogged({ action: 'update', resource: 'breach' })
  updateBreach(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: UpdateBreachDto) {
    return this.privacy.updateBreach(user, id, body);
  }

  @Put('cases/:id/legal-hold')
  @Policy('manage', 'Retention')
  @AccessLogged({ action: 'update', resource: 'legal_hold', inTransaction: true })
  legalHold(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Body() body: LegalHoldDto, @Req() request: Request) {
    return this.privacy.setLegalHold(user, id, body.hold, body.reason, request);
  }

  @Post('people/:id/restriction/lift')
  @HttpCode(200)
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'update', resource: 'restriction', inTransaction: true })
  liftRestriction(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string, @Req() request: Request) {
    return this.privacy.liftRestriction(user, id, request);
  }

  /** What needs the caller's attention (dashboard badges): counts only. */
  @Get('me/reminders')
  @AuthenticatedOnly('everyone sees their own reminders')
  @NoPersonalData('counts only')
  reminders(@CurrentUser() user: AuthenticatedUser) {
    return this.reminderCounts.forUser(user.id, user.role);
  }

  @Post('retention/run')
  @HttpCode(200)
  @Policy('manage', 'Retention')
  @AccessLogged({ action: 'delete', resource: 'retention', inTransaction: true })
  retention(@CurrentUser() user: AuthenticatedUser, @Body() body: RetentionRunDto, @Req() request: Request) {
    return this.privacy.runRetention(user, body.dryRun ?? true, request);
  }
}
