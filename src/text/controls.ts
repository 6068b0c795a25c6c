/**
 * Characters no answer should carry: terminal escape sequences (a console user's screen could be
 * rewritten), NUL and other C0/C1 controls, bidirectional overrides (text that reads backwards to
 * disguise a link), and lone surrogates (invalid UTF-16 that Discord rejects with a 400).
 * Tab and newline stay: replies use them.
 */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/gu;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
// With the u flag a paired surrogate is one code point, so this matches only the lone halves.
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}
