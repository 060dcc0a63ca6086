import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RemindersView } from '@spoor/domain';
import { NoPersonalData } from '../access-log/access-log.decorator';
import { CurrentUser, type AuthenticatedUser } from '../security/authenticated-user';
import { Policy } from '../security/policy.decorator';
import { RemindersService } from './reminders.service';
import { RemindersViewDto } from './dto/privacy-responses.dto';

@ApiTags('privacy')
@Controller('me/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  /** What needs the caller's attention (dashboard badges): counts only. */
  @Get()
  @Policy('read', 'OwnReminders')
  @NoPersonalData('counts only')
  @ApiOkResponse({ type: RemindersViewDto })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<RemindersView> {
    return this.reminders.forUser(user.id, user.role);
  }
}
