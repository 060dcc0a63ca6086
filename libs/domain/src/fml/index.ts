export {
  FREE_TEXT_MAX_LENGTH,
  SPECIAL_FILE_ISSUE_CODES,
  SPECIFICATION_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type SpecialFileIssue,
  type SpecialFileIssueCode,
} from './issues';
export * from './fml-form-2015';
export * from './fml-assessment';
export * from './fml-capacities';
export * from './fml-migration';
export * from './ad-report';
export * from './uwv-decisions';
