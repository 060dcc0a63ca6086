import { Global, Module } from '@nestjs/common';
import { MailService } from '../platform/mail/mail.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Global()
@Module({
  controllers: [InvitationsController],
  providers: [InvitationsService, MailService],
  exports: [InvitationsService, MailService],
})
export class InvitationsModule {}
