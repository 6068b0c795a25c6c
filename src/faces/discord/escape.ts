import { escapeMarkdown } from 'discord.js';
import { stripControls } from '../../text/controls.js';

/**
 * Text from the reports or from a user, made inert: control characters stripped, markdown escaped
 * (the reports contain “__”), masked links (`[官方通知](https://…)`) escaped and every URL broken with a
 * zero-width space so nothing a user typed becomes a clickable link, and @everyone/@here and mention
 * syntax broken — belt and braces, since no message parses mentions.
 */
export function inert(text: string): string {
  return escapeMarkdown(stripControls(text))
    .replace(/\[/gu, '\\[')
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//giu, '$1:\u200b//')
    .replace(/\bwww\./giu, 'www\u200b.')
    .replace(/@(everyone|here)/giu, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/gu, '<\u200b$1$2>');
}
