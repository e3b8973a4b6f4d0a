/**
 * Masks personal data for display: enough to find it in the text again, never the datum itself,
 * so a report in a CI log does not leak what it warns about (AVG). Every masked form contains `…`.
 */
import type { PersonalKind } from './detect.js';

const PARTICLE = /^(?:van|de|der|den|ter|ten|te|'t)$/i;

/**
 * The masked form of a datum of `kind` as written in the text (`raw`):
 * e-mail `j.d…@…l.nl`, phone `06-…78` / `+31 6…78`, BSN `…782`, IBAN `NL…00`, postcode `35…`,
 * date of birth `1…`, profile link `linkedin.com/in/j…`, name `S… de V…`.
 */
export function mask(kind: PersonalKind, raw: string): string {
  switch (kind) {
    case 'email': {
      const at = raw.lastIndexOf('@');
      const local = raw.slice(0, at);
      const labels = raw.slice(at + 1).split('.');
      const tld = labels.pop()!;
      const host = labels.pop() ?? '';
      return `${local.slice(0, Math.min(3, Math.floor(local.length / 3)))}…@…${host.length > 2 ? host.slice(-1) : ''}.${tld}`;
    }
    case 'phone': {
      const digits = raw.replace(/\D/g, '');
      const last = digits.slice(-2);
      const international = /^(?:\+|00)\s*31/.exec(raw);
      if (international) {
        const national = digits.slice(/^00/.test(digits) ? 4 : 2).replace(/^0/, '');
        return `+31 ${national.charAt(0)}…${last}`;
      }
      const second = raw.search(/\d\D*\d/) + (/\d\D*\d/.exec(raw)?.[0].length ?? 0);
      return `${raw.slice(0, second).replace(/[^\d]/g, '')}${raw.charAt(second) === '-' ? '-' : ''}…${last}`;
    }
    case 'bsn':
      return `…${raw.replace(/\D/g, '').slice(-3)}`;
    case 'iban': {
      const compact = raw.replace(/\s/g, '');
      return `${compact.slice(0, 2)}…${compact.slice(-2)}`;
    }
    case 'postcode':
      return `${/[1-9]\d(?=\d{2}[ \t]?[A-Z]{2})/.exec(raw)?.[0] ?? ''}…`;
    case 'birthDate':
      return `${raw.charAt(0)}…`;
    case 'profile': {
      const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?([^/]+\/(?:in\/|pub\/|@)?)(.)/i.exec(raw);
      return m ? `${m[1]}${m[2]}…` : '…';
    }
    case 'name':
      return raw
        .split(/[ \t]+/)
        .map((word) => (PARTICLE.test(word) ? word : `${word.charAt(0)}…`))
        .join(' ');
  }
}
