/**
 * What the server's parts share: the connection, the open documents and
 * their state, the settings, and the options settled at `initialize`. One
 * object, created with the server and filled in by `initialize`.
 */
import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import { DocumentStates } from './document-state';
import { DocumentStore } from './documents';
import { Lifecycle } from './lifecycle';
import { ConfigFiles, type ConfigScope } from './files';
import { DEFAULT_OPTIONS, type ServerOptions } from './options';
import { IdleCollector } from './idle-collect';
import { Publisher } from './publish';
import { SettingsResolver } from './settings';

export class ServerContext {
  readonly docs = new DocumentStore();
  readonly states = new DocumentStates();
  readonly configFiles = new ConfigFiles();
  readonly publisher: Publisher;
  readonly lifecycle: Lifecycle;
  /** A scavenge when the server falls idle after a large lint; busy while a lint is scheduled. */
  readonly idle = new IdleCollector(() => {
    for (const state of this.states.values()) if (state.cancel) return true;
    return false;
  });
  options: ServerOptions = { ...DEFAULT_OPTIONS };
  client: ClientCapabilities = {};
  /** The workspace folders' paths: `.copydesk.json` is never looked up above them. */
  roots: string[] = [];
  /** Replaced at `initialize` by one that knows the client's capabilities. */
  settings: SettingsResolver;

  get configScope(): ConfigScope {
    return { roots: this.roots, trusted: this.options.trusted };
  }

  constructor(readonly connection: Connection) {
    this.publisher = new Publisher(connection);
    this.lifecycle = new Lifecycle(connection);
    this.settings = new SettingsResolver(connection, {}, false);
  }
}
