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

/**
 * What the special connection and ring are built from: only the composition root (which hands the options to
 * SpecialFileModule.forRoot), the special-file module and the offline tools (cli/, seed/) may build them.
 */
const specialBuilders = [
  {
    group: ['**/data-sources', './data-sources'],
    importNames: ['specialDataSourceOptions'],
    message: 'Only the special-file module opens the special connection; use its exported services.',
  },
  {
    group: ['**/platform/crypto/key-rings', './key-rings'],
    importNames: ['createSpecialKeyRing'],
    message: 'Only the special-file module holds the special key ring; use its exported services.',
  },
];

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
    ignores: [
      'src/special-file/**',
      'src/app.module.ts',
      'src/cli/**',
      'src/seed/**',
      'src/**/*.spec.ts',
      'src/**/*.integration-spec.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [specialFilePrivate, ...specialBuilders] }],
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
    // The composition root and the offline tools build the special pool themselves, but never name the module's
    // private tokens.
    files: ['src/app.module.ts', 'src/cli/**/*.ts', 'src/seed/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/**/*.integration-spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [specialFilePrivate] }] },
  },
  {
    files: ['src/special-file/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/**/*.integration-spec.ts'],
    rules: { 'no-restricted-syntax': ['error', everyErrorNamesItsCode] },
  },
];
