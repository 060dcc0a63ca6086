import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { AdReportView, FmlAssessmentView, UwvDecisionView } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { uuidParam } from '../platform/http/uuid-param';
import { ApiErrors } from '../platform/http/openapi';
import { AdReportInputDto, FmlAssessmentInputDto, UwvDecisionInputDto } from './dto/special-file-forms.dto';
import { AdReportViewDto, FmlFormAssessmentViewDto, UwvDecisionViewDto } from './dto/special-file-responses.dto';
import { SpecialFileFormsService } from './special-file-forms.service';

/** The special file's forms (issue 16), recorded by the assigned labour expert. */
@ApiTags('special-file')
@Controller('cases/:id/special-file')
export class SpecialFileFormsController {
  constructor(private readonly forms: SpecialFileFormsService) {}

  @Post('fml-assessments')
  @HttpCode(201)
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'fml_assessment', inTransaction: true })
  @ApiCreatedResponse({ type: FmlFormAssessmentViewDto, description: 'The FML item by item, as stored' })
  @ApiErrors(400, 404, 423)
  fmlAssessment(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: FmlAssessmentInputDto,
    @Req() request: Request,
  ): Promise<FmlAssessmentView> {
    return this.forms.addFmlAssessment(user, id, body, request);
  }

  @Post('ad-reports')
  @HttpCode(201)
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'ad_report', inTransaction: true })
  @ApiCreatedResponse({ type: AdReportViewDto, description: 'The AD report as structure, as stored' })
  @ApiErrors(400, 404, 423)
  adReport(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AdReportInputDto,
    @Req() request: Request,
  ): Promise<AdReportView> {
    return this.forms.addAdReport(user, id, body, request);
  }

  @Post('uwv-decisions')
  @HttpCode(201)
  @Policy('write_special_file', 'Case')
  @AccessLogged({ action: 'create', resource: 'uwv_decision', inTransaction: true })
  @ApiCreatedResponse({ type: UwvDecisionViewDto, description: 'WIA decision, loonsanctie or deskundigenoordeel' })
  @ApiErrors(400, 404, 423)
  uwvDecision(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UwvDecisionInputDto,
    @Req() request: Request,
  ): Promise<UwvDecisionView> {
    return this.forms.addUwvDecision(user, id, body, request);
  }
}
