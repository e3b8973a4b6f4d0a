import { fromMarkdown } from 'mdast-util-from-markdown';
const cases = {
  nestedQuote: '>'.repeat(20000) + ' a\n',
  nestedQuoteSpaced: '> '.repeat(20000) + 'a\n',
  linkOpen: '[a]('.repeat(40000),
  brackets: '['.repeat(40000),
  imgOpen: '![a]('.repeat(20000),
  emph: '*a **a '.repeat(20000),
  underscores: '_a __a '.repeat(20000),
  lists: Array.from({length: 5000}, (_, i) => ' '.repeat(i*2) + '- a').join('\n'),
  listsInline: '- '.repeat(20000) + 'a',
  backticks: '`a ``a '.repeat(20000),
  lt: '<a '.repeat(40000),
  html: '<div>'.repeat(40000),
  entity: '&amp'.repeat(40000),
  base64: '![img](data:image/png;base64,' + 'QUJD'.repeat(1024*1024) + ')\n',
  manyLinks: '[a](b) '.repeat(40000),
  refDefs: Array.from({length: 20000}, (_, i) => `[a${i}]: http://x`).join('\n') + '\n' + '[a1] '.repeat(10000),
  tableWide: '|' + 'a|'.repeat(20000) + '\n|' + '-|'.repeat(20000) + '\n',
  autolink: 'www.a'.repeat(40000),
  quoteLines: Array.from({length: 20000}, (_, i) => '>'.repeat(i % 100)+ ' a').join('\n'),
  nestedLinkLabel: '['.repeat(20000) + 'a' + ']'.repeat(20000) + '(b)',
  emphLinks: '*['.repeat(20000),
};
const only = process.argv[2]; for (const [name, text] of Object.entries(cases)) { if (only && name !== only) continue;
  const t = performance.now();
  try { fromMarkdown(text); console.log(name, (performance.now()-t).toFixed(0), 'ms'); }
  catch (e) { console.log(name, 'THROW', e.constructor.name, e.message.slice(0,80), (performance.now()-t).toFixed(0)); }
}
