// Regenerates surveys/codebook/ from the registered questionnaire and model files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codebookFiles } from '../src/codebook/codebook-files';
import { loadInstruments, loadScanModels } from '../src/index';
import { surveysRoot } from './read-sources';

const dir = join(surveysRoot, 'codebook');
const files = codebookFiles(loadInstruments().all, loadScanModels());
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) if (!(name in files)) rmSync(join(dir, name));
for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
console.log(`wrote ${Object.keys(files).length} files to surveys/codebook/`);
