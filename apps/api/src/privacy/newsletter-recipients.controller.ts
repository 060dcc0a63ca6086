import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { NewsletterRecipientView, Paged } from '@spoor/domain';
import type { Request } from 'express';
import { AccessLogged } from '../access-log/access-log.decorator';
import { touched } from '../access-log/access-trail';
import type { JsonBody } from '../platform/http/json-body';
import { PagedDto } from '../platform/http/openapi';
import { Policy } from '../security/policy.decorator';
import { NewsletterRecipientsService } from './newsletter-recipients.service';

export class NewsletterRecipientViewDto implements NewsletterRecipientView {
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: String }) email!: string;
  @ApiProperty({ type: String, format: 'date-time' }) consentGivenAt!: string;
}

export const PagedNewsletterRecipientViewDto = PagedDto(NewsletterRecipientViewDto);

/** The admin's newsletter list: the visible effect of a newsletter consent. */
@ApiTags('privacy')
@Controller('admin/newsletter-recipients')
export class NewsletterRecipientsController {
  constructor(private readonly recipients: NewsletterRecipientsService) {}

  @Get()
  @Policy('manage', 'User')
  @AccessLogged({ action: 'list', resource: 'newsletter_recipients' })
  @ApiOkResponse({
    type: PagedNewsletterRecipientViewDto,
    description: 'Everyone with a current newsletter consent (name and e-mail), by name',
  })
  async list(@Req() request: Request): Promise<JsonBody<Paged<NewsletterRecipientView>>> {
    const result = await this.recipients.list();
    touched(request, { personIds: result.items.map((item) => item.personId), fields: ['name', 'email'] });
    return result;
  }
}
