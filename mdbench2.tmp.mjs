import { fromMarkdown } from 'mdast-util-from-markdown';
const [name, nStr, dStr] = process.argv.slice(2);
const n = Number(nStr), d = Number(dStr ?? 0);
const gens = {
  quoteDepth: () => Array.from({length: n}, () => '>'.repeat(d) + ' a').join('\n'),
  listDepth: () => Array.from({length: n}, (_, i) => ' '.repeat((i % d) * 2) + '- a').join('\n'),
  listInline: () => Array.from({length: n}, () => '- '.repeat(d) + 'a').join('\n'),
  refDefs: () => Array.from({length: n}, (_, i) => `[a${i}]: http://x`).join('\n'),
  refDefsPara: () => Array.from({length: n}, (_, i) => `[a${i}]: http://x`).join('\n\n'),
  refUses: () => '[a]: http://x\n\n' + '[a] '.repeat(n),
  linksPara: () => '[a](b) '.repeat(n),
  linksLines: () => Array.from({length: n}, () => '[a](b)').join('\n'),
  linkOpen: () => '[a]('.repeat(n),
  labels: () => '['.repeat(n) + 'a' + ']'.repeat(n) + '(b)',
  prose: () => ('Dit is een gewone zin met wat woorden, een **vet** woord en een [link](http://x). ').repeat(n),
  proseLines: () => Array.from({length: n}, () => 'Dit is een gewone zin met wat woorden, een **vet** woord en een [link](http://x).').join('\n'),
  proseParas: () => Array.from({length: n}, () => 'Dit is een gewone zin met wat woorden, een **vet** woord en een [link](http://x).').join('\n\n'),
  plainLines: () => Array.from({length: n}, () => 'Dit is een gewone zin met wat woorden zonder opmaak of links erin tot het einde.').join('\n'),
  shortLines: () => Array.from({length: n}, () => 'a').join('\n'),
  shortParas: () => Array.from({length: n}, () => 'a').join('\n\n'),
  emphLinks: () => '*['.repeat(n),
};
const text = gens[name]();
const t = performance.now();
fromMarkdown(text);
console.log(name, n, d, (text.length/1024).toFixed(0)+'KB', (performance.now()-t).toFixed(0), 'ms');
