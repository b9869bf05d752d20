export { type AppType, type CreateAppOptions, createApp } from './app';
export { buildRoundReport } from './features/reports/build-report';
export type { AppDeps } from './platform/context';
export { type Database, openDatabase, type Sql } from './platform/db';
export { createLogger, silentLogger } from './platform/logger';
export { migrate, readMigrations } from './platform/migrate';
export { seedDemo } from './seed/demo';
export { insertScanFixture } from './seed/scan-fixture';
export { createRandom, syntheticAnswers } from './seed/synthetic-answers';
