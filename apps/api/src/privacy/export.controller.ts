import type { Readable } from 'node:stream';
import { Controller, Get, Logger, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiQuery, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { ExportManifestView, OwnExportDeliveryView, PersonalDataExport } from '@spoor/domain';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import type { JsonBody } from '../platform/http/json-body';
import { invalidInput } from '../platform/http/api-error';
import { uuidParam } from '../platform/http/uuid-param';
import { EXPORT_FIELDS, ExportService } from './export.service';
import { ExportDeliveriesService, exportPackageFilename } from './export-deliveries.service';
import { ApiBinaryResponse, ApiErrors } from '../platform/http/openapi';
import { ExportManifestViewDto, OwnExportDeliveriesDto, PersonalDataExportDto } from './dto/privacy-responses.dto';

/**
 * Right of access and portability, for the person only: their data as one JSON document, or as one package
 * (ZIP: the JSON, the documents' files, a readable summary in Dutch) streamed as it is made. An export
 * answering a request the privacy officer handles is delivered to the person's portal; the officer sees its
 * manifest (sections, counts, sizes) and the delivery's status, never its content. (The officer's former
 * `GET /privacy-requests/:id/export`, which returned the whole export, health data included, is gone: 404.)
 */
@ApiTags('privacy')
@Controller()
export class ExportController {
  private readonly logger = new Logger('Export');

  constructor(
    private readonly exports: ExportService,
    private readonly deliveries: ExportDeliveriesService,
  ) {}

  /**
   * A package on its way out: the headers now, the bytes as the ZIP is made. A failure once bytes have left
   * cuts the connection (a partial ZIP is never taken for a whole one) and logs the error's name only.
   */
  private zip(response: Response, stream: Readable, filename: string): StreamableFile {
    response.setHeader('Cache-Control', 'no-store');
    const file = new StreamableFile(stream, {
      type: 'application/zip',
      disposition: `attachment; filename="${filename}"`,
    });
    file.setErrorLogger((error) => this.logger.error({ errorName: error.name }, 'export package failed'));
    file.setErrorHandler((_error, answer) => (answer as unknown as Response).destroy());
    return file;
  }

  @Get('me/export')
  @Policy('export', 'OwnData')
  @AccessLogged({ action: 'export', resource: 'own_data', purpose: 'data_portability' })
  @ApiExtraModels(PersonalDataExportDto)
  @ApiQuery({
    name: 'format',
    required: false,
    enum: ['json', 'zip'],
    description: 'json (default): the JSON document; zip: the package with the files and a readable summary',
  })
  @ApiResponse({
    status: 200,
    description:
      'As a download: spoor-export.json (documents through their links), or with format=zip spoor-export-<date>.zip (streamed)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(PersonalDataExportDto) } },
      'application/zip': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors(400)
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Query('format') format: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PersonalDataExport | StreamableFile> {
    if (format !== undefined && format !== 'json' && format !== 'zip')
      throw invalidInput({ field: 'format', code: 'NOT_ONE_OF', message: 'format must be json or zip' });
    const data = await this.exports.exportFor(user);
    touched(request, { personIds: [user.personId as string], fields: EXPORT_FIELDS });
    if (format === 'zip')
      return this.zip(response, this.exports.packageOf(user, request, data), exportPackageFilename());
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', 'attachment; filename="spoor-export.json"');
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
  @ApiBinaryResponse(
    ['application/zip'],
    'The delivered export, generated now for the caller, as one streamed package (spoor-export-<date>.zip): gegevens.json, the documents, overzicht.html',
  )
  @ApiErrors(400, 404, 410)
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { stream, filename } = await this.deliveries.download(user, id, request);
    return this.zip(response, stream, filename);
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
