// Adds every unpublished questionnaire or model version to published.lock.json. Existing entries never change:
// once published, a file is immutable and a change is a new version.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToLock, LockFileSchema } from '../src/check/lock-file';
import { readLock, readSourceFiles, surveysRoot } from './read-sources';

const lock = LockFileSchema.parse(readLock());
const next = addToLock(readSourceFiles(), lock);
const added = Object.keys(next.published).filter((p) => !(p in lock.published));
writeFileSync(join(surveysRoot, 'published.lock.json'), `${JSON.stringify(next, null, 2)}\n`);
console.log(added.length > 0 ? `published: ${added.join(', ')}` : 'nothing new to publish');
