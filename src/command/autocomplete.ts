import type { Library } from '../query/library.js';
import { matchKey } from '../text/normalize.js';
import { type Command, type Completion, type OptionSpec, OptionType } from './contract.js';

export interface Choice {
  name: string;
  value: string;
}

/** Only the years that exist for the chosen place (every year when none is chosen yet), newest first. */
function yearChoices({ corpus }: Library, place: string | undefined, typed: string): Choice[] {
  const city = place ? corpus.findCity(place) : undefined;
  const years = city ? city.years : corpus.years();
  const k = matchKey(typed).replace(/年$/u, '');
  return [...years]
    .reverse()
    .filter((y) => String(y).startsWith(k))
    .map((y) => ({ name: `${y}年`, value: String(y) }));
}

function fromVocabulary(library: Library, kind: Exclude<Completion, 'year'>, typed: string, limit: number): Choice[] {
  const seen = new Set<string>();
  return library.vocabulary
    .complete(typed, { kind, limit: limit * 2 })
    .filter((e) => !seen.has(e.value) && seen.add(e.value))
    .map((e) => ({ name: e.label, value: e.value }));
}

function completionOf(option: OptionSpec | undefined): Completion | undefined {
  return option?.type === OptionType.String ? option.autocomplete : undefined;
}

/**
 * The choices for the option being typed, best first, at most `limit` (the face knows its own limits);
 * `others` are the values of the options already filled in.
 */
export function completeOption(
  library: Library,
  command: Command,
  focused: { name: string; value: string },
  others: Readonly<Record<string, unknown>>,
  limit: number,
): Choice[] {
  const completion = completionOf(command.options.find((o) => o.name === focused.name));
  if (!completion) return [];
  if (completion === 'year') {
    const place = command.options.find((o) => completionOf(o) === 'place');
    const chosen = place ? others[place.name] : undefined;
    return yearChoices(library, typeof chosen === 'string' ? chosen : undefined, focused.value).slice(0, limit);
  }
  return fromVocabulary(library, completion, focused.value, limit).slice(0, limit);
}
