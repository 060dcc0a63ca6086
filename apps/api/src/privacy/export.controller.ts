import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { ExportService } from './export.service';
import { ApiErrors } from '../platform/http/openapi';
import { PersonalDataExportDto } from './dto/privacy-responses.dto';

/** Right of access and portability: the person's data as one JSON document. */
@ApiTags('privacy')
@Controller()
export class ExportController {
  constructor(private readonly exports: ExportService) {}

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
    touched(request, {
      personIds: [user.personId as string],
      fields: ['personalia', 'cases', 'progressReports', 'specialFile', 'accessLog', 'consents'],
    });
    return data;
  }

  @Get('privacy-requests/:id/export')
  @Policy('manage', 'PrivacyRequest')
  @AccessLogged({ action: 'export', resource: 'privacy_request', purpose: 'data_subject_access' })
  @ApiOkResponse({
    type: PersonalDataExportDto,
    description: 'The person\u2019s export answering an open access or portability request, as a download',
  })
  @ApiErrors(400, 404, 409)
  async exportForRequest(
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', 'attachment; filename="spoor-export.json"');
    const { personId, data } = await this.exports.exportForRequest(id);
    touched(request, {
      personIds: [personId],
      resourceId: id,
      fields: ['personalia', 'cases', 'progressReports', 'specialFile', 'accessLog', 'consents'],
    });
    return data;
  }
}
