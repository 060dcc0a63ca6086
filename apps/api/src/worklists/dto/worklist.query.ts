import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PagingQuery } from '../../platform/http/paging.query';

/** How far ahead the milestone worklist looks by default. */
export const MILESTONE_HORIZON_DAYS = 14;

export class MilestoneWorklistQuery extends PagingQuery {
  @ApiPropertyOptional({
    default: MILESTONE_HORIZON_DAYS,
    minimum: 0,
    maximum: 90,
    description: 'Open milestones due within this many days (overdue ones always)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'withinDays must be a whole number' })
  @Min(0, { message: 'withinDays must be at least 0' })
  @Max(90, { message: 'withinDays must be at most 90' })
  withinDays = MILESTONE_HORIZON_DAYS;
}
