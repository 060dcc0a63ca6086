module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: { '\\.css$': '<rootDir>/src/test/style-stub.js' },
  // Specs type whole forms through user-event into jsdom; on a machine shared by several test runs that takes
  // longer than jest's default 5 s.
  testTimeout: 20_000,
};
