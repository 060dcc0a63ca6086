import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** A path id that must be a UUID: 400 naming the parameter otherwise. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name} must be a UUID`) });
