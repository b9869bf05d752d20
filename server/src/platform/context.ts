import type { InstrumentCatalog } from '@driehoek/surveys';
import type { LinkCache } from '../features/links/link-cache';
import type { SaveBatcher } from '../features/responses/save-batcher';
import type { TrafficCounter } from '../features/responses/traffic-counter';
import type { BackupService } from './backup/backup-service';
import type { RootSql } from './db';
import type { Logger } from './logger';
import type { Mailer } from './mailer';
import type { ClientFailures } from './throttle/client-failures';

/** What every handler may use; passed to `createApp` so tests build the app on their own database and clock. */
export type AppDeps = {
  sql: RootSql;
  catalog: InstrumentCatalog;
  /** The clock, injectable so tests can move through a round's dates. */
  now: () => Date;
  logger: Logger;
  /**
   * Base URL of every link handed out (letters, QR codes, invitations); main sets DRIEHOEK_PUBLIC_URL or the
   * listening address, never the request's Host. Defaults to DEFAULT_PUBLIC_URL in tests.
   */
  publicUrl?: string;
  /** Minutes after closing during which people who were answering may finish (default 60). */
  graceMinutes?: number;
  /** New responses per link per minute (default 60). */
  linkRatePerMinute?: number;
  /** Chromium for PDF reports (default /usr/bin/chromium); PDFs are unavailable when it is missing. */
  chromiumPath?: string;
  /** Link rows reused by saves for a second; `createApp` makes one when none is given. */
  linkCache?: LinkCache;
  /** New responses per link and minute, counted in memory and written once a second; made by `createApp`. */
  traffic?: TrafficCounter;
  /** Writes concurrent saves together; made by `createApp`. */
  saves?: SaveBatcher;
  /** Backups of the database into the backup folder; made by main (absent in tests that do not need it). */
  backups?: BackupService;
  /** Staff email (invitations, password resets) when SMTP is configured; without it links are shown instead. */
  mailer?: Mailer;
  /** Listeners wired by `createApp`. */
  hooks?: AppHooks;
  /** Failed logins and bad single-use codes per client address, in memory; made by `createApp`. */
  clientFailures?: { logins: ClientFailures; codes: ClientFailures };
};

/** A round moved from one status to another (in a committed transaction). */
export type RoundStatusChange = {
  roundId: string;
  locationId: string;
  from: 'draft' | 'open' | 'closed' | 'reported';
  to: 'draft' | 'open' | 'closed' | 'reported';
};

/**
 * What other features do when something happens in one, wired in app.ts: the feature where it happens need not
 * know who listens (rounds do not import the overview). A listener's failure is logged, never the change's.
 */
export type AppHooks = {
  roundStatusChanged: Array<(deps: AppDeps, change: RoundStatusChange) => Promise<void>>;
  /** A round's report was published (first time or again) or its publication retracted. */
  publicationChanged: Array<(deps: AppDeps, change: PublicationChange) => Promise<void>>;
};

export type PublicationChange = { roundId: string; locationId: string; kind: 'published' | 'retracted' };

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'researcher' | 'ikc' | 'municipality';
};

export type AppEnv = { Variables: { deps: AppDeps; user: SessionUser } };
