import { ApiProperty } from '@nestjs/swagger';
import type { HealthStatus, HealthUnavailable } from '@spoor/domain';

export class HealthStatusDto implements HealthStatus {
  @ApiProperty({ type: String, enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: String, enum: ['up'] }) database!: 'up';
}

export class HealthUnavailableDto implements HealthUnavailable {
  @ApiProperty({ type: Number, enum: [503] }) statusCode!: 503;
  @ApiProperty({ type: String, enum: ['SERVICE_UNAVAILABLE'] }) code!: 'SERVICE_UNAVAILABLE';
  @ApiProperty({ type: String }) message!: string;
  @ApiProperty({ type: String }) error!: string;
  @ApiProperty({ type: String, enum: ['error'] }) status!: 'error';
  @ApiProperty({ type: String, enum: ['down'] }) database!: 'down';
}
