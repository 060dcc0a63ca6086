import { Module } from '@nestjs/common';
import { SpecialFileModule } from '../special-file/special-file.module';
import { HealthController } from './health.controller';

@Module({ imports: [SpecialFileModule], controllers: [HealthController] })
export class HealthModule {}
