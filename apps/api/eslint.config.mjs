import baseConfig from '../../eslint.config.mjs';

/**
 * Segregation in the module graph: the special-file module's private providers (the `spoor_special`
 * connection, the special key ring and the field helper over it) may be named only inside special-file/.
 * Other features use its exported services (special-file.module.ts). Tests may reach in to prove things.
 */
const specialFilePrivate = {
  group: ['**/special-file/special-file.tokens', './special-file.tokens'],
  message: 'Only the special-file module holds the special connection and key ring; use its exported services.',
};

/** The special pool's options: the composition root hands them to the special-file module, nobody else opens them. */
const specialDatabaseOptions = {
  group: ['**/platform/database/connections'],
  importNames: ['SPECIAL_DATABASE_OPTIONS'],
  message: 'Only the special-file module opens the special connection; use its exported services.',
};

/** Every error the API raises on purpose carries a stable code for the web (libs/domain ERROR_CODES). */
const everyErrorNamesItsCode = {
  selector: 'NewExpression[callee.name=/Exception$/]',
  message:
    'Throw apiError(status, code, message) or invalidInput(...) from platform/http/api-error, so the answer names its code.',
};

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/special-file/**', 'src/app.module.ts', 'src/**/*.spec.ts', 'src/**/*.integration-spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [specialFilePrivate, specialDatabaseOptions] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Decorator CallExpression[callee.name='InjectDataSource'][arguments.length>0]",
          message: 'Only the special-file module holds a second connection; use its exported services.',
        },
        everyErrorNamesItsCode,
      ],
    },
  },
  {
    // The composition root: wires the special pool's options (and may not name the private tokens either).
    files: ['src/app.module.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [specialFilePrivate] }] },
  },
  {
    files: ['src/special-file/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/**/*.integration-spec.ts'],
    rules: { 'no-restricted-syntax': ['error', everyErrorNamesItsCode] },
  },
];
