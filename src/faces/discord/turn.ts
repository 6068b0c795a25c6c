import type { RawOptions } from '../../command/commandLine.js';
import type { DiscordPayload } from './render.js';

/**
 * One interaction as the handlers see it, whether it came over the gateway (discord.js) or over HTTP
 * (a signed request): what was asked, and the few ways Discord lets us answer it.
 */
export type Incoming =
  | { kind: 'autocomplete'; command: string; options: RawOptions; focused: { name: string; value: string } }
  /** A slash command; `mention` is the user id of its mention option. */
  | { kind: 'command'; command: string; options: RawOptions; mention: string | null }
  /** "Search this message" on a message's context menu. */
  | { kind: 'searchMessage'; command: string; text: string }
  | { kind: 'button'; customId: string; ephemeralMessage: boolean };

export interface Choice {
  name: string;
  value: string;
}

export interface Turn {
  readonly incoming: Incoming;
  readonly userId: string;
  readonly locale?: string;
  /** The first answer (a reply, a deferral, an update, the choices) has been sent. */
  readonly answered: boolean;
  /** Answers with a message. */
  reply(payload: DiscordPayload): Promise<void>;
  /** "Thinking…" now, the answer later through `edit`. */
  defer(ephemeral: boolean): Promise<void>;
  /** Replaces the deferred (or first) answer. */
  edit(payload: DiscordPayload): Promise<void>;
  /** Replaces the message whose button was pressed. */
  update(payload: DiscordPayload): Promise<void>;
  /** Autocomplete's answer. */
  choices(choices: Choice[]): Promise<void>;
}
