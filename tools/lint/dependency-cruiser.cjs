/**
 * `npm run check:cycles`: no import cycle between the folders of apps/api/src (test files aside). A cycle
 * between folders means two features (or a feature and the platform) cannot be understood, or changed,
 * one without the other. Folder-level rules: https://github.com/sverweij/dependency-cruiser (scope: folder).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders of apps/api/src import each other in a cycle.',
      scope: 'folder',
      from: { path: '^apps/api/src' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'Files of apps/api/src import each other in a cycle.',
      from: { path: '^apps/api/src' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts|\\.integration-spec\\.ts)$' },
    includeOnly: '^apps/api/src',
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};
