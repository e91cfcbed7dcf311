export const configValueLine = (value: string) => value.replace(/\n/g, '\\n');
