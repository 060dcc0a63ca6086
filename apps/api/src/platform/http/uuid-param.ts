import { HttpStatus, ParseUUIDPipe } from '@nestjs/common';
import { apiError } from './api-error';

/** A path id that must be a UUID: 400 naming the parameter otherwise. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      apiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${name} must be a UUID`, {
        fields: [{ field: name, code: 'NOT_A_UUID' }],
      }),
  });
