import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ExportManifestView, OwnExportDeliveryView, PersonalDataExport } from '@spoor/domain';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import type { JsonBody } from '../platform/http/json-body';
import { uuidParam } from '../platform/http/uuid-param';
import { ExportService } from './export.service';
import { ExportDeliveriesService } from './export-deliveries.service';
import { ApiErrors } from '../platform/http/openapi';
import { ExportManifestViewDto, OwnExportDeliveriesDto, PersonalDataExportDto } from './dto/privacy-responses.dto';

const EXPORT_FIELDS = ['personalia', 'cases', 'progressReports', 'specialFile', 'accessLog', 'consents'];

/**
 * Right of access and portability: the person's data as one JSON document, for the person only. An export
 * answering a request the privacy officer handles is delivered to the person's portal; the officer sees its
 * manifest (sections, counts, sizes) and the delivery's status, never its content. (The officer's former
 * `GET /privacy-requests/:id/export`, which returned the whole export, health data included, is gone: 404.)
 */
@ApiTags('privacy')
@Controller()
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    private readonly deliveries: ExportDeliveriesService,
  ) {}

  @Get('me/export')
  @Policy('export', 'OwnData')
  @AccessLogged({ action: 'export', resource: 'own_data', purpose: 'data_portability' })
  @ApiOkResponse({
    type: PersonalDataExportDto,
    description: 'As a download (spoor-export.json); documents through their links',
  })
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', 'attachment; filename="spoor-export.json"');
    const data = await this.exports.exportFor(user);
    touched(request, { personIds: [user.personId as string], fields: EXPORT_FIELDS });
    return data;
  }

  @Get('me/export-deliveries')
  @Policy('export', 'OwnData')
  @AccessLogged({ action: 'list', resource: 'export_delivery', purpose: 'data_subject_access' })
  @ApiOkResponse({
    type: OwnExportDeliveriesDto,
    description: 'Exports prepared for the caller in answer to their access or portability requests',
  })
  async ownDeliveries(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
  ): Promise<JsonBody<{ items: OwnExportDeliveryView[] }>> {
    const items = await this.deliveries.listOwn(user);
    touched(request, { personIds: [user.personId as string], fields: ['status', 'preparedAt', 'expiresAt'] });
    return { items };
  }

  @Get('me/export-deliveries/:id/download')
  @Policy('export', 'OwnData')
  @AccessLogged({
    action: 'export',
    resource: 'export_delivery',
    purpose: 'data_subject_access',
    inTransaction: true,
  })
  @ApiOkResponse({
    type: PersonalDataExportDto,
    description: 'The delivered export, generated now for the caller, as a download (spoor-export.json)',
  })
  @ApiErrors(400, 404, 410)
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JsonBody<PersonalDataExport>> {
    const data = await this.deliveries.download(user, id, request);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', 'attachment; filename="spoor-export.json"');
    return data;
  }

  @Get('privacy-requests/:id/manifest')
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'read', resource: 'export_manifest', purpose: 'data_subject_access' })
  @ApiOkResponse({
    type: ExportManifestViewDto,
    description:
      'What the person\u2019s export holds (sections, counts, sizes) and where its delivery stands; never content',
  })
  @ApiErrors(400, 404, 409)
  async manifest(
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JsonBody<ExportManifestView>> {
    response.setHeader('Cache-Control', 'no-store');
    const { personId, view } = await this.deliveries.manifestForRequest(id);
    touched(request, { personIds: [personId], resourceId: id, fields: ['manifest', 'deliveryStatus'] });
    return view;
  }
}
