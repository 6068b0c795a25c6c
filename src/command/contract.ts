/**
 * The one contract every command follows: a typed definition (options as data, with Discord's own
 * option types), a query from the library to plain data, and a reply built from that data. Discord
 * definitions, console lines, CLI subcommands, /help and the README table are all derived from it.
 */
import { ApplicationCommandOptionType as OptionType } from 'discord-api-types/v10';
import type { Library } from '../query/library.js';
import type { ChartCache } from '../reply/charts/cache.js';
import { toCsv } from '../reply/csv.js';
import type { Attachment, Reply, Table } from '../reply/model.js';

export { OptionType };

/** The shared look-ups an option can autocomplete from; `year` offers only the chosen place's years. */
export type Completion = 'place' | 'year' | 'indicator' | 'province' | 'glossary';

interface OptionCommon {
  readonly name: string;
  readonly zh: string;
  readonly description: string;
  readonly zhDescription: string;
  readonly required?: boolean;
  /**
   * On the console and the CLI, bare words fill the positional options in order; the last one takes
   * any words left over. A `rest` option takes every bare word ("/search 老旧小区 改造").
   */
  readonly positional?: true | 'rest';
}

/** One value a string option offers: Discord shows `name` (or `zh`); `words` are what a console line may type for it. */
export interface Choice {
  readonly value: string;
  readonly name: string;
  readonly zh: string;
  readonly words: readonly string[];
}

export interface StringOption extends OptionCommon {
  readonly type: OptionType.String;
  readonly maxLength?: number;
  readonly autocomplete?: Completion;
  /** A closed set of values: Discord offers them; typed text is read as one of them or refused politely. */
  readonly choices?: readonly Choice[];
}

export interface IntegerOption extends OptionCommon {
  readonly type: OptionType.Integer;
  /** Values outside [min, max] are brought inside: one clamp for every face. */
  readonly min?: number;
  readonly max?: number;
}

export interface BooleanOption extends OptionCommon {
  readonly type: OptionType.Boolean;
}

export type OptionSpec = StringOption | IntegerOption | BooleanOption;

type ValueOf<O extends OptionSpec> = O extends IntegerOption ? number : O extends BooleanOption ? boolean : string;

/**
 * A command's arguments, typed from its options. Every value may be missing, required ones too:
 * each query says politely what it needs and offers what exists, which no generic check could.
 */
export type ArgumentsOf<O extends readonly OptionSpec[]> = { readonly [K in O[number] as K['name']]?: ValueOf<K> };

/** Arguments after checking against the options, before the command's own typing. */
export type ParsedArguments = Readonly<Record<string, string | number | boolean | undefined>>;

/** What a command runs with: read `library` per request, since a reload replaces it as a whole. */
export interface CommandContext {
  library: Library;
  readonly charts: ChartCache;
  readonly commands: CommandRegistry;
}

/** What a face knows of the person asking, beyond the options: their language (Discord's locale). */
export interface RequestInfo {
  readonly locale?: string;
}

export interface CommandSpec<O extends readonly OptionSpec[], D> {
  readonly name: string;
  readonly zh: string;
  readonly description: string;
  readonly zhDescription: string;
  readonly options: O;
  /** Results worth posting into a channel: Discord adds the public/mention options and the share button. */
  readonly shareable?: boolean;
  /** What it does, in a few Chinese words, for /help and the README. */
  readonly summary: string;
  /** A typical console line, for /help and the README: "/targets 嘉兴 2024". */
  readonly example: string;
  /** How to write the command's text beyond its options (search syntax), one line each, for /help. */
  readonly usage?: readonly string[];
  query(ctx: CommandContext, args: ArgumentsOf<O>, request: RequestInfo): D | Promise<D>;
  reply(data: D, chart: Attachment | null): Reply;
  /** A picture of the data, attached to the reply where the face shows one. */
  chart?(data: D, charts: ChartCache): Attachment | null;
  /** What `--json` prints; the query's data unless set. */
  json?(data: D): unknown;
  /** The data as a table for CSV export (`--csv`, the Discord button), each row with its source id. */
  csv?(data: D): Table;
}

export interface CommandOutput {
  /** The query's data as `--json` prints it. */
  json: unknown;
  reply: Reply;
  /** The CSV text, when asked for and the command has a table. */
  csv: string | null;
}

/** A command with its types erased, as registries and faces hold it. */
export interface Command {
  readonly name: string;
  readonly zh: string;
  readonly description: string;
  readonly zhDescription: string;
  readonly options: readonly OptionSpec[];
  readonly shareable: boolean;
  readonly summary: string;
  readonly example: string;
  readonly usage: readonly string[];
  readonly hasChart: boolean;
  readonly hasCsv: boolean;
  run(
    ctx: CommandContext,
    args: ParsedArguments,
    options: { chart: boolean; csv?: boolean; request?: RequestInfo },
  ): Promise<CommandOutput>;
}

export type CommandRegistry = ReadonlyMap<string, Command>;

export function defineCommand<const O extends readonly OptionSpec[], D>(spec: CommandSpec<O, D>): Command {
  return {
    name: spec.name,
    zh: spec.zh,
    description: spec.description,
    zhDescription: spec.zhDescription,
    options: spec.options,
    shareable: spec.shareable === true,
    summary: spec.summary,
    example: spec.example,
    usage: spec.usage ?? [],
    hasChart: spec.chart !== undefined,
    hasCsv: spec.csv !== undefined,
    async run(ctx, args, { chart, csv = false, request = {} }) {
      // `args` were read against these very options (readArguments), so they have this shape.
      const data = await spec.query(ctx, args as ArgumentsOf<O>, request);
      const picture = chart && spec.chart ? spec.chart(data, ctx.charts) : null;
      const table = csv && spec.csv ? toCsv(spec.csv(data)) : null;
      return { json: spec.json ? spec.json(data) : data, reply: spec.reply(data, picture), csv: table };
    },
  };
}

export function registry(commands: readonly Command[]): CommandRegistry {
  return new Map(commands.map((c) => [c.name, c]));
}

/** "targets <城市> [年份]": a command's positional options, as the CLI usage spells them. */
export function positionalSynopsis(command: Command): string {
  const words = command.options.filter((o) => o.positional).map((o) => (o.required ? `<${o.zh}>` : `[${o.zh}]`));
  return [command.name, ...words].join(' ');
}

/** "/search <关键词> [city:城市] …": how /help and the README spell a console line. */
export function synopsis(command: Command): string {
  const named = command.options.filter((o) => !o.positional).map((o) => `[${o.name}:${o.zh}]`);
  return [`/${positionalSynopsis(command)}`, ...named].join(' ');
}
