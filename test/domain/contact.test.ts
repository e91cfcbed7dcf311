import { describe, expect, it } from 'vitest';
import { parseEmail, parsePhone } from '../../src/domain/contact';

describe('parseEmail', () => {
  it.each([
    [' Europe.DevRural@CapRural.org ', 'europe.devrural@caprural.org'],
    ['prenom+tag@gal-gex.fr', 'prenom+tag@gal-gex.fr'],
    ['véro@exemple.fr', 'véro@exemple.fr'],
  ])('accepts %j as %j', (input, stored) => expect(parseEmail(input)).toBe(stored));

  it.each(['', 'plain', 'a@b', 'a@@b.fr', 'a b@c.fr', 'a@b..fr', 'a@b.f', '<a@b.fr>', 'a@b.fr;c@d.fr'])('refuses %j', (input) => expect(parseEmail(input)).toBeNull());
});

describe('parsePhone', () => {
  it.each(['0472724976', '04 72 72 49 76', '04.72.72.49.76', '04-72-72-49-76', '+33 4 72 72 49 76', '+33472724976', '+33 (0)4 72 72 49 76', '0033 4 72 72 49 76'])(
    'stores %j as 04 72 72 49 76',
    (input) => expect(parsePhone(input)).toBe('04 72 72 49 76'),
  );

  it('keeps mobiles', () => expect(parsePhone('06 77 83 12 76')).toBe('06 77 83 12 76'));

  it.each(['', '12', '4 72 72 49 76', '00 72 72 49 76', '+41 22 333 44 55', '04 72 72 49 7', '=1+1', 'tel:0472724976'])('refuses %j', (input) => expect(parsePhone(input)).toBeNull());

  it('never stores a form a spreadsheet reads as a formula', () => {
    expect(parsePhone('+33 4 72 72 49 76')).not.toMatch(/^[=+\-@]/);
  });
});
