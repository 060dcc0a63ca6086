import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailService } from '../platform/mail/mail.service';
import { AfterResponseQueue } from './after-response-queue';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Global()
@Module({
  imports: [AuthModule],
  controllers: [InvitationsController],
  providers: [InvitationsService, MailService, AfterResponseQueue],
  exports: [InvitationsService, MailService, AfterResponseQueue],
})
export class InvitationsModule {}
