/** The paths portfolio.yaml refers to (pure: used by the loader to inspect them and by bestand/bewijs). */
import type { PortfolioConfig } from '../schema.js';

/** Every evidence path portfolio.yaml names, with the key path it stands at. */
export function evidencePaths(config: PortfolioConfig | undefined): { path: string; at: (string | number)[] }[] {
  if (!config) return [];
  const out: { path: string; at: (string | number)[] }[] = [];
  const add = (path: string | undefined, at: (string | number)[]) => {
    if (path) out.push({ path, at });
  };
  const o = config.opleiding;
  add(o?.diploma?.bestand, ['opleiding', 'diploma', 'bestand']);
  add(o?.evc?.bestand, ['opleiding', 'evc', 'bestand']);
  add(o?.assessment?.bestand, ['opleiding', 'assessment', 'bestand']);
  o?.cursussen?.forEach((c, i) => {
    add(c.bestand, ['opleiding', 'cursussen', i, 'bestand']);
  });
  const w = config.werkervaring;
  add(w?.verklaring_werkervaring?.bestand, ['werkervaring', 'verklaring_werkervaring', 'bestand']);
  add(w?.verklaring_actief?.bestand, ['werkervaring', 'verklaring_actief', 'bestand']);
  add(w?.urenlog, ['werkervaring', 'urenlog']);
  add(config.cv, ['cv']);
  add(config.motivatie, ['motivatie']);
  add(config.ontwikkelplan, ['ontwikkelplan']);
  config.casussen?.forEach((c, i) => {
    add(c, ['casussen', i]);
  });
  return out;
}

