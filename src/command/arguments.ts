import { UserError } from '../corpus/errors.js';
import { clip } from '../text/clip.js';
import { stripControls } from '../text/controls.js';
import { nfkc } from '../text/normalize.js';
import { type OptionSpec, OptionType, type ParsedArguments } from './contract.js';

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', '是', '真']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off', '否', '假']);

function integer(option: OptionSpec & { type: OptionType.Integer }, value: unknown): number {
  const n =
    typeof value === 'number'
      ? value
      : Number(
          nfkc(String(value))
            .trim()
            .replace(/[条段页个]$/u, ''),
        );
  if (!Number.isFinite(n)) throw new UserError(`“${option.zh}”应为数字，而不是“${clip(String(value), 20)}”。`);
  const whole = Math.trunc(n);
  return Math.min(option.max ?? Number.MAX_SAFE_INTEGER, Math.max(option.min ?? Number.MIN_SAFE_INTEGER, whole));
}

function boolean(option: OptionSpec, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new UserError(`“${option.zh}”应为 true 或 false，而不是“${clip(String(value), 20)}”。`);
}

/** A closed option's value from its value, name or any of its words ("date", "年份", "最新"). */
function choice(option: OptionSpec & { type: OptionType.String }, value: unknown): string {
  const typed = nfkc(String(value)).trim().toLowerCase();
  const found = option.choices?.find(
    (c) => c.value === typed || c.name.toLowerCase() === typed || c.zh === typed || c.words.includes(typed),
  );
  if (found) return found.value;
  const offered = (option.choices ?? []).map((c) => `${c.value}（${c.zh}）`).join('、');
  throw new UserError(`“${option.zh}”可以是 ${offered}，而不是“${clip(String(value), 20)}”。`);
}

/**
 * Options as a face hands them over (Discord's typed values, a console line's or a flag's strings,
 * a button's re-parsed line) → the values each option takes. Unknown names are dropped; an empty
 * string is no value. Untrusted input: nothing here trusts a type.
 */
export function readArguments(options: readonly OptionSpec[], raw: Readonly<Record<string, unknown>>): ParsedArguments {
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const option of options) {
    const value = raw[option.name];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (typeof value === 'object') throw new UserError(`“${option.zh}”的值无法识别。`);
    if (option.type === OptionType.Integer) out[option.name] = integer(option, value);
    else if (option.type === OptionType.Boolean) out[option.name] = boolean(option, value);
    else if (option.choices) out[option.name] = choice(option, value);
    // Untrusted text: no control characters or lone surrogates reach a query or an echo.
    else out[option.name] = stripControls(String(value));
  }
  return out;
}
