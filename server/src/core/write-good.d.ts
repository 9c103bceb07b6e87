/**
 * Types for write-good and the check packages it runs, which ship none.
 * Every check takes the whole text and returns its hits as UTF-16 offsets:
 * `index` is where the hit starts and `offset` is its length.
 */
interface WriteGoodHit {
  index: number;
  offset: number;
}

type WriteGoodCheck = (text: string) => WriteGoodHit[];

declare module 'weasel-words' {
  const check: WriteGoodCheck;
  export = check;
}

declare module 'passive-voice' {
  const check: WriteGoodCheck;
  export = check;
}

declare module 'adverb-where' {
  const check: WriteGoodCheck;
  export = check;
}

declare module 'too-wordy' {
  const check: WriteGoodCheck;
  export = check;
}

declare module 'no-cliches' {
  const check: WriteGoodCheck;
  export = check;
}

declare module 'e-prime' {
  const check: WriteGoodCheck;
  export = check;
}

/** write-good's own checks: lexical-illusions, starts-with-so, there-is. */
declare module 'write-good/lib/*' {
  const check: WriteGoodCheck;
  export = check;
}

declare module 'write-good' {
  interface WriteGoodSuggestion extends WriteGoodHit {
    reason: string;
  }
  interface WriteGoodOptions {
    weasel?: boolean;
    illusion?: boolean;
    so?: boolean;
    thereIs?: boolean;
    passive?: boolean;
    adverb?: boolean;
    tooWordy?: boolean;
    cliches?: boolean;
    eprime?: boolean;
    whitelist?: string[];
  }
  function writeGood(text: string, options?: WriteGoodOptions): WriteGoodSuggestion[];
  export = writeGood;
}
