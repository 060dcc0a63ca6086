import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_REFERENCE_MAX_LENGTH, CLIENT_REFERENCE_PATTERN } from '@spoor/domain';
import { IsString, Length, Matches } from 'class-validator';

/** The rules of `clientReference` (libs/domain), as class-validator checks them; the message names the field. */
export function ClientReferenceRules(): PropertyDecorator {
  return applyDecorators(
    IsString({ message: 'clientReference must be text' }),
    Length(1, CLIENT_REFERENCE_MAX_LENGTH, {
      message: `clientReference must be 1 to ${CLIENT_REFERENCE_MAX_LENGTH} characters`,
    }),
    Matches(CLIENT_REFERENCE_PATTERN, {
      message:
        'clientReference may hold letters, digits, spaces and . _ / - only, starting and ending with a letter or digit',
      context: { code: 'INVALID_FORMAT' },
    }),
  );
}

const DESCRIPTION =
  "The employer's own reference for the case (a personnel number, a cost centre); shown to the client contact";

export const ClientReferenceProperty = (required: boolean): PropertyDecorator =>
  (required ? ApiProperty : ApiPropertyOptional)({
    type: String,
    nullable: required,
    maxLength: CLIENT_REFERENCE_MAX_LENGTH,
    example: 'P-10234',
    description: required ? `${DESCRIPTION}; null removes it` : DESCRIPTION,
  });
