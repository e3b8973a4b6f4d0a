/** English texts of checking a whole group (`rlp check folder1 folder2 …`, `--alle`) and of `rlp check --watch`. */
export const cohort = {
  columns: { portfolio: 'Portfolio', errors: 'Errors', warnings: 'Warnings', verdict: 'Verdict' },
  verdict: { unchecked: 'could not be checked', ok: 'passes', okWithWarnings: 'passes, with warnings', errors: 'not ready yet', tooManyWarnings: 'too many warnings' },
  total: 'Total: {count} — pass: {ok}, not ready yet: {notReady}.',
  none: "'{path}' holds no folder with a portfolio.yaml. Name the folder that holds the group's portfolios.",
  failed: 'This portfolio could not be checked: {reason}',
};

export const watch = {
  status: 'Checked at {time}. rlp keeps watching and checks again whenever you save a file. Stop: Ctrl-C.',
  oneFolder: '--watch works with one portfolio folder at a time.',
  gone: "The folder '{path}' is not there (for now); rlp waits until it is back.",
};
