#!/usr/bin/env node
'use strict';

// How much work V8 lets a function do between its looks at whether to optimise it (V8's "interrupt budget", in
// bytecode size units; Node 20's default is 67,584). A `copydesk lint` run is short and varied: hundreds of
// engine functions, each met with new text, on one core where the optimising compiler's jobs take turns with the
// lint. At the default, V8 optimises many of them after a few small files, on feedback that the next files
// contradict, and those compiles cost more than they win before the run ends: over 500 files of 4 KB, 173
// optimising compiles and 15 drops of optimised code at the default, 46 and 4 at this budget. Measured pinned to
// one core (as the bench runs it), CPU time, medians, alternating with the default: 500 files of 4 KB 1191 -> 848
// ms (9 each; 1083 -> 741-825 in other sets); one 4 KB file 169 -> 142 ms; one 1 MB file 802 -> 544 ms; 5,000
// files of 4 KB 4159-4551 -> 4163-4424 ms (3 each: no loss on a long run). Over the 500 files, 150,000 gave
// 924 ms, 300,000 806-906, 450,000 875, 900,000 850 and 1,200,000 763 against 600,000's 741-825.
// Ten 1 MB files: 2369 -> 1895 ms (3 each). A long-lived process is another trade: linting 1 MB again and again in
// one process, the first lints take 650/383/389 -> 413/224/233 ms, lints 5 to 20 about a fifth longer, the same
// from about the 25th; the sum stays lower up to 30 (4237 -> 4203 ms), so a CLI run of any size gains or breaks
// even, but the language server, which lints for hours, does not set it.
// A budget given to node itself (node --interrupt-budget=N copydesk ...) is left alone.
const INTERRUPT_BUDGET = 600_000;
if (!process.execArgv.some((flag) => /^--interrupt[-_]budget\b/.test(flag))) {
  require('node:v8').setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

// The bundle, compiled with V8's code cache of an earlier run (see code-cache.js): a one-file lint 153 -> 127 ms.
require('./code-cache.js').runWithCodeCache(require('node:path').join(__dirname, '..', 'dist', 'cli.js'));
