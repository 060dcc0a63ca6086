import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { SessionResolver } from './session-resolver.service';

/**
 * The one gate: every request passes AccessGuard (CSRF, session, the route's declared policy). It asks the
 * access log (ACCESS_DENIALS, provided by the access-log module) to record refusals.
 */
@Module({
  providers: [SessionResolver, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionResolver],
})
export class SecurityModule {}
