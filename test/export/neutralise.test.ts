import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/export/neutralise';

describe('neutralise', () => {
  it.each(['=1+1', '+33 4', '-2', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '  =1', '\u3000=1', '＝1+1', '＋1', '－1', '＠A1'])('prefixes %j with an apostrophe', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it.each(['Véronique', '04 72 72 49 76', "d'Artois", 'a=b', 'GAL - Gex', ''])('leaves %j alone', (text) => {
    expect(neutralise(text)).toBe(text);
  });
});
