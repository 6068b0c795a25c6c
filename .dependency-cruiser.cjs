/**
 * The floors of govreport, lowest first: a module may import its own floor and the floors below,
 * never one above (see README "Layout"). Checked by `npm run lint:layers` in CI.
 */
const FLOORS = [
  ['src/text', 'src/support', 'src/lexicon'],
  ['src/corpus'],
  ['src/search', 'src/facts'],
  ['src/vocab'],
  ['src/built'],
  ['src/ingest'],
  ['src/query'],
  ['src/reply'],
  ['src/command'],
  ['commands'],
  ['src/faces'],
  ['src/app'],
];

const pattern = (dirs) => `^(${dirs.map((d) => d.replace(/\//g, '\\/')).join('|')})/`;

const upward = FLOORS.slice(0, -1).map((floor, i) => ({
  name: `no-import-above-${floor[0].replace('src/', '')}`,
  comment: `${floor.join(', ')} may not import from a higher floor`,
  severity: 'error',
  from: { path: pattern(floor) },
  to: { path: pattern(FLOORS.slice(i + 1).flat()) },
}));

/** The faces render the same replies and never borrow from each other (the CLI prints the console's text). */
const sideways = [
  ['src/faces/discord', ['src/faces/console', 'src/faces/cli']],
  ['src/faces/console', ['src/faces/discord', 'src/faces/cli']],
  ['src/faces/cli', ['src/faces/discord']],
].map(([from, to]) => ({
  name: `no-face-to-face-${from.split('/').pop()}`,
  severity: 'error',
  from: { path: pattern([from]) },
  to: { path: pattern(to) },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-tests-or-scripts-in-product',
      severity: 'error',
      from: { path: '^(src|commands)/' },
      to: { path: '^(tests|scripts)/' },
    },
    ...upward,
    ...sideways,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
