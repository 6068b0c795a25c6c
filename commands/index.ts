import { registry } from '../src/command/contract.js';
import { command as ask } from './ask.js';
import { command as compare } from './compare.js';
import { command as facts } from './facts.js';
import { command as figures } from './figures.js';
import { command as glossary } from './glossary.js';
import { command as help } from './help.js';
import { command as outline } from './outline.js';
import { command as quote } from './quote.js';
import { command as reports } from './reports.js';
import { command as search } from './search.js';
import { command as targets } from './targets.js';
import { command as trend } from './trend.js';

/** Every command, by its (English) name, in the order /help lists them. */
export const COMMANDS = registry([
  targets,
  figures,
  search,
  ask,
  compare,
  trend,
  facts,
  quote,
  outline,
  reports,
  glossary,
  help,
]);
