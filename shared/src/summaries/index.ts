export * from './children-summary';
export * from './parents-summary';
export * from './pick-locale';
export * from './summary-basis';
export * from './summary-texts';
