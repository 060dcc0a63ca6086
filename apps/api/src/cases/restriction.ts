import { HttpException, HttpStatus } from '@nestjs/common';

/** AVG art. 18: while processing is restricted, the person's data may be kept and read, not changed. */
export function assertNotRestricted(row: { processing_restricted: boolean }): void {
  if (row.processing_restricted) {
    throw new HttpException(
      { statusCode: 423, message: 'processing of this person\u2019s data is restricted (AVG art. 18): no changes until the restriction is lifted', error: 'Locked' },
      HttpStatus.LOCKED,
    );
  }
}
