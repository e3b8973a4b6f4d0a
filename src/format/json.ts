/** `--format json`: the report of contract §5, as one JSON document. */
import type { Formatter } from './index.js';

export const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
