/** Discord's message limits (https://discord.com/developers/docs/resources/message#create-message). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  choices: 25,
  choiceName: 100,
} as const;

/**
 * Cuts text to at most `max` UTF-16 units, at the last sentence end that fits (。！？；or a line
 * break), else at a comma, never inside a character; adds `…` when cut.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const head = text.slice(0, room);
  let at = Math.max(
    head.lastIndexOf('。'),
    head.lastIndexOf('！'),
    head.lastIndexOf('？'),
    head.lastIndexOf('；'),
    head.lastIndexOf('\n'),
  );
  if (at < room / 2) at = Math.max(at, head.lastIndexOf('，'), head.lastIndexOf(','));
  let end = at >= room / 3 ? at + 1 : room;
  // A high surrogate at the end would split a character.
  if (/[\ud800-\udbff]/u.test(text[end - 1] ?? '')) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * discord.js counts every request against Discord's global 50 requests/s, interaction callbacks and
 * webhook edits too, which Discord does not count (they are the interaction's, not the bot's): under load
 * answers queued behind that bucket until their tokens expired. Our own pacing is off; Discord's per-route
 * limits and a real global 429 are still obeyed (the library reads them from the responses).
 */
export const REST_PACING = { globalRequestsPerSecond: Number.MAX_SAFE_INTEGER } as const;
