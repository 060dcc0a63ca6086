import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SecondFactorReleaseController } from './second-factor-release.controller';
import { ThrottleService } from './throttle.service';

@Module({
  controllers: [AuthController, SecondFactorReleaseController],
  providers: [AuthService, ThrottleService],
  exports: [AuthService, ThrottleService],
})
export class AuthModule {}
