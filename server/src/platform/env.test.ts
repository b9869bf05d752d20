import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('has defaults for a fresh machine', () => {
    expect(parseEnv({})).toMatchObject({ PORT: 8080, DRIEHOEK_DATA_DIR: './data', DRIEHOEK_DEMO: 'on' });
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(8080);
  });

  it('stops on a bad value, naming the variable', () => {
    expect(() => parseEnv({ PORT: 'achtduizend' })).toThrow(/PORT/);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT: moet tussen 0 en 65535/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DRIEHOEK_DEMO: 'ja' })).toThrow(/DRIEHOEK_DEMO/);
    expect(() => parseEnv({ DRIEHOEK_LINK_RATE_PER_MINUTE: '0' })).toThrow(
      /DRIEHOEK_LINK_RATE_PER_MINUTE: moet minstens 1 zijn/,
    );
    expect(() => parseEnv({ DRIEHOEK_GRACE_MINUTES: '-5' })).toThrow(/DRIEHOEK_GRACE_MINUTES: mag niet negatief zijn/);
  });

  it('takes SMTP only with a sender, and checks both', () => {
    expect(
      parseEnv({
        DRIEHOEK_SMTP_URL: 'smtps://u:p@mail.example.nl:465',
        DRIEHOEK_MAIL_FROM: 'Driehoek <scan@example.nl>',
      }),
    ).toMatchObject({ DRIEHOEK_SMTP_URL: 'smtps://u:p@mail.example.nl:465' });
    expect(() => parseEnv({ DRIEHOEK_SMTP_URL: 'smtp://mail.example.nl' })).toThrow(
      /DRIEHOEK_MAIL_FROM: is nodig als DRIEHOEK_SMTP_URL is gezet/,
    );
    expect(() => parseEnv({ DRIEHOEK_SMTP_URL: 'mail.example.nl', DRIEHOEK_MAIL_FROM: 'a@b.nl' })).toThrow(
      /DRIEHOEK_SMTP_URL: moet beginnen met smtp:\/\//,
    );
    expect(() => parseEnv({ DRIEHOEK_SMTP_URL: 'smtp://m.nl', DRIEHOEK_MAIL_FROM: 'geen adres' })).toThrow(
      /DRIEHOEK_MAIL_FROM: moet een e-mailadres zijn/,
    );
  });
});
