import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { isFieldErrorCode, type ErrorParams, type FieldError, type FieldErrorCode } from '@spoor/domain';
import { getMetadataStorage } from 'class-validator';
import { apiError } from './api-error';

/** Flattens nested errors into "field.child must …" lines; never includes the rejected value. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;

export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    // An unknown property's name is the caller's input: echo it only when it looks like a field name.
    if (error.constraints?.['whitelistValidation']) {
      return [
        IDENTIFIER.test(error.property)
          ? `${parent ? parent + '.' : ''}${error.property} is not a known field`
          : 'the body has a field that is not allowed',
      ];
    }
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? `${parent ? parent + '.' : ''}${message}` : `${path}: ${message}`,
    );
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

/** class-validator's constraint names, as the web understands them. A DTO may name its own code instead. */
const FIELD_CODE_BY_CONSTRAINT: Record<string, FieldErrorCode> = {
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  whitelistValidation: 'UNKNOWN_FIELD',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  arrayMaxSize: 'TOO_MANY_ITEMS',
  isIn: 'NOT_ONE_OF',
  isUuid: 'NOT_A_UUID',
  isIso8601: 'NOT_A_DATE',
  isDateString: 'NOT_A_DATE',
  isEmail: 'NOT_AN_EMAIL',
  isInt: 'NOT_A_WHOLE_NUMBER',
  isBoolean: 'NOT_A_BOOLEAN',
  isArray: 'NOT_A_LIST',
};

/** The bounds a length or size rule was declared with, from class-validator's metadata for the DTO. */
function declaredBounds(target: object | undefined, property: string, constraint: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', false, false)
    .find((m) => m.propertyName === property && m.name === constraint);
  return metadata?.constraints ?? [];
}

const bound = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function withParams(
  code: FieldErrorCode,
  params: Record<string, number | undefined>,
): { code: FieldErrorCode; params?: ErrorParams } {
  const defined = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, number] => entry[1] !== undefined),
  );
  return Object.keys(defined).length > 0 ? { code, params: defined } : { code };
}

/** The code (and bounds) of one failed constraint. Reads the rejected value only to tell too short from too long. */
function fieldCode(error: ValidationError, constraint: string): { code: FieldErrorCode; params?: ErrorParams } {
  const named = (error.contexts?.[constraint] as { code?: unknown } | undefined)?.code;
  if (isFieldErrorCode(named)) return { code: named };
  const target = error.target as Record<string, unknown> | undefined;
  const [first, second] = declaredBounds(target, error.property, constraint);
  switch (constraint) {
    case 'isLength': {
      const value = target?.[error.property];
      if (typeof value !== 'string') return { code: 'INVALID_FORMAT' };
      const [min, max] = [bound(first), bound(second)];
      return withParams(min !== undefined && value.length < min ? 'TOO_SHORT' : 'TOO_LONG', { min, max });
    }
    case 'minLength':
    case 'min':
      return withParams(FIELD_CODE_BY_CONSTRAINT[constraint], { min: bound(first) });
    case 'maxLength':
    case 'max':
    case 'arrayMaxSize':
      return withParams(FIELD_CODE_BY_CONSTRAINT[constraint], { max: bound(first) });
    default:
      return { code: FIELD_CODE_BY_CONSTRAINT[constraint] ?? 'INVALID_FORMAT' };
  }
}

/**
 * One entry per failed rule, by path (`person.email`). A field that was not sent at all is REQUIRED, whatever
 * rule noticed it. Unknown fields are named only when the name looks like a field name (as in the messages).
 */
export function validationFields(errors: ValidationError[], parent = ''): FieldError[] {
  const fields = errors.flatMap((error): FieldError[] => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints?.['whitelistValidation']) {
      return [{ field: IDENTIFIER.test(error.property) ? path : parent || 'body', code: 'UNKNOWN_FIELD' }];
    }
    const value = (error.target as Record<string, unknown> | undefined)?.[error.property];
    const constraints = Object.keys(error.constraints ?? {});
    const own: FieldError[] =
      constraints.length > 0 && (value === undefined || value === null)
        ? [{ field: path, code: 'REQUIRED' }]
        : constraints.map((constraint) => ({ field: path, ...fieldCode(error, constraint) }));
    return [...own, ...validationFields(error.children ?? [], path)];
  });
  const seen = new Set<string>();
  return fields.filter((field) => {
    const key = `${field.field}\u0000${field.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target (the DTO instance) is needed to find the declared bounds and to tell a missing field; it stays
    // in this process: only codes, field paths and the bounds leave in the answer, never a value sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) =>
      apiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', validationMessages(errors), {
        fields: validationFields(errors),
      }),
  });
}
