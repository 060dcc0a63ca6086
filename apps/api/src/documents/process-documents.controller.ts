import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PROCESS_DOCUMENT_KINDS, type Paged, type ProcessDocumentView } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import type { JsonBody } from '../platform/http/json-body';
import { ApiErrors } from '../platform/http/openapi';
import { uuidParam } from '../platform/http/uuid-param';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { ProcessDocumentListDto, ProcessDocumentViewDto, ShareProcessDocumentDto } from './dto/process-document.dto';
import { ProcessDocumentsService } from './process-documents.service';

/** Documents of the process file: upload, list, share with the participant. Downloads: `/documents/:id/content`. */
@ApiTags('documents')
@Controller()
export class ProcessDocumentsController {
  constructor(private readonly documents: ProcessDocumentsService) {}

  @Get('cases/:id/documents')
  @Policy('read', 'Case')
  @AccessLogged({ action: 'list', resource: 'process_document' })
  @ApiOkResponse({ type: ProcessDocumentListDto, description: 'Newest first; the participant sees shared ones only' })
  @ApiErrors(400, 404)
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<JsonBody<Paged<ProcessDocumentView>>> {
    const { items, personId, fields } = await this.documents.list(user, id);
    touched(request, { personIds: [personId], caseId: id, fields });
    return { items, total: items.length };
  }

  @Post('cases/:id/documents')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'process_document', inTransaction: true })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG (by content), 20 MB at most' },
        kind: { type: 'string', enum: [...PROCESS_DOCUMENT_KINDS] },
        sharedWithParticipant: { type: 'string', enum: ['true', 'false'], default: 'false' },
      },
    },
  })
  @ApiCreatedResponse({ type: ProcessDocumentViewDto })
  @ApiErrors(400, 404, 413, 415, 423)
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: Request,
  ): Promise<ProcessDocumentView> {
    touched(request, { caseId: id });
    return this.documents.upload(user, id, request);
  }

  @Patch('documents/:id')
  @Policy('write_process_file', 'Case')
  @AccessLogged({ action: 'update', resource: 'process_document', inTransaction: true })
  @ApiOkResponse({ type: ProcessDocumentViewDto })
  @ApiErrors(400, 404, 423)
  share(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ShareProcessDocumentDto,
    @Req() request: Request,
  ): Promise<ProcessDocumentView> {
    return this.documents.setShared(user, id, body.sharedWithParticipant, request);
  }
}
