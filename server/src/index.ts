export { type AppType, type CreateAppOptions, createApp } from './app';
export type { AppDeps } from './context';
export { type Database, openDatabase, type Sql } from './db';
export { buildRoundReport } from './features/reports/build-report';
export { createLogger, silentLogger } from './logger';
export { migrate, readMigrations } from './migrate';
export { seedDemo } from './seed/demo';
export { insertScanFixture } from './seed/scan-fixture';
export { createRandom, syntheticAnswers } from './seed/synthetic-answers';
