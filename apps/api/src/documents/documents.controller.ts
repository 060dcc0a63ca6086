import { Controller, Get, HttpCode, Logger, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { HEALTH_DOCUMENT_KINDS, type UploadedDocumentView } from '@spoor/domain';
import type { Request, Response } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { ApiBinaryResponse, ApiErrors } from '../platform/http/openapi';
import { DocumentsService } from './documents.service';
import { UploadedDocumentViewDto } from './dto/uploaded-document.dto';

@ApiTags('documents')
@Controller()
export class DocumentsController {
  private readonly logger = new Logger('Documents');

  constructor(private readonly documents: DocumentsService) {}

  @Post('cases/:id/special-file/documents')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'health_document', inTransaction: true })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG (by content), 20 MB at most' },
        kind: { type: 'string', enum: [...HEALTH_DOCUMENT_KINDS] },
      },
    },
  })
  @ApiCreatedResponse({ type: UploadedDocumentViewDto })
  @ApiErrors(400, 404, 413, 415, 423)
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<UploadedDocumentView> {
    touched(request, { caseId: id });
    return this.documents.uploadHealthDocument(user, id, request);
  }

  @Get('documents/:id/content')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'download', resource: 'document', inTransaction: true })
  @ApiBinaryResponse(
    ['application/pdf', 'image/png', 'image/jpeg'],
    'The decrypted file, as an attachment (Cache-Control: no-store)',
  )
  @ApiErrors(400, 404)
  async content(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const download = await this.documents.download(user, id, request);
    response.status(200);
    response.setHeader('Content-Type', download.contentType);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="document"; filename*=UTF-8''${encodeURIComponent(download.filename)}`,
    );
    try {
      await this.documents.pipeTo(download, response);
    } catch (error) {
      // Headers are gone: cut the connection so a partial file is never taken for a whole one.
      this.logger.error({ errorName: (error as Error).name }, 'document stream failed');
      response.destroy();
    }
  }
}
