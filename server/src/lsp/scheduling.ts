/**
 * When documents are linted. Push mode: a change is linted after a short
 * debounce, a newer change supersedes a pending lint (one read before the
 * lint starts), and a lint's result is published in the lint's own turn of
 * the event loop, with the version it linted. Pull mode: the client asks
 * (`textDocument/diagnostic`), with the same debounce and leading edge as a
 * push, and is told to ask again when settings or `.copydesk.json` change.
 */
import { performance } from 'node:perf_hooks';
import { LSPErrorCodes, ResponseError, type CancellationToken, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { ServerContext } from './context';
import type { Analysis, Analyzer, DocState } from './document-state';
import { cpuMs } from './documents';
import { documentUri, errorMessage, isObject } from './validate';

/** `source`: the buffer of the document's source was edited (debounced like a change of the document itself). */
export type Trigger = 'open' | 'change' | 'save' | 'settings' | 'source';

/** Resolves after the messages already received have been handled. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class Scheduler {
  constructor(
    private readonly ctx: ServerContext,
    private readonly analyzer: Analyzer,
  ) {}

  /**
   * How long to wait after a change. The debounce saves a lint per keystroke of a burst, which is worth it only
   * when a lint costs more than the wait: a document whose last lint took less than the debounce is linted at once
   * (a 5 KB article lints in about 2 ms and answers within a frame); a 1 MB one waits the full debounce. Changes
   * that arrive together are still linted together. A debounce the client set is kept as it is.
   */
  private debounce(state: DocState): number {
    const { debounceMs, debounceFixed } = this.ctx.options;
    const last = state.analysis?.lintMs;
    if (debounceFixed || last === undefined) return debounceMs;
    return last < debounceMs ? 0 : debounceMs;
  }

  /**
   * The debounce of a change, on its leading edge: the first change after a quiet spell (no change for at least
   * the debounce, and no lint waiting) is linted on the next turn of the event loop, since no burst is under way to
   * wait for; a change that follows another within the debounce waits it. Changes that arrive while a lint runs
   * are read before the next lint starts, so a burst is still linted once. A debounce the client set is kept.
   */
  private changeDelay(state: DocState): number {
    const now = performance.now();
    const previous = state.changedAt;
    state.changedAt = now;
    const delay = this.debounce(state);
    if (delay === 0 || this.ctx.options.debounceFixed) return delay;
    const quiet = previous === undefined || now - previous >= delay;
    return quiet && state.cancel === undefined ? 0 : delay;
  }

  /** Push mode: lint after a short delay; a newer trigger supersedes a pending or running one. */
  trigger(uri: string, trigger: Trigger): void {
    if (this.ctx.options.pull) {
      // The same leading edge for the pull that follows a change (`waitForQuiet`).
      if (trigger === 'change') {
        const state = this.ctx.states.get(uri);
        state.leadingChange = this.changeDelay(state) === 0;
      }
      return;
    }
    const state = this.ctx.states.get(uri);
    const delay = trigger === 'change' || trigger === 'source' ? this.changeDelay(state) : 0;
    state.cancel?.();
    const run = ++state.run;
    const start = (): void => {
      state.cancel = undefined;
      this.ctx.lifecycle.event('lint', () => this.runPush(uri, run, trigger));
    };
    // No wait: the next turn of the event loop (a 0 ms timer would still take a millisecond).
    if (delay === 0) {
      const immediate = setImmediate(start);
      state.cancel = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(start, delay);
      state.cancel = () => clearTimeout(timer);
    }
  }

  private async runPush(uri: string, run: number, trigger: Trigger): Promise<void> {
    const doc = this.ctx.docs.get(uri);
    if (!doc) return;
    if (trigger === 'change' || trigger === 'source') {
      const settings = await this.ctx.settings.get(uri);
      if (settings.run === 'onSave') return;
    }
    const superseded = (): boolean => this.ctx.states.peek(uri)?.run !== run;
    // Take in the changes already read before linting: a newer one supersedes this run before it starts.
    await nextTurn();
    const current = this.ctx.docs.get(uri);
    if (superseded() || !current) return;
    const before = this.ctx.states.peek(uri)?.analysis;
    const analysis = await this.analyzer.analyze(current);
    // A large document's first diagnostics wait for its warm-up (`warmUpBeforePublish`); later lints go on at once.
    const warmed = await this.warmUpBeforePublish(uri);
    // Published in the turn of the lint: a turn of the event loop here would also run the scavenge V8 asks for
    // after a large lint (up to 30 ms on 1 MB, before the diagnostics leave). A change that came during the lint is
    // read next, and linted as usual; this result carries its own version.
    if (superseded() || !this.ctx.docs.isCurrent(uri, analysis.revision)) return;
    const sent = this.ctx.publisher.publishDocument(uri, analysis.diagnostics, analysis.version);
    const arrived = this.ctx.docs.arrival(uri);
    if (arrived) {
      const { version } = analysis;
      this.analyzer.timings.published(uri, version, performance.now() - arrived.at, cpuMs() - arrived.cpu);
      void sent.then(() => this.analyzer.timings.written(uri, version, performance.now() - arrived.at));
    }
    // A collection once the publish has been written out, after a lint or a warm-up (a result taken from the cache
    // allocated nothing to collect). The 1.4 MB of a 1 MB document's publish leave the pipe in pieces, one per turn of
    // the event loop: a collection on the turn after the publish held the rest back by its length (10 to 25 ms).
    if (analysis !== before || warmed) {
      const chars = current.getText().length;
      void sent.then(() => this.ctx.idle.afterLint(chars));
    }
  }

  /**
   * The warm-up of a large document (`Analyzer.warmUp`, once per open) runs after its first lint and before that lint's
   * diagnostics are published (or, pulled, answered); resolves to whether it ran. Published first, the 1.4 MB of a 1 MB
   * document's diagnostics left the server in pieces, one per turn of the event loop, and the warm-up's lints (40 to 300
   * ms each) ran in those turns: the client had them only after most of the warm-up all the same, at a moment that
   * varied, and the first edits arrived in the middle of it, each waiting for a warm-up lint and the warm-up cut short
   * (bench/lsp-ab.ts, the server's log). Warmed up first, on a machine loaded by other work (3 sessions each,
   * alternating, 1 MB, an edit every 300 ms), the first three edits took 210/158/232 ms from sending to diagnostics
   * against 587/762/509, and 37/47/55 ms of the server's CPU against 47/57/104; the publish left to go first (the warm-up
   * after its bytes had left) was worse: the first edit came during the warm-up's first lint, which stopped it, and the
   * first three edits took 97/71/59 ms of CPU (one session). The price: a large document's first diagnostics come later,
   * by about half a second on 1 MB (open to first diagnostics 3.3-4.7 s against 4.2-5.1 s, 7 sessions each, loaded
   * machine). A change during the warm-up stops it at the next turn, and this lint is then superseded as any other.
   */
  private async warmUpBeforePublish(uri: string): Promise<boolean> {
    if (this.ctx.states.peek(uri)?.warmed) return false;
    try {
      return await this.analyzer.warmUp(uri);
    } catch (error) {
      this.ctx.connection.console.error(`copydesk: the warm-up of ${uri} failed: ${errorMessage(error)}`);
      return false;
    }
  }

  /** Settings or `.copydesk.json` changed: lint every open document again (push), or ask the client to pull. */
  relintAll(): void {
    for (const state of this.ctx.states.values()) state.saved = undefined;
    if (this.ctx.options.pull) {
      this.refresh();
      return;
    }
    for (const doc of this.ctx.docs.all()) this.trigger(doc.uri, 'settings');
  }

  /**
   * The sources of these open documents changed: push mode lints them again (an edit of the source's buffer after
   * the debounce, a file changed on disk at once); pull mode asks the client to pull again, once per burst.
   */
  relintDependants(uris: readonly string[], edited: boolean): void {
    if (this.ctx.options.pull) {
      for (const uri of uris) {
        const state = this.ctx.states.peek(uri);
        if (state) state.saved = undefined;
      }
      if (this.refreshPending) return;
      this.refreshPending = true;
      setTimeout(
        () => {
          this.refreshPending = false;
          this.refresh();
        },
        edited ? this.ctx.options.debounceMs : 0,
      );
      return;
    }
    for (const uri of uris) this.trigger(uri, edited ? 'source' : 'settings');
  }

  private refreshPending = false;

  /** Pull mode: the client should pull again. */
  refresh(): void {
    if (this.ctx.client.workspace?.diagnostics?.refreshSupport) {
      this.ctx.connection.languages.diagnostics
        .refresh()
        .catch((error: unknown) =>
          this.ctx.connection.console.warn(`copydesk: diagnostic refresh failed: ${errorMessage(error)}`),
        );
    }
  }

  /** Pull mode, `run: onSave`: a save makes the next pull lint again. */
  saved(uri: string): void {
    const state = this.ctx.states.get(uri);
    if (state.saved) {
      state.saved = undefined;
      this.refresh();
    }
  }

  private async waitForQuiet(uri: string, token: CancellationToken): Promise<void> {
    const last = this.ctx.docs.lastChange(uri);
    if (last === undefined || this.ctx.states.peek(uri)?.leadingChange) return;
    const remaining = last + this.debounce(this.ctx.states.get(uri)) - Date.now();
    if (remaining <= 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, remaining);
      const sub = token.onCancellationRequested(done);
      function done(): void {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }

  /** `textDocument/diagnostic`. */
  async pull(params: unknown, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = documentUri(params);
    const doc = this.ctx.docs.get(uri);
    if (!doc) return { kind: 'full', items: [] };
    await this.waitForQuiet(uri, token);
    // Take in the messages already read, as a push does before linting: a newer change and the client's cancel of
    // this pull (VS Code's client cancels a pull under way when the text changes) then spare a lint of an old text.
    await nextTurn();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const settings = await this.ctx.settings.get(uri);
    const state = this.ctx.states.get(uri);
    const before = state.analysis;
    let analysis: Analysis;
    if (settings.run === 'onSave') {
      state.saved ??= await this.analyzer.analyze(doc);
      analysis = state.saved;
    } else {
      analysis = await this.analyzer.analyze(doc);
      if (!this.ctx.docs.isCurrent(uri, analysis.revision)) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed while it was linted', {
          retriggerRequest: true,
        });
      }
    }
    // As a push, a large document's first answer waits for its warm-up; a change or a cancel during it ends this pull.
    const warmed = await this.warmUpBeforePublish(uri);
    if (warmed) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (settings.run !== 'onSave' && !this.ctx.docs.isCurrent(uri, analysis.revision)) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed while it was warmed up', {
          retriggerRequest: true,
        });
      }
    }
    const arrived = this.ctx.docs.arrival(uri);
    if (arrived) this.analyzer.timings.published(uri, analysis.version, performance.now() - arrived.at, cpuMs() - arrived.cpu);
    // After this answer is sent.
    if (analysis !== before || warmed) void this.ctx.idle.afterLint(doc.getText().length);
    const previous = isObject(params) && typeof params.previousResultId === 'string' ? params.previousResultId : undefined;
    if (previous === analysis.resultId) return { kind: 'unchanged', resultId: analysis.resultId };
    return { kind: 'full', resultId: analysis.resultId, items: analysis.diagnostics };
  }
}
