import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional → simplified Chinese (opencc-js, the OpenCC dictionaries), for matching what a user typed
 * (嘉興, 地區生產總值) against the reports. Never applied to quoted text.
 */
let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  // Built on first use: the dictionaries cost a few milliseconds and most questions are simplified already.
  const converter = convert ?? Converter({ from: 't', to: 'cn' });
  convert = converter;
  return converter(text);
}
