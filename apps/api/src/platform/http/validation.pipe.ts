import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens nested errors into "field.child must …" lines; never includes the rejected value. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;

export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    // An unknown property's name is the caller's input: echo it only when it looks like a field name.
    if (error.constraints?.['whitelistValidation']) {
      return [IDENTIFIER.test(error.property) ? `${parent ? parent + '.' : ''}${error.property} is not a known field` : 'the body has a field that is not allowed'];
    }
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? `${parent ? parent + '.' : ''}${message}` : `${path}: ${message}`,
    );
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadRequestException(validationMessages(errors)),
  });
}
