export * from './privacy-statement';
export * from './privacy-texts';
