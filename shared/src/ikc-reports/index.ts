export * from './aggregate-ikc-report';
export * from './choose-locations';
export * from './complement-suppression';
export * from './ikc-sentences';
export * from './pool-cells';
export * from './pool-figures';
export * from './sector-split';
export * from './time-axis';
