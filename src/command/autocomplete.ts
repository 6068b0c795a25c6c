import type { Library } from '../query/library.js';
import { matchKey } from '../text/normalize.js';
import { type Command, type Completion, type OptionSpec, OptionType } from './contract.js';

export interface Choice {
  name: string;
  value: string;
}

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;

function choice(name: string, value: string): Choice {
  return { name: [...name].slice(0, MAX_CHOICE_CHARS).join(''), value: [...value].slice(0, MAX_CHOICE_CHARS).join('') };
}

/** Only the years that exist for the chosen place (every year when none is chosen yet), newest first. */
function yearChoices({ corpus }: Library, place: string | undefined, typed: string): Choice[] {
  const city = place ? corpus.findCity(place) : undefined;
  const years = city ? city.years : corpus.years();
  const k = matchKey(typed).replace(/年$/u, '');
  return [...years]
    .reverse()
    .filter((y) => String(y).startsWith(k))
    .map((y) => choice(`${y}年`, String(y)));
}

function fromVocabulary(library: Library, kind: Exclude<Completion, 'year'>, typed: string): Choice[] {
  const seen = new Set<string>();
  return library.vocabulary
    .complete(typed, { kind, limit: MAX_CHOICES * 2 })
    .filter((e) => !seen.has(e.value) && seen.add(e.value))
    .map((e) => choice(e.label, e.value));
}

function completionOf(option: OptionSpec | undefined): Completion | undefined {
  return option?.type === OptionType.String ? option.autocomplete : undefined;
}

/** The choices for the option being typed; `others` are the values of the options already filled in. */
export function completeOption(
  library: Library,
  command: Command,
  focused: { name: string; value: string },
  others: Readonly<Record<string, unknown>>,
): Choice[] {
  const completion = completionOf(command.options.find((o) => o.name === focused.name));
  if (!completion) return [];
  if (completion === 'year') {
    const place = command.options.find((o) => completionOf(o) === 'place');
    const chosen = place ? others[place.name] : undefined;
    return yearChoices(library, typeof chosen === 'string' ? chosen : undefined, focused.value).slice(0, MAX_CHOICES);
  }
  return fromVocabulary(library, completion, focused.value).slice(0, MAX_CHOICES);
}
