export * from './amsterdam-today';
export { daysBetween, isIsoDate } from './dates';
export * from './extensions';
export * from './issues';
export * from './sickness-periods';
export * from './timeline';
export * from './working-days';
