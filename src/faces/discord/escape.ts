import { escapeMarkdown } from 'discord.js';

/**
 * Text from the reports or from a user, made inert: markdown escaped (the reports contain “__”),
 * and @everyone/@here broken with a zero-width space — belt and braces, since no message parses mentions.
 */
export function inert(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/giu, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/gu, '<\u200b$1$2>');
}
