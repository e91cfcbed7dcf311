/** What a terminal showed, as one line: colours out, the wrapping on words undone. */
export const flat = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ');
