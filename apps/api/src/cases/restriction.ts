import { HttpStatus } from '@nestjs/common';
import { apiError } from '../platform/http/api-error';

/** AVG art. 18: while processing is restricted, the person's data may be kept and read, not changed. */
export function assertNotRestricted(row: { processing_restricted: boolean }): void {
  if (row.processing_restricted) {
    throw apiError(
      HttpStatus.LOCKED,
      'PROCESSING_RESTRICTED',
      'processing of this person\u2019s data is restricted (AVG art. 18): no changes until the restriction is lifted',
    );
  }
}
