const nxPreset = require('@nx/jest/preset').default;

/** One transform for every project: SWC, with decorator metadata for Nest. Type checking is `npm run typecheck`. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  ...nxPreset,
  transform: { '^.+\\.[tj]sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  testMatch: ['**/?(*.)+(spec|test|integration-spec).[jt]s?(x)'],
};

// @nestjs/typeorm 12 ships ES modules only; Node 20's jest cannot require them untransformed.
module.exports.transformIgnorePatterns = ['/node_modules/(?!@nestjs/typeorm/)'];
