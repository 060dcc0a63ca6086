import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ThrottleService } from './throttle.service';

@Module({
  controllers: [AuthController],
  providers: [AuthService, ThrottleService],
  exports: [AuthService],
})
export class AuthModule {}
