import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, fixAllEdits, lint, ruleById, type DocFormat, type Finding } from '../../server/src/core';
import { SOURCE_PLACEHOLDER } from '../../server/src/core/analysis/figures/attribution';
import { PLACEHOLDER } from '../../server/src/core/rules/unattributed-number';
import { configFor, ruleTests } from '../helpers/rule-tester';
// The shared examples beside the repository, or the vendored pair in a plain clone.
import { EXAMPLES } from '../helpers/examples';

const ID = 'unattributed-number';
const example = (name: string): string => readFileSync(path.join(EXAMPLES, name), 'utf8');
// Lines over 100 characters: a line break ends a sentence there, as in scraped pages.
const LONG_LINE = 'The ferry sailed at noon with the mayor, two councillors and a brass band on board, and the crowd cheered.';
const TEASER_LINE = 'The river fell overnight and the first streets in the lower town were dry by morning, and shops opened...';

/** A box score or a table of players: names and numbers, line after line. */
const TABLE = [
  'Player Mins Pts Reb Pct',
  'A. Ruiz 34 21 7 48%',
  'B. Okafor 31 14 11 52%',
  'C. Lindqvist 28 9 3 37%',
  'D. Haddad 12 2 1 20%',
  '',
].join('\n');

/** A recipe: amounts and cooking units on line after line. */
const RECIPE = [
  'Lemon loaf',
  '',
  '2 cups flour',
  '1 cup sugar',
  '3 eggs',
  '½ cup milk',
  '1 tsp. baking powder',
  '',
  'Bake for 45 minutes. The loaf feeds 40 percent more guests than a tart.',
  '',
].join('\n');

/** A recipe's list of ingredients under its heading, for a story paragraph to stand above. */
const INGREDIENTS = [
  'Ingredients',
  '',
  '175g butter',
  '175g sugar',
  '200g flour',
  '1 tsp baking powder',
  '600g plums, halved',
  '',
];

/** Shopping copy: prices with cents, discounts, specs. */
const SHOPPING = [
  'Desk lamp for $24.99',
  '',
  'The lamp has a 1,200 lumens bulb and a 45% off sticker this week.',
  '',
  'Headphones for $79.99 (was $129.99)',
  '',
  'A 40-hour battery, 30% off today, and 90 percent of buyers keep them.',
  '',
  'Monitor: 27" 144Hz panel, now $199.99',
  '',
].join('\n');

/** A release by a body whose name runs through “of the”: its own figures, by its name and its possessive. */
const MUSEUM_RELEASE = [
  'Museum record',
  '',
  'Kilbrannagh, Co. Mayo, 14 January 2025 – The Museum of the Atlantic Coast today announced that it welcomed 612,480 visitors in 2024, the highest in its history.',
  '',
  'The record year was driven by a new hall.',
  '',
  'Director Aoife Breen said the staff had worked hard.',
  '',
  'The weather was kind all summer.',
  '',
  'The museum’s learning team welcomed 31,000 pupils on school visits.',
  '',
  'The Museum of the Atlantic Coast opened in 2005. Its collection of more than 60,000 objects tells the story of the coast.',
  '',
].join('\n');

/** A release whose lede names the issuer’s project. */
const DEMINING_RELEASE = [
  'Mine clearance completed',
  '',
  'BATTAMBANG, Cambodia, 12 November – Safe Fields Trust today handed back 412 hectares of cleared land to villagers, completing a four-year project in the district.',
  '',
  'Villagers held a ceremony at the school.',
  '',
  'The project employed 186 Cambodian deminers, 41 per cent of them women.',
  '',
  'Notes to editors',
  '',
  'Safe Fields Trust is a humanitarian mine action charity. For interviews, contact the press office on +44 131 496 0722 or press@safefieldstrust.org.',
  '',
].join('\n');

/** A release whose lede names the issuer’s line. */
const LINE_RELEASE = [
  'TransLakes switches on line power',
  '',
  'MILLBRIDGE, ON – TransLakes today switched on overhead power along the first 42 kilometres of the Millbridge Line.',
  '',
  'Trains will run every 15 minutes.',
  '',
  'The Millbridge Line carried 11.2 million trips in 2024, up 19 per cent from 2023.',
  '',
  'About TransLakes: TransLakes is the regional transportation agency for the Greater Lakeshore Area.',
  '',
].join('\n');

/** A demand's lead-in ending on a colon, then its items as paragraphs ending on semicolons, with no bullets. */
const DEMANDS_LIST = [
  'Union demands',
  '',
  'The teachers union met in Leeds on Saturday.',
  '',
  'The union is calling on ministers to:',
  '',
  'Ensure every school has a counsellor;',
  '',
  'Ring-fence at least 5% of every school budget for support staff;',
  '',
  'Publish the figures each year.',
  '',
].join('\n');

ruleTests(ID, {
  valid: [
    // What is no statistic.
    { name: 'the scraped example article', text: example('scraped-article.txt') },
    { name: 'the rewritten example article', text: example('rewritten-article.txt') },
    { name: 'dates and years', text: 'The dig opened on April 9, 2017, paused in 2020 and restarted on 22 July.' },
    { name: 'times of day', text: 'The hearing opens at 9 a.m., the vote follows at 3 p.m. and the count at 4:30.' },
    { name: 'ages', text: 'A 43-year-old driver and a passenger aged 60 were taken to hospital. Varga, 68, was unhurt.' },
    { name: 'durations', text: 'After a five-hour meeting and three weeks of delay, the 30-day notice period ran out.' },
    { name: 'ordinals', text: 'She finished 3rd in the relay, her 21st race of the season, and first in the sprint.' },
    {
      name: 'identifiers',
      text: 'The 12-point plan covers Route 66, Flight 418 and Chapter 11 of the code, and room No. 5.',
    },
    { name: 'names with numbers', text: 'She played Starfall 3 on a 4K screen while PM2.5 levels rose, and COVID-19 spread.' },
    { name: 'scores', text: 'The home side won 3-1, a week after losing 21 to 14 in the cup.' },
    { name: 'results', text: 'Okafor scored 31 points and grabbed 12 rebounds as the club won its 40th game.' },
    { name: 'attendance', text: 'The band played before 12,000 fans, and a crowd of 41,276 saw the final.' },
    { name: 'prize money won', text: 'She won the Classic and a record $61,450 in prize money.' },
    { name: 'addresses', text: 'The office moved from 221 Baker Street to 1600 Elm Avenue in the spring.' },
    { name: 'phone numbers', text: 'Call 555-0134 or (212) 555-0199 before noon to book a seat.' },
    { name: 'prices', text: 'Tickets cost $25 and a coffee at the stall is $3.' },
    { name: 'a rate in cents with no leading zero', text: 'Staff who drive their own cars are paid $.07 per mile.' },
    { name: 'a price in a sale', text: 'The family sold the vineyard to a neighbour for $3.4 million in June.' },
    { name: 'a price it starts at', text: 'The electric van will start at $38,500 before any rebate.' },
    { name: 'a price tag used as an adjective', text: 'A $6,500 reward is on offer for the missing stallion.' },
    { name: 'a fine', text: 'Both clubs received $175,000 fines for the brawl.' },
    { name: 'bail', text: 'The magistrate freed her on $60,000 bond.' },
    { name: 'a tax rate', text: 'The hotel tax is now 7 per cent of the bill.' },
    { name: 'tariff rates', text: 'Tariffs on imported timber were raised from 8% to 20% in April.' },
    { name: 'a salary', text: 'She joined on a salary thought to be between $42,000 and $48,000 a year.' },
    { name: 'a threshold in a rule', text: 'Districts of 250,000 or more must file the map.' },
    { name: 'a unit in a formula', text: 'Each region gets one delegate for each 4,000,000 people.' },
    { name: 'measurements', text: 'The plane climbed to 10,000 feet over 2,000 acres of forest.' },
    { name: 'a size', text: 'Her first draft ran to 212,000 words long.' },
    { name: 'an idiom', text: 'I am 100 percent sure the ferry will run.' },
    { name: 'a small back-reference', text: 'The two victims were named on Tuesday.' },
    { name: 'an incidental small count', text: 'The eight finalists take the stage tonight with two judges.' },
    { name: 'vague amounts of time and distance', text: 'Hundreds of years ago the river ran thousands of miles further south.' },
    {
      name: "the writer's own arithmetic",
      text: 'Park fees brought in $41 billion last year, the treasury said.\n\nFor context, that is less than 3% of all state income.\n',
    },
    {
      name: 'a framing opener before the writer’s own arithmetic',
      text: 'The county spends $90 million a year on roads, the auditor said. To put that in perspective, that is about 12% of the budget.',
    },
    { name: 'a capitalised word after a count is a name when no harm is done', text: 'The fleet of 300 Toyotas was sold.' },
    {
      name: 'the writer’s own sum after an adverb',
      text: 'The trustees said the fund paid out $2 million in May and $3 million in June.\n\nActually it amounts to $5 million in all.\n',
      options: { likely: 'warning' },
    },
    { name: 'the end of a mixed number', text: 'After an hour and a half of speeches the crowd grew restless.' },
    { name: 'a part named by its place', text: 'Floods covered the northern half of the county.' },
    { name: 'a fraction of an adjective', text: 'The novel is at least three-quarters comic.' },
    // Held-out articles of our own (bench/judgements/fresh-articles-3, -4): shapes they showed.
    { name: 'a prize named before its sum', text: 'Her essay was sent to the academy for its annual prize of 3,000 francs.' },
    {
      name: 'a rate broken down in a dash aside, and the base it is charged on',
      text: 'The payroll tax is now 6 per cent -- 3 per cent on each worker and employer -- on the first $4,800 of pay.',
    },
    {
      name: 'the writer’s equivalent of a figure',
      text: 'The bonds yield 4 per cent, the fund said. It is the equivalent of 8 per cent for a saver in the top bracket.',
    },
    {
      name: 'a source named before a parenthesis',
      text: 'Harbour Weekly (March 3) reports that the yard spent $12 million on new cranes last year.',
    },
    { name: 'an authorization is a term', text: 'Annual authorizations of $15 million were added for the training centres.' },
    {
      name: 'a recipe that opens after a paragraph of the story keeps its amounts',
      text: [
        'Kowalczyk still bakes the cake every morning before the café opens, and on a busy Saturday it is gone by noon.',
        '',
        ...INGREDIENTS,
        'Bake for 40 minutes and serve 12 slices, about 40 percent more than a loaf.',
        '',
      ].join('\n'),
    },
    {
      name: 'the other shares of an election result',
      text: 'Ruiz held the seat with 52 per cent of the vote against 31 per cent for the Greens.',
    },
    { name: 'turnout as a result', text: 'Ruiz held the seat with 52 per cent of the vote. Turnout was 58 per cent.' },
    { name: 'a share of possession', text: 'The visitors had 61 percent of possession and lost.' },
    {
      name: 'the moves of the shares a market sentence names',
      text: 'Shares of other carmakers also rose. Velox gained 2.4 percent and Norda rose 1.1 percent.',
    },
    {
      name: 'what a thing is worth is a price',
      text: 'The painting is worth about $2 million, the dealer thinks, and hangs in a hall.',
    },
    {
      name: 'a report covers a later paragraph on its subject',
      text:
        'Ferry fares went up again.\n\n' +
        'A new survey by Harlow & Sons shows what it costs to cross.\n\n' +
        'On the island line, fares rose 14 percent in a year.\n',
    },
    {
      name: 'a decade long past is history',
      text: 'The plant reopened in 1961.\n\nIn the mid-1890s about 90 per cent of the valley’s mill makers went out of business.\n',
    },
    { name: 'a sum an actor fixed', text: 'The court accepted the plan and fixed the compensation at $1,450,000.' },
    {
      name: 'a source that gives the figures of the paragraph before',
      text: 'More than 1,100 people spent the night in shelters.\n\nThe state agency gave both figures in a post on Sunday night.\n',
    },
    { name: 'a worked example of somebody', text: 'Someone with £500,000 saved could take £125,000 tax-free.' },
    {
      name: 'a trigger and a contribution set by a law are terms',
      text: 'The new law lowers the earnings trigger to £6,000. The minimum contribution rises from 8% to 10%.',
    },
    {
      name: 'a summary that ends with a colon and "showed" introduces what follows',
      text: 'A breakdown of the ten-month total showed:\n\nHomes at $47,101,000, up 100 per cent.\n',
    },
    {
      name: 'a report that goes on with an adverb before its verb',
      text:
        'A survey of 143 boat owners by the Seaboard Producers was published this week.\n\n' +
        'The survey also found that 61 per cent had put off repairs.\n\n' +
        'Younger owners were the gloomiest: among respondents under 40, the share considering a sale rose to 58 per cent.\n',
    },
    { name: 'a study with a name is a source', text: 'A Harvard study shows that 40 percent of adults sleep too little.' },
    {
      name: 'the writer’s sum with a noun of change, and its share after ", or just over"',
      text: 'The bank said it cut 41,000 posts to 38,700.\n\nThat amounts to a reduction of 2,300 jobs, or just over 5% of the workforce.\n',
    },
    {
      name: 'a source in the next paragraph whose only figures are measurements still reaches back',
      text:
        'The utility was set to cut power to some 375,000 people in 18 counties.\n\n' +
        'Forecasts called for winds gusting to 55 mph (88.5 kph), company officials said.\n',
    },
    { name: 'a club’s accounts are a source', text: 'Matchday income increased by 9% to £7.3m, the accounts show.' },
    {
      name: 'a vague count the next paragraph makes exact',
      text: 'Hundreds of workers have been told the factory will shut.\n\nAbout 340 jobs will go when production moves, its owner said.\n',
    },
    { name: 'a rate a bank pays', text: 'Castleford Bank is currently paying 4.65% on its easy-access account.' },
    { name: 'a sum a scheme lets you save a year', text: 'The account lets anyone aged 18 to 39 save up to £4,000 a year.' },
    { name: 'a move after a traded price', text: 'White maize traded at 5,480 a tonne on Wednesday, up 38% since January.' },
    // Issue 7's Brown judgements: shapes whose findings were debatable or wrong on 1961 press text.
    {
      name: 'a year after a preposition is no count of people',
      text: 'In 1822 people from the river towns moved to the plateau.',
    },
    { name: 'the writer’s own estimate, with a contraction', text: 'I’m fairly sure some 4 million households keep a boat.' },
    {
      name: 'a counterfactual',
      text: 'The siege could have dragged on for months, with many thousands killed in both towns.',
    },
    {
      name: 'history: a year a generation before the latest the story names',
      text: 'The canal opened in 1958.\n\nIn the summer of 1921 some 40,000 workers dug the first cut.\n',
    },
    {
      name: 'history goes on through the paragraph',
      text: 'The canal opened in 1958.\n\nIn 1921 the first cut was dug. Its builders spent $4 million on it.\n',
    },
    { name: 'a vague million is a commonplace', text: 'Millions of commuters take the train each winter.' },
    { name: 'vague millions of money', text: 'Several million francs changed hands at the tables.' },
    {
      name: 'a release’s figures about its issuer, who signs it off at the end',
      text: [
        'Tarnlow Mills opens new dye house',
        '',
        'Textile firm Tarnlow Mills has opened its new £6 million dye house in Halstead.',
        '',
        'Tarnlow’s sales rose 18% to £41 million last year.',
        '',
        'About Tarnlow Mills: the firm was founded in 1911. For trade enquiries, call 01787 555 301.',
        '',
      ].join('\n'),
    },
    {
      name: 'a budget’s items listed under the line that names it',
      text: [
        'The council has agreed its budget for next year.',
        '',
        'The budget includes:',
        '',
        '- an extra £7.4 million for home care;',
        '',
        '- £2.2 million more for school transport.',
        '',
      ].join('\n'),
    },
    {
      name: 'a drink’s strength and a loan’s rate, as their makers state them',
      text: 'The pale ale, at 4.2% ABV, sells well in the north. The lender charged interest of up to 1,270 per cent APR.',
    },
    {
      name: 'a share beside one a candidate won',
      text: 'She won more than 70 percent in several mountain provinces, while her rival took close to 60 percent in the capital.',
    },
    { name: 'a road numbered with a letter is no sum', text: 'Take the R445 towards Kildare, then the R448 for Athy.' },
    {
      name: 'one of something in a span of time is no ratio',
      text: 'She scored one goal in 10 minutes and another in the second half.',
    },
    { name: 'an adverb in "-ly" still ends the noun phrase', text: 'The council sold 400 quietly last spring.' },
    {
      name: 'a worked example opened with a typical case',
      text: 'For a typical orchard picking 90,000 kilos a season, each 10 cents adds $9,000 to the grower’s income.',
    },
    {
      name: 'the shares a formula sets',
      text: 'Under that formula, Eastbrook will pay 61 per cent of the running costs, Millford 27 per cent and Oakham 12 per cent.',
    },
    {
      name: 'data released by a named body go on into the next paragraph on its subject',
      text: [
        'Figures released by the Road Safety Office yesterday show 214 crashes on county roads last year, up from 170.',
        '',
        'Serious injuries are also rising on county roads. There were 96 hospital admissions after crashes, up 12 per cent.',
        '',
      ].join('\n'),
    },
    {
      name: 'a survey that finds, with a time between it and its verb',
      text: 'A county survey last spring found 64 percent of tenants wanted the rent cap kept.',
    },
    {
      name: 'a survey that finds, with its agent between it and its verb',
      text: 'A housing survey run by the Tenants Union in April found 38 percent of renters behind on payments.',
    },
    {
      name: 'a named speaker who says a clause',
      text: 'Bookings have changed, and Okonkwo says they now make up about a quarter of the hall’s income.',
    },
    {
      name: 'an organisation that expects a number',
      text: 'The club will hold its meeting on May 2, where it expects about 300 members to vote.',
    },
    { name: 'what a tradesman charges', text: 'Oxford piano tuner Ada Bell charges £1,450 for a full restoration.' },
    {
      name: 'a vague amount of things with no span of time or land',
      text: 'Hundreds of small tremors shook the valley before dawn.',
    },
    {
      name: 'a date before a vague amount of things starts no tally',
      text: 'Since the flood, hundreds of sandbags have lined the quay.',
    },
    { name: 'a price range from a small sum', text: 'The canoes sell from $120 to $3,000, depending on length.' },
    { name: 'a price range read as one amount', text: 'The kits run about $300 to $1,200.' },
    {
      name: 'a few hundred people who gathered',
      text: 'More than 180 volunteers and their families gathered for the prize-giving.',
    },
    { name: 'a speaker’s audience', text: 'She told some 420 people that the bridge would open.' },
    { name: 'an election result', text: 'The Liberals (14 per cent of the vote) joined the coalition.' },
    { name: 'a share of an audience', text: 'More than half the audience left at the interval.' },
    { name: 'a price at auction', text: 'The clock fetched $1.4 million at auction last week.' },
    { name: 'one body as an idiom', text: 'Forty clubs acting as one body signed the letter.' },
    { name: 'a statute’s term', text: 'Each lender shall withhold from every loan a sum equal to 3 per cent of it.' },
    { name: 'a limit a deal sets', text: 'The brewery will pay the town a minimum of $8.2 million for the land.' },
    { name: 'an allotment by a named actor', text: 'The council allotted $500,000 to the library last year.' },
    { name: 'an election result', text: 'The Greens, who won 18 per cent, will join the coalition.' },
    { name: 'market data with the market word as the subject', text: 'Shares in the brewer fell 7% in early trading.' },
    { name: 'a price at the head of a clause', text: 'At $1,299, the bike is the cheapest in its class.' },
    { name: 'a conversion in parentheses', text: 'Prices will start at 58,900 euro ($64,120) in autumn, the maker says.' },
    { name: 'a hypothetical addressed to the reader', text: 'Imagine you had tens of thousands of readers tomorrow.' },
    { name: 'market data', text: 'Shares of Acme fell 3% to $45.20 as volume rose to 3.2 million shares.' },
    { name: 'a bond yield', text: 'Harbour bonds still offer a yield of 3.5 per cent, or close to it.' },
    {
      name: 'a data list in one sentence',
      text: 'Schools at $12,306,000, down 17 per cent; clinics at $31,890,000, up 64 per cent; and bridges at $7,215,000, down 39 per cent.',
    },
    { name: 'a table of players', text: TABLE },
    { name: 'a recipe', text: RECIPE },
    { name: 'shopping copy', text: SHOPPING },
    {
      name: 'a first-person piece',
      text:
        'I started my blog in a spare room. I wrote every night and I kept my day job.\n\n' +
        'The idea grew out of teaching thousands of people to bake bread, and I paid close to $1,800 for my first oven.\n\n' +
        'I still think my best year was the first one, and my readers agree with me.\n',
    },
    // Attribution in the sentence.
    { name: 'attributed in the same sentence', text: 'The county spent $4.5 million on the new depot, the treasurer said.' },
    { name: 'according to', text: 'About 9,600 people have fled, according to the refugee agency.' },
    { name: 'per the agency', text: 'Exports fell 12 percent in the quarter, per the customs agency.' },
    { name: 'data show', text: 'Census data show the town grew by 12,000 residents.' },
    { name: 'an inverted attribution', text: 'Bicycle output rose 14 percent, says Ilse Brandt, the plant manager.' },
    { name: 'in a statement', text: 'In a statement, the firm put its loss at $2.3 million.' },
    {
      name: 'documentation and confirming count as attribution',
      text: 'Court documentation confirming 40 percent more repossessions than last year was lodged in March.',
    },
    { name: 'an agent after a participle', text: 'A value of $63,800 was placed on the orchard by the county assessor.' },
    { name: 'a decision by a named actor', text: 'The council approved $4.5 million for the pool.' },
    { name: 'a plan by a named actor', text: 'The city plans to build 2,500 homes by 2030.' },
    { name: 'a duration that is no average', text: 'Tenants wait 38 weeks for a repair.' },
    { name: 'a speaker closing the sentence', text: 'Fraud in the county has risen 25 percent, shopkeepers say.' },
    {
      name: 'a source at the end covers the clauses joined before it',
      text: 'Fraud has risen 25 percent and thefts 30 percent, according to the police.',
    },
    {
      name: 'a publishing verb before a source noun',
      text: 'Hospitals treated 412 flu patients last week. The health board released the figures on Monday.',
      options: { likely: 'warning' },
    },
    { name: 'a possessive before a view', text: 'In the mayor’s view, 40 percent of the roads need repair.' },
    { name: 'a possessive before a report', text: 'The figure matches the water board’s report of a 40 percent rise in leaks.' },
    { name: '"discovered that" is a finding', text: 'Inspectors discovered that 30 percent of the invoices were paid twice.' },
    { name: 'a noun and "estimates that"', text: 'The team estimates that 38 percent of the crops need bees.' },
    {
      name: 'a paragraph that a source’s colon introduces',
      text: 'The engineer was blunt about the bridge. She gave this estimate of the damage:\n\nAbout 40 percent of the deck must be replaced.\n',
    },
    { name: 'a document as the subject', text: 'The plan would cut the payroll by 3,000 jobs.' },
    { name: 'a figure in a budget', text: 'In the $18,000,000 budget, $11,500,000 would go to parks.' },
    // Attribution beside the sentence.
    {
      name: 'attributed in the next sentence',
      text: 'Jobless claims rose to 7.2% in March. The figures come from the labour office.',
    },
    {
      name: 'attributed in the previous sentence',
      text: 'The ministry published its annual report on Monday. It counts 2,300 road deaths in the year.',
    },
    {
      name: 'attributed in the next paragraph, first sentence',
      text: 'Boat sales on the coast slid 9 percent last month.\n\nBrokers sold 4,872 boats, down 9 percent, according to the MarinaStat report.\n',
    },
    {
      name: 'attributed at the end of the next paragraph',
      text: 'The water board began rationing supply to some 212,000 households on Friday.\n\nReservoirs may drop below a third by autumn, board officials said.\n',
    },
    // Attribution over paragraphs.
    {
      name: 'a lead-in paragraph and the paragraphs that continue it',
      text:
        'According to the county report, 12,000 homes lost power in the storm.\n\n' +
        'It also found that 40 percent of the roads were closed.\n\n' +
        'The report counts 2,300 fallen trees.\n',
    },
    {
      name: 'a lead-in with a colon and the list under it',
      format: 'markdown',
      text: 'Storm damage, the utility said:\n\n- 5,000 homes lost power\n- 40 percent of roads closed\n',
    },
    {
      name: 'a credited embedded post',
      text:
        'The minister posted about the vaccines.\n\n' +
        'We gave 20 lakh doses in villages this week\n\n' +
        '— Asha Minister (@ashaminister) March 3, 2021\n\n' +
        'The state gave 2 million vaccine doses to villagers.\n',
    },
    {
      name: 'a report introduced mid-story and the paragraphs that present it',
      text:
        'Ferry lines are doing better.\n\n' +
        'A new report shows what is happening. It is based on a survey by Harlow & Sons, the brokers.\n\n' +
        'Nearly all the routes show gains.\n\n' +
        'The island line earned 121 per cent of its fuel costs.\n',
    },
    {
      name: 'a poll introduced with its agent and the paragraph that goes on with it',
      text:
        'The forecast came from two-thirds of 48 grocers polled by the Retail Council.\n\n' +
        'Other worries named by one-third or more of the grocers were rents and wages.\n',
    },
    {
      name: 'a story built on the one report its lede names',
      text:
        'Hotel bookings fell in October, according to the Stayline Monthly survey from TourMetrics.\n\n' +
        'TourMetrics tracks every booking in the region. It publishes the survey monthly.\n\n' +
        'The average rate was up 4 percent, the third rise this year.\n\n' +
        'Hostel stays dropped 12 percent as TourMetrics had predicted.\n\n' +
        'Campsites held steady at 2,100 stays in the TourMetrics count.\n',
    },
    {
      name: 'a figure sourced where it was stated before',
      text: 'The ministry said 2,300 people died on the roads.\n\nFor weeks after, 2,300 deaths were all anyone talked about.\n',
    },
    {
      name: 'a lede count sourced in the next paragraph',
      text:
        'Four people have died in the floods.\n\n' +
        'Besides the four deaths, the coroner said another 25 people had been hurt.\n',
    },
    // What the writer marks as sourced.
    {
      name: 'a figure inside a quotation attributed with a colon',
      text: 'The owner was blunt about the year: “We let 3,000 workers go and we are not done.”',
    },
    { name: 'a figure inside a quotation with its speaker', text: '“We let 3,000 workers go this spring,” the owner sighed.' },
    {
      name: 'a paragraph that continues a quotation',
      text: 'The mayor did not hold back.\n\n“We cut 3,000 jobs last year, and more will go.\n\n“Nobody wanted this,” she said.\n',
    },
    { name: 'curly single quotes around a figure', text: 'Critics called the stadium ‘a £2bn gamble on the weather’ and left.' },
    { name: 'CRLF line endings', text: 'The board met on Friday.\r\nIt approved $12 million for the pool, the chair said.\r\n' },
    {
      name: 'a Markdown heading states no sourced claim',
      format: 'markdown',
      text: '# 5,000 Jobs Lost in the Valley\n\nThe valley lost 5,000 jobs, the labour office said.\n',
    },
    {
      name: 'a title-case teaser line',
      text: `${LONG_LINE}\nHundreds Of Families Return Home After The Floods\n${TEASER_LINE}\n`,
    },
    {
      name: 'a short subhead paragraph',
      text: 'The port reopened on Monday, officials said.\n\n2,000 jobs at stake\n\nThe port is busy again.',
    },
    { name: 'an unfilled placeholder is reported by source-placeholder, not here', text: `Rents rose 14 percent${PLACEHOLDER}.` },
    { name: 'a user cue', text: 'Unemployment in the bloc rose to 7.2% (ONS*).', options: { attributionCues: ['ONS*'] } },
    {
      name: 'a user cue phrase with spaces',
      text: 'Rents rose 14 percent last year, as the tenants union counts them.',
      options: { attributionCues: ['as the tenants union counts'] },
    },
    {
      name: 'background is off by default',
      text: 'Haze hung over the 9 million residents of the port city.',
    },
    {
      name: 'a weaker case turned off',
      text: 'The dealer sold 3,000 cars in a week.',
      options: { likely: 'off' },
    },
    // Issue 7, fifth session: shapes from the held-out sets 3 to 15.
    {
      name: 'a count of speakers is their own source',
      text: 'Two officials said the repairs would cost $4 million.',
    },
    { name: 'a confession is a source', text: 'The minister admitted that 1,200 operations were cancelled last winter.' },
    {
      name: 'a decision named with its agent after it',
      text: 'The Senate approved $46 billion, which included the extra $3.5 billion requested the week before by the President.',
    },
    {
      name: 'a figure measured against a decision',
      text: 'In all, the Senate signed a check for $46.7 billion, and tacked on $754 million more than the President had asked for.',
    },
    {
      name: "a share of one person's body",
      text: 'The girl was in critical condition with burns over 90 per cent of her body.',
    },
    {
      name: 'a source that points back at the figure, with a quotation of its own',
      text:
        'About 1,200 vehicles are queued at the border.\n\n' +
        'That figure came from the haulage association, whose chairman said: "We have 40 drivers sleeping in their cabs."\n',
    },
    {
      name: "a court's sentence gives its findings",
      text: 'The court sentenced the director to eight years for cheating 4,000 savers of £12 million.',
    },
    { name: 'a dimension at the end of its clause', text: 'The new crater is about 300 feet across.' },
    { name: 'a share of a game', text: 'He played half of the game with a broken wrist.' },
    {
      name: 'a worked example after the sentence that opens it',
      text:
        'Say you borrow $400,000 over 25 years. At 6 per cent, the repayment is about $2,577 a month. ' +
        'At 6.5 per cent it becomes about $2,701, an extra $124.\n',
    },
    {
      name: 'a worked example about a named person',
      text: 'Take Priya, who earns £28,000. At 8%, that meant £1,740 a year going into her pension.\n',
    },
    { name: 'a rate a rule sets', text: 'From April, employees will pay 6% and employers will pay 4%.' },
    { name: "one firm's headcount", text: 'The bakery employs 3,000 people at four sites.' },
    { name: 'a loose few promised', text: 'The fund’s appeal opens today. Scores of children will be remembered at Christmas.' },
    {
      name: 'a supposed case with the generic one',
      text: 'The kitchens are worth using only when one is faced with a thousand unexpected guests for lunch.',
    },
    {
      name: 'a source computing the figure',
      text: 'The motoring club, computing the cost for two people, comes up with a daily average of $29.',
    },
    {
      name: 'a source forecasting the figure',
      text: 'The agency cut its outlook on Monday, forecasting an average of $4.2 million in monthly sales.',
    },
    {
      name: 'an actor’s plan is its decision',
      text: 'The trustees now plan to spend £2.3 million on a learning centre.',
    },
    { name: 'what the court heard', text: 'Five other people were injured in the collapse, the court heard.' },
    {
      name: 'what the jury was told',
      text: 'The jury was told that the firm had cut its inspections by 40 per cent to win the contract.',
    },
    {
      name: 'a story built on a company’s own announcement: the figures it gives of itself',
      text: [
        'Homewares chain Pellow & Finch has raised its profit guidance after a strong Christmas.',
        '',
        'Sales for the six weeks reached £212m, the retailer said in a trading update on Thursday.',
        '',
        'The group now expects profit of at least £31m, ahead of previous guidance of £25m to £28m.',
        '',
        'Pellow & Finch’s online sales made up 44% of the total.',
        '',
      ].join('\n'),
    },
    {
      name: 'a release’s lede that announces, past its appositive',
      text: [
        'Marbury Homes, the Fenbridge-based housebuilder, today announces a trading update for the half year.',
        '',
        'The Group’s weekly reservation rate rose to 0.64, and Marbury’s land bank stands at 5,200 plots, of which 68% have planning permission.',
        '',
      ].join('\n'),
    },
    {
      name: 'a quotation that runs on past its paragraph, its speaker named where it opened',
      text: [
        'Ruth Alder, chief executive of Marbury Homes, said: "We had a good half. Our teams opened three sites on time. Sales rose 14% in the half, and we remain on track.',
        '',
        '"Buyers are cautious, but more of them are coming back."',
        '',
      ].join('\n'),
    },
    { name: 'a habit of a price named, no generalisation: a lease', text: 'The lease costs £800 a year.\n' },
    { name: 'a habit of a duration is no statistic', text: 'Symptoms usually appear within 10 to 14 days.\n' },
    { name: 'a hedged count with no time or land it was kept over', text: 'About 40 tigers live in the park.\n' },
    { name: 'a hedged count of a day’s workload', text: 'Headquarters gets about 100 requests every day.\n' },
    { name: 'an exact count kept over a year', text: 'Forty tigers were killed by poachers last year.\n' },
    { name: 'a hedged count under a dozen kept over a year', text: 'At least three studios shut last year.\n' },
    {
      name: 'a lede’s share, sourced by the speaker of the paragraph after it',
      text: [
        'Homewares chain Pellow & Finch has raised its profit guidance after like-for-like sales rose 6.8% in the six weeks to January 4.',
        '',
        'Total sales for the period reached £212m, up 8.1% on last year, the retailer said in a trading update on Thursday.',
        '',
      ].join('\n'),
    },
    {
      name: 'a paragraph that points back at the figures before it sources all of them',
      text: [
        'Police overtime rose 36% last year. Recruiting classes have been graduating at roughly half their intended size.',
        '',
        'Those figures were provided by Ann Reid, a spokesperson for the police department.',
        '',
      ].join('\n'),
    },
    {
      name: 'a second verb of the same subject: "and says it has given"',
      text: 'The health department has opened clinics in two towns and says it has given 40% more doses than last winter.\n',
    },
    {
      name: 'an active reporting verb before "at least"',
      text: 'State police reported at least 5,000 people entered the Statehouse through its public doors.\n',
    },
    {
      name: 'a ballot’s result: the share who voted, and the turnout',
      text: 'In a ballot that closed on Tuesday, 94% of members who voted backed strikes on a turnout of 73%. A further 97% voted for an overtime ban.\n',
    },
    {
      name: 'a release that announces in the present: the issuer’s business, named or not',
      text: [
        'Marbury Homes today announces a trading update for the six months to 30 June.',
        '',
        'Completions rose 14% to 486 homes in the half. Net cash at 30 June was £23.4 million.',
        '',
      ].join('\n'),
    },
    {
      name: 'a first-person piece: a paragraph out of the writer’s voice with no land or years is still the writer’s',
      text: [
        'I grew up in Corliss Springs, and I have lived through my share of storms. My father taught me to watch the sky, and I still do.',
        '',
        'I was at my kitchen table when the sirens went off. My neighbour and I ran for the storm cellar, and I held my dog the whole time.',
        '',
        'It was built by helping thousands of people get ready for storms like this one.',
        '',
        'I think about my town every spring now. I check my radio, I charge my phone and I keep my shoes by my bed.',
        '',
      ].join('\n'),
    },
    {
      name: 'a share of one thing with no land or years',
      text: 'Retained firefighters make up about two thirds of the station’s crew.\n',
    },
    { name: 'a price asked, in the present', text: 'A season ticket costs £450 this year.\n' },
    {
      name: 'a report’s figures go on in the paragraph after it',
      text: [
        'A new report from the Student Housing Trust shows rents for student rooms in Dunmara have risen sharply.',
        '',
        'In Dunmara, rents for student rooms have risen by about 40 per cent since 2019.',
        '',
      ].join('\n'),
    },
    {
      name: 'a verb that is no noun after a determined noun: "The trust expects"',
      text: 'The trust expects to help 3,250 children across the borough this year.\n',
    },
    {
      name: 'an inverted attribution with a common noun: "…, the national statistics office says."',
      text: 'Nearly a third of households are now single-person homes, the national statistics office says.\n',
    },
    {
      name: 'a speaker who cautions is a source',
      text: 'But he cautioned that the rise in wages would add an estimated £9m to the group’s annual costs.\n',
    },
    {
      name: 'a report named past its title goes on in the paragraph after it',
      text: [
        'The report, Counting the Cost: Hunger in a Working City, finds that 17,000 children in Harrowgate went without a hot meal in 2024.',
        '',
        'Children in one-parent families were the worst affected: 38 per cent went without, against 11 per cent of children living with both parents.',
        '',
      ].join('\n'),
    },
    {
      name: 'a survey named with what it asked, then "conducted by", goes on in the paragraph after it',
      text: [
        'The online survey of 1,500 adults, conducted by Northgate Research for the Courier in May, found 58 per cent opposed the plan.',
        '',
        'Opposition was strongest among older respondents, at 67 per cent, and weakest among students, where 41 per cent opposed it.',
        '',
      ].join('\n'),
    },
    {
      name: 'board papers introduce a report like any other document',
      text: [
        'Board papers published by the Tarne Valley trust ahead of Thursday’s meeting show that 14 of its 31 wards fell short of nurses at night.',
        '',
        'On the two elderly care wards, the night-shift fill rate for registered nurses averaged 78 per cent.',
        '',
      ].join('\n'),
    },
    {
      name: 'a lede that cites trial results by "according to": the story goes on presenting them',
      text: [
        'A meal-replacement diet put type 2 diabetes into remission in a third of patients after a year, according to trial results presented at a conference in Harrowgate on Wednesday.',
        '',
        'After 12 months, 33% of the diet group were in remission, against 4% of patients given usual care.',
        '',
      ].join('\n'),
    },
    {
      name: 'a company’s own tests and benchmarks, in its own voice',
      text: 'In our testing on a mid-range laptop, Tab Rest cut memory use by up to 38%. Lumen now opens up to 20% faster, based on our internal benchmarks.\n',
    },
    {
      name: 'a release’s bullet points and its own voice are the issuer’s account',
      text: [
        'Hollin & Vane plc, the homewares retailer, today announces a trading update for the 13 weeks to 26 April.',
        '',
        '- Like-for-like sales up 4.1%, with stores up 2.8% and online up 6.9%',
        '- Net cash of £41.2 million at the period end',
        '',
        'Our new-format stores are delivering sales densities roughly 20% higher than the estate average.',
        '',
        'About Hollin & Vane',
        '',
        'Hollin & Vane was founded in Kelsham in 1976.',
        '',
      ].join('\n'),
    },
    {
      name: 'the paragraph after a lede whose subject announces goes on with the announcement',
      text: [
        'Aerwest, the Shannon-based airline, said on Monday that profit after tax rose 31pc to €214m in the six months to September.',
        '',
        'Revenue climbed 12pc to €1.62bn. Passenger numbers rose 8pc to 9.4 million.',
        '',
      ].join('\n'),
    },
    {
      name: 'a currency’s move against another is market data',
      text: 'The dalan lost 14 per cent of its value against the dollar on Tuesday. It has now lost more than 45 per cent against the US dollar since January.\n',
    },
    {
      name: 'a central bank’s rate is public record',
      text: 'The official cash rate currently sits at 4.75 percent. The central bank lifted the cash rate by 0.25 percentage points to 4.35 per cent on Tuesday.\n',
    },
    {
      name: 'a first-person piece: a share of the writer’s own figure, and the share it is compared with',
      text: [
        'I opened my shop three years ago, and I still can’t quite believe it. My husband thought I was mad.',
        '',
        'We took in $212,400 last year. Online orders were 38 per cent of that, up from 29 per cent.',
        '',
        'I love my customers. I know most of them by name, and my dog knows the rest.',
        '',
      ].join('\n'),
    },
    {
      name: 'an exact count in the thousands is the story’s own record',
      text: 'The hall sold 130,400 tickets on its first day.\n',
    },
    {
      name: 'how far along, or a share of one measure, is no share counted',
      text: 'The ferry was about a third of the way across when the wind rose. The dial moved by roughly half of a degree.\n',
    },
    {
      name: 'a source between commas mid-sentence: "the results showed", "the commission found"',
      text: 'Staff costs rose 19pc, the results showed, after pilots agreed a pay deal. In inner Sydney, the commission found, one in five centres now charges more than $190 a day.\n',
    },
    {
      name: 'a body that finds or estimates, with a clause of its own',
      text: 'The auditor also found the ministry spent $4.3 million advertising the program. The institute estimates the three measures would cost €410 million in a full year.\n',
    },
    {
      name: 'a name that puts a figure at a sum',
      text: 'Vandermeer puts electricity, consumables and servicing at about $9,000 per robot a year.\n',
    },
    {
      name: 'the writer’s sum after "That means"',
      text: 'That means roughly 40% of the headline figure is fresh grant money.\n',
    },
    {
      name: 'a term of a communiqué',
      text: 'Under a compromise in the communiqué, countries hit by a disaster affecting more than 5% of their population could receive a grant.\n',
    },
    {
      name: 'a release whose issuer goes by its letters, ending on how to call it',
      text: [
        'The Harbour Donor Blood Service (HDBS) is asking people with O negative blood to book a donation this fortnight.',
        '',
        'HDBS needs about 3,000 donations every week, and 1,200 new donors each month.',
        '',
        'Donors can book online or by calling 0800 448 325.',
        '',
      ].join('\n'),
    },
    {
      name: 'a body that closes the lede as its speaker: what the story says of it by its name is its own account',
      text: [
        'Parts of the Lower Sadda region could tip into famine within weeks unless aid agencies get access, Harvest Alliance International warned today.',
        '',
        'Harvest Alliance has worked in the region since 2008 and reached more than 350,000 people last year. The organisation is seeking £12 million for its response.',
        '',
      ].join('\n'),
    },
    {
      name: 'a sum joined to a price just before it is a price too',
      text: 'Day pupils will pay £9,940 a term, up from £8,720. The photographer charges £1,650 for a full Saturday and £1,200 midweek.\n',
    },
    {
      name: 'prize money named after the sum, and a starting salary',
      text: 'His best season brought him less than $60,000 in prize money. Newly qualified midwives start on £29,970 a year.\n',
    },
    {
      name: 'a release whose lede opens on its dateline: the issuer’s own results, its metrics by their letters',
      text: [
        'Galway, 3 March 2026 – Fennick Systems plc, the payroll software group, today announces its results for the year.',
        '',
        'Annual recurring revenue (ARR) reached €98.2 million, up 21%. Adjusted EBITDA increased 35% to €24.9 million.',
        '',
        'About Fennick: Fennick makes payroll software for small firms.',
        '',
      ].join('\n'),
    },
    {
      name: 'a poll’s answers go on from the poll, on whatever subject, and a date may stand between its verb and its agent',
      text: [
        'Rosa Ortega leads the race for mayor five weeks before the election, with many voters still undecided.',
        '',
        'The survey of 612 likely voters, conducted Sept. 22-26 by Harbor Research Group, found Ortega at 27% support.',
        '',
        'Asked to name the city’s most important issue, 38% of respondents chose housing and 24% chose crime.',
        '',
      ].join('\n'),
    },
    {
      name: 'the writer’s own poll goes on into the paragraphs after it',
      text: [
        'We surveyed 4,012 members in August about their grocery shopping, and most now use self-checkouts.',
        '',
        'The most common complaints about self-checkouts were machines that stopped for staff (63% of users) and items that would not scan (48%).',
        '',
      ].join('\n'),
    },
    {
      name: 'a company’s market value, and a contract’s price per unit with its move',
      text: [
        'The stock has more than doubled this year, giving the company a market value of about $11 billion.',
        '',
        'The March cocoa contract settled at $8,120 a tonne on Tuesday, up 23% since June.',
        '',
      ].join('\n'),
    },
    {
      name: 'a release from a body whose name opens on an abbreviation, with a place after it: its own figures',
      text: [
        'BALLYMORE, 2 May – St Aidan’s Hospice in Ballymore faces a shortfall this year, its chief executive has warned.',
        '',
        'The hospice cared for 1,180 patients last year, including more than 9,000 home visits.',
        '',
        'For interviews, contact St Aidan’s Hospice on 087 214 3396.',
        '',
      ].join('\n'),
    },
    {
      name: 'a story on a company’s update: the company by its first name, and “the group” past one word',
      text: [
        'Umoya Telecom’s data revenue grew at its fastest pace in three years, though a weaker naira hurt its Nigerian unit.',
        '',
        'In an operational update on Tuesday, the Johannesburg-based group said service revenue rose 7.8% to R14.6bn.',
        '',
        'Umoya added 412,000 prepaid customers in the quarter, taking its base to 38.2 million.',
        '',
      ].join('\n'),
    },
    {
      name: 'a prize earned is paid exact',
      text: 'Beaudry, the top Canadian, earned $128,000 and a spot in next month’s invitational.\n',
    },
    {
      name: 'a recipe’s few cans are measures',
      text: 'Stir in 2 cans of chopped tomatoes and simmer.\n',
    },
    {
      name: 'a rule’s bound with a verb of harm is no toll, nor is an exact few harmed',
      text: 'An order for less than a hundred shares is executed by a special broker. Three houses were damaged in the storm.\n',
    },
    {
      name: 'a farm’s hedged acres and a measure with no span are a place’s size',
      text: 'Doug Letendre farms about 1,200 acres of wheat near Pellam. The mine sits around 160km east of the port.\n',
    },
    {
      name: 'a report that criticises, warns or concludes is the source of what it says',
      text: [
        'Payroll costs on the state project ran far over budget, and ministers have ordered a review.',
        '',
        'The 186-page report also criticises the department’s reliance on consultants, who made up 70% of the team.',
        '',
        'The audit office warns that repairs will cost at least €40 million.',
        '',
      ].join('\n'),
    },
    {
      name: 'what “that means” opens is the writer’s inference, however long its clause',
      text: 'That means taxpayers have forked out around £4,500 more than the going rate.\n',
    },
    {
      name: 'a discount is a price’s term',
      text: 'New traders get 50% off rent for their first six months.\n',
    },
    {
      name: 'a rule’s class set by a figure: any project costing more than a sum',
      text: 'The panel wants any IT project costing more than €10 million to be reviewed every six months.\n',
    },
    {
      name: 'a participle’s agent sources the figure of its noun phrase, and a survey’s agent what follows',
      text: [
        'Councils have long missed the 8% benchmark set by the Treasury for repairs.',
        '',
        'A survey conducted by Harbor Research found that 61% of tenants wanted repairs done sooner.',
        '',
      ].join('\n'),
    },
    {
      name: 'a figure in a document named after “in”, and a company that reported',
      text: 'In the plan, 40% of new homes would be affordable. Kopano Mobile reported a loss of 300,000 subscribers.\n',
    },
    {
      name: 'a sum under a million stated exactly or as a cap is a payment or a term',
      text: 'He was also ordered to repay £150,000. The bonus is worth up to £1,000 a year.\n',
    },
    {
      name: 'a party’s costings that put a price at a sum',
      text: 'The party’s election costings put the price at A$640 million.\n',
    },
    {
      name: 'a count cited after a lede with no figure: the story goes on presenting it',
      text: [
        'Britain’s favourite garden visitor is disappearing before our eyes.',
        '',
        'Hedgehog sightings have plunged by a third in five years, according to a major count by volunteers.',
        '',
        'Nearly 14,000 people took part this spring, logging every hedgehog they saw.',
        '',
      ].join('\n'),
    },
    {
      name: 'a demand someone calls on another to meet is the demand’s figure',
      text: 'The Coalition is calling on the Government to guarantee that at least half of that money goes to schools.\n',
    },
    {
      name: 'a named analyst’s own forecast, owned by a pronoun',
      text: 'Tom Ashworth, an analyst at Pelham Stanley, raised his profit forecast to £59.5m from £52m.\n',
    },
    {
      name: 'a closing note on a body the story named at its top, in its own words of itself',
      text: [
        'Harbour Carers wants schools to do more for the young carers in their classrooms.',
        '',
        'The charity wants every school to name a member of staff for young carers.',
        '',
        'Harbour Carers was founded in 1998 and now supports more than 9,000 families across Scotland.',
        '',
      ].join('\n'),
    },
    {
      name: 'a name with an aside in dashes before its verb is no dateline',
      text: [
        'Glenbrack Brewing – the Borders brewer – today announces record sales for its first full year.',
        '',
        'Glenbrack’s turnover rose 31% to £4.2 million.',
        '',
        'For trade enquiries, call Glenbrack on 01896 000 111.',
        '',
      ].join('\n'),
    },
    {
      name: 'a pay deal’s share is its term',
      text: 'Early childhood educators received a government-funded 15 per cent pay rise over two years.\n',
    },
    {
      name: 'a claim about the nation, sourced by the sentence after it',
      text:
        'Nationally, dealers sold nearly 17.3 million new cars last year. ' +
        'The research firm Autowatch expects 16.6 million will be sold this year.',
    },
    {
      name: 'a state’s rate the story compares with is not wider ground',
      text:
        'The county’s report found that 47 percent of third-graders met the reading standard. ' +
        'That was up from 39 percent in 2022 and above the statewide rate of 44 percent.',
    },
    {
      name: '“elsewhere” as a place in a list is not wider ground',
      text:
        'The company expects to raise pay for engineers. ' +
        'About half of the engineers with 15 years of service are in supervision, design or elsewhere.',
    },
    {
      name: 'a survey named past the people it asked and an aside, and its sample',
      text: 'A separate survey of 1,200 residents, carried out for the council by Northgate Research, found 41 per cent in favour of a charge.',
    },
    {
      name: 'the people a survey asked are its sample, not a claim',
      text: 'A poll of more than 2,000 adults is due out in May.',
    },
    {
      name: 'a survey after "But", past a list of the people it asked',
      text: 'But a survey of 1,200 waiters, bar staff and kitchen porters by the Hospitality Workers’ Union found one in four had been unpaid.',
    },
    {
      name: 'the writer’s conclusion opened with “So”',
      text:
        'The line averaged 21,400 boardings a weekday, according to the agency. The forecast was 18,000. ' +
        'So the line is running about 19% ahead of forecast.\n\n' +
        'So roughly 3,100 of the line’s daily riders are people who used to ride the bus.',
    },
    {
      name: 'a sum a named body wants or is seeking',
      text: 'The agency wants $640 million for the extension.\n\nThe union is seeking 7 percent this year.',
    },
    {
      name: 'a sum a named body funds or contributes, and the running total of the sums before it',
      text:
        'The trial is funded with $1.9 million from the government’s Primary Sector Innovation Fund.\n\n' +
        'The Government of Mbesa will contribute US$21.4 million, and a climate fund is providing a grant of US$12 million, ' +
        'bringing the total programme cost to US$218.4 million.',
    },
    {
      name: 'a name that opens the sentence, with “The” or a few words that describe it, before a verb that is no noun',
      text:
        'The Agricultural Societies Council of NSW says premiums have risen by as much as 60 per cent in five years.\n\n' +
        'Ratepayers’ group Aranui Watch says replacing the fleet could cost more than NZ$70 million.\n\n' +
        'Ferrandis expects to make about 6,500 cases of sauvignon.',
    },
    {
      name: 'what a speaker told a named outlet, the clause after the addressee',
      text: 'Its chief executive told Pacific Line the fund now had 20,400 active borrowers.',
    },
    {
      name: 'a release whose issuer welcomes another body’s decision in its lede: the issuer, not the body, is its subject',
      text:
        'Drug Free Sport Aotearoa (DFSA) welcomes the decision of the Sports Disputes Panel to ban a weightlifter for four years.\n\n' +
        'DFSA’s education team delivered sessions to more than 9,000 athletes last year.\n\n' +
        'Athletes with concerns can report them through DFSA’s website or by calling 0800 378 2266.\n',
    },
    {
      name: 'a loan’s terms: its charge, its size, a disbursement, a limit set and each level it is set to, an exchange rate',
      text:
        'The loan carries a service charge of 0.75 per cent a year.\n\n' +
        'Valdoria is midway through a $7.5 billion, 30-month loan program, and a review could unlock a disbursement of about $800 million.\n\n' +
        'Parliament raised the cap to 6 per cent in 2020 and to 8 per cent in 2022.\n\n' +
        'The peso closed Friday at 912.40 per dollar.',
    },
    {
      name: 'a span a project was delayed by, or a road closed for, is no measured change',
      text: 'The project was delayed by 18 months and the road closed for 6 weeks.',
    },
    {
      name: 'an agent a speaker gives, and a decision’s own agent',
      text:
        'The spokesperson said her office had been contacted by dozens of people whose systems failed.\n\n' +
        'Prisoners may walk out when so voted by 51 per cent of the prisoners.',
    },
    {
      name: 'a body’s data as the subject, with its agent, goes on into the next paragraph',
      text:
        'Figures obtained by the Courier under freedom of information laws show the camera caught 113 motorists a day.\n\n' +
        'That is almost three times as many as the next camera on the list, which snared 14,902 drivers.\n',
    },
    {
      name: 'a minimum with its noun between it and the figure',
      text: 'The clearance letter sets a minimum survival rate of 70 per cent for the planted mangroves.',
    },
    {
      name: 'a sum a project was paid for with, or financed with, from a named fund',
      text:
        'The market hall was paid for with £4.1 million from the government’s Town Deal fund.\n\n' +
        'The bridge was financed with $90 million from the state’s transport fund.',
    },
    {
      name: 'a name with a hyphen inside it that opens the sentence',
      text: 'The Inter-American Health Agency says more than 3.4 million cases have been recorded in the Americas this year.',
    },
    {
      name: 'a body’s estimate in a relative clause, its subject taken by “which”',
      text: 'Last year’s price cut, which the company estimates saved customers NZ$2.6 million, is being repeated.',
    },
    {
      name: 'a body that values something at a sum',
      text: 'The county tax office values the seafront homes at more than $900 million.',
    },
    {
      name: 'an inquiry with its owner that finds',
      text:
        'Council testing of 640 private bores found about 9 percent had nitrate levels above the standard.\n\n' +
        'Water company sampling of 300 beaches found about 12 percent failed the standard.',
    },
    {
      name: 'what the writer’s own organisation reckons',
      text: 'We reckon the new roof will cost around £12,000.',
    },
    {
      name: 'a discount or a rebate is a term',
      text: 'Many kennels offer a discount of 10 per cent for early bookings, and the council a rebate of 25 per cent.',
    },
    {
      name: 'a release by a body whose name runs through “of the”, and a sentence on its possessive after one on its name',
      text: MUSEUM_RELEASE,
    },
    {
      name: 'a scheme a council endorsed or adopted, with what it includes',
      text: 'Councillors have endorsed a £214 million framework to remodel the town centre, including up to 1,150 homes and a new square.',
    },
    {
      name: 'a decision’s second complement, joined by “and that”',
      text: 'The committee also recommended that firms be barred for up to five years, and that the Auditor-General be given an extra $6 million a year.',
    },
    {
      name: 'a share of a team’s games or points is a result, not a statistic',
      text: 'The Rovers won half of their games at home, and half of the points came late.',
    },
    {
      name: 'a measure nobody is said to have estimated is a size',
      text: 'The farm covers 30,000 hectares.',
    },
    {
      name: 'what one thing costs, with no average, is a price',
      text: 'A night in the presidential suite costs €3,000.',
    },
    {
      name: 'a company’s accounts, and officials who speak in a relative clause',
      text:
        'Pre-tax profit rose to £4.1 million, the firm’s latest accounts show.\n\n' +
        'Pre-tax profit was £4.1 million in the year to March, according to its accounts.\n\n' +
        'About 40% of claims are paid late, a figure that officials say is improving.',
    },
    {
      name: 'a release’s closing note on its issuer, after “About …:” and “Founded in …,”',
      text: [
        'Brightwater results',
        '',
        'Dublin, 3 March 2026 – Brightwater Software plc today announces its results for the year.',
        '',
        'The board will propose a final dividend.',
        '',
        'About Brightwater: Founded in Galway in 2009, Brightwater provides accounting software to more than 600,000 small businesses in Ireland and the UK.',
        '',
      ].join('\n'),
    },
    {
      name: 'a release’s undertaking named again with “The” (“The project employed …”), its lede naming it',
      text: DEMINING_RELEASE,
    },
    {
      name: 'a release’s lede whose subject is followed by “today” and a past verb, and the lede’s line named again',
      text: LINE_RELEASE,
    },
    {
      name: 'a worked example opened by “Run the numbers”',
      text: 'Run the numbers on a $10,000 emergency fund and the gap is hard to ignore. At 3.95%, you’d earn roughly $395 in a year before tax.',
    },
    {
      name: 'the items of a list with no bullets, each ending on a semicolon after a lead-in’s colon',
      text: DEMANDS_LIST,
    },
    {
      name: 'what a term noun covers or pays, told in its relative clause',
      text: 'The paper claims a federal tax credit, which covers 35 per cent of eligible newsroom salaries.',
    },
    {
      name: 'a name that values something at a sum, after a relative pronoun',
      text: 'The land the branches sit on, which Tully values at around $14 million, stays in the trust.',
    },
    {
      name: 'a market’s move told again of it by its pronoun, in the sentence after its price',
      text: 'Umoya’s shares rose 4.6% to R128.40 on the JSE on Tuesday. They still trade about 35% below their 2019 peak.',
    },
    {
      name: 'a price per unit at auction is the sale’s record',
      text: 'A year ago, average auction prices were hovering around ₹1,750 a kg.',
    },
    {
      name: 'a rate joined to a term’s rate by “up from” is the term’s',
      text: 'Employees will pay 6%, up from 5%, and employers will pay 4%.',
    },
    {
      name: 'a change by a multiple with its source beside it',
      text: "Crowds at the county's speedway meetings have roughly halved since the mid-2000s, the promoters' association said.\n",
    },
    {
      name: 'doubling with an object is an act or a plan, not a measured change',
      text: 'The trustees doubled the prize money in 2019, and the council has set a target of doubling the number of grants by 2027.\n',
    },
    {
      name: 'a batter who doubled to right is no change',
      text: 'Breeding doubled to right center in the first inning, and Hinton tripled to the corner in the sixth.\n',
    },
    {
      name: 'a stock that doubled is market data',
      text: 'The stock has more than doubled this year.\n',
    },
    {
      name: 'a verb of doubling in another sense',
      text: 'The old hall doubled as a cinema, and the groups doubled or tripled their efforts after the war.\n',
    },
    {
      name: "a release's issuer past its relative clause, and its boilerplate's possessive",
      text:
        'Ardloe, 2 June 2025 – Tessaly Devices, a maker of hearing implants, today announced a €40 million plant in Ardloe that will create 200 jobs.\n\n' +
        'The 8,000 square metre plant will make sound processors for export to more than 30 markets. Building work starts in the autumn.\n\n' +
        'The new roles include engineers, technicians and operators, and hiring begins at once.\n\n' +
        'Tessaly, which is based in Denmark, employs more than 4,800 people in nine countries and had revenue of $1.1 billion in 2024.\n\n' +
        'Speaking at the launch, chief executive Ana Holm said: "Ardloe gives us room to grow."\n\n' +
        'Enterprise minister Paul Deane said: "This is a vote of confidence in the region."\n\n' +
        'Tessaly will hold a recruitment evening at the Ardloe Arms Hotel on 12 June from 6pm.\n\n' +
        'Founded in 1998, Tessaly Devices designs and manufactures implants for severe hearing loss. Its implants are used in more than 1.5 million operations each year.\n',
    },
    {
      name: 'an estimate with its estimator named is sourced',
      text: 'The club wants a new stand, a project its engineers have estimated would cost $38 million.\n',
    },
    {
      name: 'a name with a plural possessive inside it, as a speaker',
      text: "The Kestrel Valley Fruit Growers' Association says its 40 member farms cover about 2,800 hectares, and that members have planted more than 80,000 new trees over the past five winters.\n",
    },
    {
      name: "a name's estimate with what it estimates after it",
      text: "The Beekeepers' Federation of Otago estimates the honey crop for the season at 9,500 tonnes, down from 13,000 tonnes the year before.\n",
    },
    {
      name: "a relative clause's subject that puts a crowd at a figure",
      text: 'The society marked the reopening with a flotilla and a crowd that organisers put at well over 3,000 lining the banks.\n',
    },
    {
      name: "a relative clause's subject that estimates, actively",
      text: 'A crowd that police estimated at more than 6,000 people marched to the square on Saturday.\n',
    },
    {
      name: 'a closing attribution by a determined noun and a verb that is a noun as often',
      text: "In field trials the probe's readings matched laboratory tests to within 0.3 pH units in 92 per cent of cases, the team reports in the paper.\n",
    },
    {
      name: "the level a term's change reaches is the term's",
      text: 'The statutory minimum wage in the southern zone rose 6% in July to 4.68 million dong ($184) a month.\n',
    },
    {
      name: 'a count "at the last census" is the census\'s',
      text: 'The new line gives Kilbeg, a town of 6,318 people at the last census, a direct rail link to the city.\n',
    },
    {
      name: "a list's items with no bullets under a title that names its source",
      text:
        "The institute's annual report was published on Monday.\n\n" +
        'Key findings of the report:\n\n' +
        '31 councils cut their library budgets in 2024, compared with 19 in 2023.\n\n' +
        'More than 420,000 children joined a summer reading scheme.\n\n' +
        'Nearly one in four branches now opens fewer than 20 hours a week.\n',
    },
    {
      name: "an owner's survey with a word of description between",
      text: "The consultation closed in May. 1,180 people filled in the council's online survey and 68% backed the order. But only 41% supported the rule on groups.\n",
    },
    {
      name: 'figures provided by a body are its own',
      text: 'Figures provided to the paper by the health ministry show that 4,100 patients waited more than a year.\n',
    },
    {
      name: 'plans in the plural with an owner are a document',
      text: "Under the council's plans, 1,200 homes would be built on the old airfield by 2030.\n",
    },
    {
      name: "a share the figures beside it make is the writer's arithmetic",
      text: 'Tax relief softens the blow. A basic-rate taxpayer gets back 20% of what they pay in, so every £100 that goes into the pot costs only £80 in take-home pay.\n',
    },
    {
      name: "a batter's doubles and triples are no change",
      text: 'Boehmer was 4-for-5 with two doubles, Ritchie had a triple, and Three were doubles in the sixth.\n',
    },
    {
      name: 'an adjective "double" is no change',
      text: 'She booked a double room, and wages there are nearly double those across the border.\n',
    },
    {
      name: 'a hedged count under a dozen, named before it, kept since a date',
      text: 'Small mills have struggled, and at least six have closed since 2015.\n',
    },
    {
      name: 'a hedged count of things before a month is not set across a land',
      text: 'About 30 boats moored in the harbour in March.\n',
    },
    {
      name: 'a hedged measure in a named place is no record',
      text: 'Crews will spray about 20,000 hectares in Kerrow next month.\n',
    },
    {
      name: 'a share of one thing in a named place is a measure',
      text: 'The new depot covers about a third of a square mile in Castlebridge.\n',
    },
    {
      name: "a bond yield's move in basis points is market data",
      text: 'The yield on the ten-year bond is up about 40 basis points since June.\n',
    },
    {
      name: 'a hedged wage a year is a term',
      text: 'The job pays about $60,000 a year.\n',
    },
    {
      name: 'an exact sum in the millions a year that a deal pays is a term',
      text: 'The contract pays the firm $3 million a year.\n',
    },
    {
      name: "an index named before its average is a market's",
      text: 'The Nikkei average fell 1.2% and the Hang Seng lost 0.8% on Tuesday.\n',
    },
    {
      name: "a treasury's bills are a market's",
      text: 'Treasury bills rose 0.4% on Tuesday, and bonds fell 0.2%.\n',
    },
    {
      name: "one bill's sum is a price",
      text: 'The wake left them with a catering bill of almost $1,400 for 80 guests.\n',
    },
    {
      name: "a first-person piece: a plural at a sentence's start is no land's people",
      text:
        'I grew up in Corliss Springs, and I have lived through my share of storms. My father taught me to watch the sky, and I still do.\n\n' +
        'I was at my kitchen table when the sirens went off. My neighbour and I ran for the storm cellar, and I held my dog the whole time.\n\n' +
        'Members of the storm club number about 1,400 now.\n\n' +
        'I think about my town every spring now. I check my radio, I charge my phone and I keep my shoes by my bed.\n',
    },
    {
      name: "a sentence on the report's own ground, past its paragraph's opener",
      text:
        'Homes bill climbs in Marlow\n\n' +
        'Marlow Council spent £4.1m on temporary housing last year, according to a report to its cabinet.\n\n' +
        'The report says 312 households were in temporary homes at the end of March, including 190 families with children.\n\n' +
        'The squeeze is not unique to Marlow. In Marlow, more than 2,000 people are now in temporary homes.\n',
    },
    {
      name: "a report named with its owner's pronoun and two words between sources its sentence",
      text: 'The ombudsman upheld 58% of mobile complaints in its last annual report.\n',
    },
    {
      name: "a lede's exact count, sourced by the next paragraph's speaker",
      text:
        'Measles spreads in county schools\n\n' +
        'Measles has now infected 84 children at six schools in Harlow County.\n\n' +
        'County health director Dr Ana Ruiz said on Monday that most of the children had not been vaccinated.\n',
    },
    {
      name: 'a measure in the passive with its agent names it',
      text: 'The gap was measured by the housing ministry at 2 million homes.\n',
    },
  ],
  invalid: [
    {
      name: 'a source in the next paragraph that brings figures of its own does not reach back',
      text:
        'Around 300 people have died in ferry accidents in the country over the past decade.\n\n' +
        'In 2019 a ferry sank on a nearby route, killing 62 people, according to a government inquiry.\n',
      findings: [{ text: '300 people' }],
    },
    {
      name: 'temperatures are no recipe',
      text: [
        'Hallam hits 38.7C',
        '',
        'Forecasters expect 36C today.',
        '',
        'Tomorrow 34C, then 31C on Friday.',
        '',
        'Nights will stay above 20C.',
        '',
        'An estimated 2,800 people died during the last major heatwave.',
        '',
      ].join('\n'),
      findings: [{ text: '2,800 people' }],
    },
    {
      name: 'a percentage of posts across a county is no size',
      text: 'Roughly 11 per cent of nursing posts across the county are vacant.',
      findings: [{ text: '11 per cent of nursing posts' }],
      options: { likely: 'warning' },
    },
    {
      name: '"Studies show" names no study',
      text: 'Studies show that people who sleep less than six hours are four times as likely to catch a cold.',
      findings: [{ text: 'four times' }],
    },
    {
      name: 'a percentage before a comparison is a difference measured',
      text: 'Chronic short sleep has been linked to a 45% higher risk of heart disease.',
      findings: [{ text: '45% higher risk' }],
      options: { likely: 'warning' },
    },
    {
      name: 'a sum somebody unnamed believes it was',
      text: 'The terms were confidential, but the payout is believed to have been about $40,000.',
      findings: [{ text: '$40,000' }],
      options: { likely: 'warning' },
    },
    {
      name: 'a deficit estimated at a sum, by nobody named',
      text: 'The group also carries a pension deficit estimated at about £45m.',
      findings: [{ text: '£45m' }],
    },
    {
      name: 'a national average is no market',
      text: 'Only 64 per cent of trains now arrive on time, compared with a national average of around 80 per cent.',
      findings: [{ text: '64 per cent of trains' }],
    },
    {
      name: '"showed" with no source before it is no source',
      text: 'More than 20,000 teachers marched through the city as a strike that has shut its schools showed no sign of ending.',
      findings: [{ text: '20,000 teachers' }],
    },
    {
      name: 'a fortune someone thought it to be',
      text: 'She was thought to be worth about £310 million at the time of her death.',
      findings: [{ text: '£310 million' }],
    },
    {
      name: 'a vague amount sourced once is no source for the same amount of something else',
      text:
        'The ministry issued tens of thousands of permits last year, according to its statistics.\n\n' +
        'Tens of thousands of jobs depend on the harvest.\n',
      findings: [{ text: 'Tens of thousands of jobs' }],
    },
    {
      name: 'a sum a year that nobody pays or earns',
      text: 'The valley’s growers contribute close to £400 million a year to the regional economy.',
      findings: [{ text: '£400 million' }],
    },
    {
      name: 'what a market is worth is its size',
      text: 'The pet insurance market is worth about $9 billion a year.',
      findings: [{ text: '$9 billion' }],
    },
    {
      name: 'a change by a share with a hedge',
      text: 'The county’s apple harvest has shrunk by more than half since the 1980s.',
      findings: [{ text: 'half' }],
    },
    {
      name: 'a ratio inside product copy is still a claim',
      text: [
        ...SHOPPING.split('\n').slice(0, 4),
        'Nine in ten students now take a laptop to lectures.',
        '',
        ...SHOPPING.split('\n').slice(4),
      ].join('\n'),
      findings: [{ text: 'Nine in ten students' }],
    },
    {
      name: 'a share of people, or a claim over a land and years, inside product copy is still a claim',
      text: [
        ...SHOPPING.split('\n').slice(0, 4),
        'About a quarter of shoppers now buy a desk lamp online every year.',
        '',
        'An estimated 22 million returned lamps end up in landfill across Europe each year.',
        '',
        ...SHOPPING.split('\n').slice(4),
      ].join('\n'),
      findings: [{ text: 'a quarter of shoppers' }, { text: '22 million returned lamps' }],
    },
    {
      name: 'a report on one subject does not cover a figure on another two paragraphs on',
      text:
        'Property taxes will rise by about $96 for the average homeowner, according to an analysis by the budget office. Commercial rates are unchanged.\n\n' +
        'Linwood’s population has grown by nearly 60,000 people since 2015.\n',
      findings: [{ text: '60,000 people' }],
    },
    {
      name: 'a decision in the sentence beside a count does not source it',
      text: 'Roughly 41,000 homes in the district still take water through lead pipes. Federal rules require the city to replace all of them by 2037.',
      findings: [{ text: '41,000 homes' }],
      options: { likely: 'warning' },
    },
    {
      name: 'a budget’s own sum beside an agentless estimate does not source it',
      text: 'Replacing the sewers is estimated at $640 million. The budget sets aside $22 million for the work this year.',
      findings: [{ text: '$640 million' }],
    },
    {
      name: 'a reporting participle used as an adjective is no source',
      text: 'Phone scams are the fastest-growing fraud in the state, with reported losses up 31 percent last year.',
      findings: [{ text: '31 percent' }],
    },
    {
      name: '"It is estimated that" names an estimate, not the writer’s arithmetic',
      text: 'It is estimated that fewer than one in ten homeowners in the valley carry flood insurance.',
      findings: [{ text: 'one in ten homeowners' }],
    },
    {
      name: 'a paragraph of the story before a recipe is still the story',
      text: [
        'Sweet bakes account for roughly 40 percent of a small café’s takings, and the margin on a home-made slice is far higher than on a bought one.',
        '',
        ...INGREDIENTS,
      ].join('\n'),
      findings: [{ text: '40 percent of a small café’s' }],
    },
    {
      name: 'a share written with no leading zero',
      text: 'Unemployment in the valley rose .5 percent last month.',
      findings: [{ text: '.5 percent' }],
    },
    {
      name: 'casualties',
      text: 'The earthquake killed 2,300 people in the region.',
      findings: [{ text: '2,300 people', message: '"2,300 people"' }],
    },
    {
      name: 'civilian deaths with an adjective between',
      text: 'The siege has caused over 6,800 civilian deaths.',
      findings: [{ text: '6,800 civilian deaths' }],
    },
    {
      name: 'tens of thousands of protesters',
      text: 'Tens of thousands of protesters filled the square on Sunday.',
      findings: [{ text: 'Tens of thousands of protesters' }],
    },
    { name: 'a third of voters', text: 'A third of voters stayed home.', findings: [{ text: 'A third of voters' }] },
    {
      name: 'a share of a body of people',
      text: 'Roughly a quarter of the workforce is over 60.',
      findings: [{ text: 'a quarter of the workforce' }],
    },
    {
      name: 'a group named by a capitalised word after a verb of arrest',
      text: 'Police detained 300 Kurds overnight.',
      findings: [{ text: '300 Kurds' }],
    },
    {
      name: 'an actor’s decision covers its own clause, not the clause beside it',
      text: 'One in four village shops has closed, and the trade body has called for help.',
      findings: [{ text: 'One in four village shops' }],
    },
    {
      name: 'an actor’s request covers what it asks for, not the figure before it',
      text: 'Several thousand nurses rallied, asking for better pay.',
      findings: [{ text: 'Several thousand nurses' }],
    },
    {
      name: 'a cost to an economy is a damage estimate, not a price',
      text: 'Potholes cost the county’s economy about $3 million a month.',
      findings: [{ text: '$3 million' }],
    },
    {
      name: '"an estimated" sum is no price',
      text: 'Shoplifting cost retailers an estimated $2 billion.',
      findings: [{ text: '$2 billion' }],
    },
    { name: 'a plural subject that reaches a level', text: 'Complaints reached 3,600 last year.', findings: [{ text: '3,600' }] },
    {
      name: 'a conjunction ends a document phrase',
      text: 'Rents have climbed 20 percent in two years and energy bills have doubled.',
      findings: [{ text: '20 percent' }],
    },
    {
      name: '"that" after a verb opens a clause, not a back-reference',
      text: 'Inspectors noticed that 30 percent of the invoices were paid twice.',
      findings: [{ text: '30 percent of the invoices' }],
    },
    {
      name: 'a paragraph after a colon with no source is not introduced',
      text: 'The engineer walked the bridge. It has two problems:\n\nAbout 40 percent of the deck must be replaced.\n',
      findings: [{ text: '40 percent of the deck must', line: 2 }],
    },
    { name: 'an average', text: 'Tenants wait an average of 38 weeks for a repair.', findings: [{ text: '38 weeks' }] },
    {
      name: 'a change by a share',
      text: 'Bird numbers have fallen by two-thirds since 1990.',
      findings: [{ text: 'two-thirds' }],
    },
    {
      name: 'a level reached by a subject past its prepositional phrase',
      text: 'Burglaries in the old town rose to 1,140 last year.',
      findings: [{ text: '1,140' }],
    },
    {
      name: 'a speaker in a clause joined after the figure speaks to their own clause',
      text: 'Fraud in the county has risen 25 percent, and shopkeepers say they feel ignored.',
      findings: [{ text: '25 percent' }],
    },
    {
      name: 'a framing opener does not make a statistic the writer’s arithmetic',
      text: 'For context, the average household spends 40 percent of its income on rent.',
      findings: [{ text: '40 percent of its income' }],
    },
    {
      name: 'a share of an electorate',
      text: 'Older voters make up roughly two-thirds of the county’s Republican electorate.',
      findings: [{ text: 'two-thirds of the county’s Republican electorate' }],
    },
    {
      name: 'a share of a headcount',
      text: 'More than a third of the mill’s 8,400 employees will lose their jobs.',
      findings: [{ text: 'a third of the mill’s 8,400 employees' }],
    },
    { name: 'money', text: 'The city spent $4.5 million on new roads last year.', findings: [{ text: '$4.5 million' }] },
    { name: 'a percentage', text: 'Unemployment rose to 7.2% in March.', findings: [{ text: '7.2%' }] },
    { name: 'words as numbers', text: 'Two million people live in the valley.', findings: [{ text: 'Two million people' }] },
    { name: 'hundreds of', text: 'Hundreds of families lost their homes.', findings: [{ text: 'Hundreds of families' }] },
    {
      name: 'hundreds of them',
      text: 'Nurses sang as hundreds of them lined the corridor.',
      findings: [{ text: 'hundreds of them' }],
    },
    {
      name: 'several thousand',
      text: 'Several thousand nurses wearing green scrubs blocked the ring road.',
      findings: [{ text: 'Several thousand nurses' }],
    },
    {
      name: 'a crowd named as the addressee of "told"',
      text: 'The party chief told a few thousand farmers that prices must rise.',
      findings: [{ text: 'a few thousand farmers' }],
    },
    {
      name: 'a rate',
      text: 'The crime rate stands at 12 per 100,000 residents.',
      findings: [{ text: '12 per 100,000 residents' }],
    },
    { name: 'a percentage in words', text: 'Turnout fell by five percent.', findings: [{ text: 'five percent' }] },
    {
      name: 'a small casualty count',
      text: 'Three people were killed when the roof collapsed.',
      findings: [{ text: 'Three people' }],
    },
    {
      name: 'diagnosed people',
      text: 'Up to a dozen children are diagnosed with the fever every summer.',
      findings: [{ text: 'a dozen children' }],
    },
    { name: 'a count after the verb', text: 'The storm killed at least 12.', findings: [{ text: '12' }] },
    { name: 'arrests', text: 'Police closed the bridge, arresting 185 people.', findings: [{ text: '185 people' }] },
    { name: 'a ratio', text: 'One in five adults smokes.', findings: [{ text: 'One in five adults' }] },
    { name: 'a vague count alone', text: 'Thousands fled the city overnight.', findings: [{ text: 'Thousands' }] },
    {
      name: 'a release still needs a source for what it says of the world',
      text: [
        'Tarnlow Mills opens new dye house',
        '',
        'Textile firm Tarnlow Mills has opened its new £6 million dye house in Halstead.',
        '',
        'Around 4,000 people in the county work in textiles.',
        '',
        'About Tarnlow Mills: the firm was founded in 1911. For trade enquiries, call 01787 555 301.',
        '',
      ].join('\n'),
      findings: [{ text: '4,000 people' }],
    },
    {
      name: 'the same story with no issuer at its end',
      text: [
        'Tarnlow Mills opens new dye house',
        '',
        'Textile firm Tarnlow Mills has opened its new £6 million dye house in Halstead.',
        '',
        'Tarnlow’s sales rose 18% to £41 million last year.',
        '',
      ].join('\n'),
      findings: [{ text: '£6 million' }, { text: '18%' }],
    },
    {
      name: 'a helpline at a story’s end is no issuer',
      text: [
        'Health officials in Dunmere County have closed two schools after a flu outbreak.',
        '',
        'The county’s last large outbreak, in 2019, infected more than 400 people.',
        '',
        'Parents with questions can call the county health hotline on 0800 720 415.',
        '',
      ].join('\n'),
      findings: [{ text: '400 people' }],
    },
    {
      name: 'a list under a line that names no source',
      text: [
        'The changes this year:',
        '',
        '- 40% more rough sleepers in the city centre;',
        '',
        '- 1,200 more families in temporary homes.',
        '',
      ].join('\n'),
      findings: [{ text: '40%' }, { text: '1,200 more families' }],
    },
    {
      name: 'a rate of a kind of loan is no product’s rate when no rate word follows it',
      text: 'Average rates on payday loans rose by 12% last year, and most lenders kept their fees.',
      findings: [{ text: '12%' }],
    },
    {
      name: 'a change beside a share won is still a change',
      text: 'Election night\n\nHe won 52 percent in 2019, and turnout in the district has fallen 8 percent since.\n',
      findings: [{ text: '8 percent' }],
    },
    {
      name: 'a count with its scale written against the digits, of people named colloquially',
      text: 'Loans boom\n\nAround 1.6million Brits took out a payday loan last year.\n',
      findings: [{ text: '1.6million Brits' }],
    },
    {
      name: 'a sum with its currency in letters',
      text: 'Storm damage\n\nFarmers lost about Sh18 million in crops when the river burst its banks.\n',
      findings: [{ text: 'Sh18 million' }],
    },
    {
      name: 'ratios written with "every" or with their noun between',
      text: 'Bus firm struggles to keep staff\n\nTurnover is high: roughly one driver in seven leaves within a year.\n\nBudget shops now take about one in every eight pounds spent on groceries.\n',
      findings: [{ text: 'one driver in seven' }, { text: 'one in every eight pounds' }],
    },
    {
      name: 'a count whose noun has an adjective in "-ly"',
      text: 'Air pollution is linked to around 36,000 early deaths a year.\n\nSome 2,000 elderly residents live alone in the district.\n',
      findings: [{ text: '36,000 early deaths' }, { text: '2,000 elderly residents' }],
    },
    {
      name: 'expecting is no source without a subject that can be one',
      text: 'Not everyone expects the slump to last.\n\nThe spring rush typically lifts bookings by 12% in the weeks before Easter.\n',
      findings: [{ text: '12%' }],
    },
    {
      name: 'a survey named in another clause does not find this clause’s figure',
      text: 'The survey closed in May, and about 40 percent of households found new homes.',
      findings: [{ text: '40 percent of households' }],
    },
    {
      name: 'a vague amount of things kept as a tally by the year',
      text: 'The region records hundreds of small tremors a year, most too weak to feel.',
      findings: [{ text: 'hundreds of small tremors' }],
    },
    {
      name: 'a vague amount of things counted since a date',
      text: 'Hundreds of bus routes have been cut since the pandemic.',
      findings: [{ text: 'Hundreds of bus routes' }],
    },
    {
      name: 'a vague amount of things across a country',
      text: 'Across the country, hundreds of village halls have closed their doors.',
      findings: [{ text: 'hundreds of village halls' }],
    },
    {
      name: 'a multiple of a rate',
      text: 'The airline is losing pilots at roughly twice the rate of other carriers.',
      findings: [{ text: 'twice' }],
    },
    {
      name: 'an amount seized',
      text: 'Customs officers seized 2.4 metric tons of cigarettes.',
      findings: [{ text: '2.4 metric tons' }],
    },
    {
      name: '"an estimated" names no source',
      text: 'An estimated 10,000 people attended the rally.',
      findings: [{ text: '10,000 people' }],
    },
    {
      name: 'an agentless passive names no source',
      text: 'Fishing revenue is estimated at $12.8 billion this year.',
      findings: [{ text: '$12.8 billion' }],
    },
    {
      name: '"was reported" names no source',
      text: 'A case of measles was reported last week, after two pupils were diagnosed with it.',
      findings: [{ text: 'two pupils' }],
    },
    {
      name: 'a source word in another sense',
      text: 'Viewers spent 40 percent more time on streaming. TV shows were the main draw.',
      findings: [{ text: '40 percent' }],
    },
    {
      name: 'an effort by a company is no source',
      text: 'More than 4,000 workers will lose their jobs. The layoffs come as part of a drive by the company to cut costs.',
      findings: [{ text: '4,000 workers' }],
    },
    {
      name: 'a reporting verb sources its complement, not a relative clause before it',
      text: 'The bank, which is set to shed thousands of jobs, confirmed on Friday that auditors had visited it.',
      findings: [{ text: 'thousands of jobs' }],
    },
    {
      name: 'a loss used as an adjective',
      text: 'The club posted a $2.3 million loss for the season.',
      findings: [{ text: '$2.3 million' }],
    },
    {
      name: 'one finding per sentence, on the most telling figure',
      text: 'The city spent $450,000 and 300 workers were injured.',
      findings: [{ text: '300 workers' }],
    },
    {
      name: 'attribution two sentences away does not count',
      text: 'The report came out on Monday. It was long. The valley lost 5,000 jobs.',
      findings: [{ text: '5,000 jobs', line: 0 }],
    },
    {
      name: 'attribution in another paragraph does not count',
      text: 'The labour office published its report on Monday.\n\nThe valley lost 5,000 jobs.\n',
      findings: [{ text: '5,000 jobs', line: 2 }],
    },
    {
      name: 'a speaker tagged to a quotation in the next paragraph sources the quotation only',
      text: 'Soldiers held 550 workers inside the mill.\n\n“We will not leave,” the union rep said.\n',
      findings: [{ text: '550 workers', line: 0 }],
    },
    {
      name: 'a lede whose next paragraph names no source',
      text: 'Several thousand nurses marched on the capitol on Tuesday.\n\nThe rally was the largest of the year.\n',
      findings: [{ text: 'Several thousand nurses', line: 0 }],
    },
    {
      name: 'a lead-in covers what continues it, not a new topic',
      text:
        'According to the county report, 12,000 homes lost power.\n\n' + 'Elsewhere, the river flooded 3,000 homes downstream.\n',
      findings: [{ text: '3,000 homes', line: 2 }],
    },
    {
      name: 'a story whose lede source is not named again',
      text:
        'Home sales fell in October, according to Realty Facts data.\n\n' +
        'Builders are nervous.\n\n' +
        'Condo sales dropped 12 percent in the suburbs.\n',
      findings: [{ text: '12 percent', line: 4 }],
    },
    {
      name: 'a report scope ends where the story names no report',
      text:
        'A new survey by Acme Polling was published.\n\n' +
        'Half of the voters want change.\n\n' +
        Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} goes on.\n\n`).join('') +
        'Later, 40 percent of farmers stayed home.\n',
      findings: [{ text: '40 percent of farmers', line: 28 }],
    },
    {
      name: 'a different figure is not a restatement',
      text: 'The ministry said 2,300 people died on the roads.\n\nFor weeks after, 2,500 deaths were all anyone talked about.\n',
      findings: [{ text: '2,500 deaths', line: 2 }],
    },
    {
      name: 'a figure outside a quotation that ends the sentence',
      text: 'The city spent $4.5 million on what the council calls “a bridge to nowhere.”',
      findings: [{ text: '$4.5 million' }],
    },
    {
      name: 'a table figure in prose is still a statistic',
      text: `${TABLE}\nTicket prices rose 48% this season.\n`,
      findings: [{ text: '48%', line: 6 }],
    },
    {
      name: 'a statistic before a recipe is still a statistic',
      text: `Bakeries sold 2 million loaves last year.\n\n${RECIPE}`,
      findings: [{ text: '2 million loaves', line: 0 }],
    },
    {
      name: 'a statistic in news copy with one price',
      text: 'The lamp costs $24.99.\n\nSales of lamps rose 30 percent this year.\n',
      findings: [{ text: '30 percent', line: 2 }],
    },
    {
      name: 'a statistic in news that gives a price now and then is still a statistic',
      text: [
        'Bread costs $3.49 at the corner shop.',
        ...Array.from({ length: 17 }, (_, i) => `Neighbours talked about the plan for street ${String.fromCharCode(65 + i)}.`),
        'Fares are $2.75 a ride this spring.',
        ...Array.from({ length: 8 }, (_, i) => `The council heard from the people of ward ${String.fromCharCode(65 + i)}.`),
        'Rents in the county rose 12 percent last year.',
        ...Array.from({ length: 8 }, (_, i) => `The mayor walked through the market of ward ${String.fromCharCode(75 + i)}.`),
        'Milk is $1.99 a litre at the market.',
        ...Array.from({ length: 17 }, (_, i) => `The school board looked at the plan for lane ${String.fromCharCode(65 + i)}.`),
        'Stamps cost $0.68 each at the post office.',
        '',
      ].join('\n\n'),
      findings: [{ text: '12 percent', line: 54 }],
    },
    {
      name: 'a statistic in a first-person line of a news story',
      text: 'Officials met on Monday.\n\nI counted the crowd myself.\n\nAbout 14,000 people have fled the valley since May.\n',
      findings: [{ text: '14,000 people', line: 4 }],
    },
    {
      name: 'CRLF',
      text: 'Rents rose 14 percent last year.\r\n\r\nThe council met on Monday.\r\n',
      findings: [{ text: '14 percent', line: 0 }],
    },
    {
      name: 'a list item with no lead-in',
      format: 'markdown',
      text: 'The storm hit at night.\n\n- 5,000 homes lost power\n',
      findings: [{ text: '5,000 homes', line: 2 }],
    },
    {
      name: 'the same line in sentence case is prose',
      text: `${LONG_LINE}\nHundreds of families returned home after the floods\n${TEASER_LINE}\n`,
      findings: [{ text: 'Hundreds of families', line: 1 }],
    },
    {
      name: 'a user cue is literal, not a pattern',
      text: 'Unemployment in the bloc rose to 7.2% (ONSS).',
      options: { attributionCues: ['ONS*'] },
      findings: [{ text: '7.2%' }],
    },
    {
      name: 'an unsourced figure told again is reported once, at its first mention',
      text: 'Floods left 4,000 families homeless in the valley.\n\nA winter in tents awaits 4,000 families unless the roads reopen.\n',
      findings: [{ text: '4,000 families', line: 0 }],
    },
    {
      name: 'a count of people that looks like a year',
      text: 'About 1822 people moved to the plateau.',
      findings: [{ text: '1822 people' }],
    },
    {
      name: 'the same estimate, not the writer’s',
      text: 'Some 4 million households keep a boat.',
      findings: [{ text: '4 million households' }],
    },
    {
      name: 'what did happen',
      text: 'The siege dragged on for months, with many thousands killed in both towns.',
      findings: [{ text: 'thousands' }],
    },
    {
      name: 'a year within a generation of the story’s is news',
      text: 'The canal opened in 1958.\n\nIn the summer of 1951 some 40,000 workers dug the first cut.\n',
      findings: [{ text: '40,000 workers', line: 2 }],
    },
    {
      name: 'a sentence back in the present after a dated one',
      text: 'The canal opened in 1958.\n\nIn 1921 the first cut was dug. Today its owners spend $4 million on it.\n',
      findings: [{ text: '$4 million', line: 2 }],
    },
    {
      name: 'a span since an old year reaches now',
      text: 'The canal opened in 1958.\n\nSince 1921 some 40,000 workers have dug the cut.\n',
      findings: [{ text: '40,000 workers', line: 2 }],
    },
    {
      name: 'a count after "of" is no year',
      text: 'The fair opened in 1958.\n\nA total of 1920 families moved to the valley.\n',
      findings: [{ text: '1920 families', line: 2 }],
    },
    {
      name: 'tens of millions are counted',
      text: 'Tens of millions of commuters lost service in the storm.',
      findings: [{ text: 'Tens of millions of commuters' }],
    },
    {
      name: 'a range that climbs past a price',
      text: 'Losses ranged from $500 to $50,000 per farm.',
      findings: [{ text: '$50,000' }],
    },
    {
      name: 'a few hundred people acted on',
      text: 'Floodwater cut off the mall, trapping 700 shoppers inside.',
      findings: [{ text: '700 shoppers' }],
    },
    {
      name: 'a few hundred people acted on, in the passive',
      text: 'Roughly 300 officers were deployed to the border.',
      findings: [{ text: '300 officers' }],
    },
    {
      name: 'a share of voters',
      text: 'About 14 per cent of the voters backed the coalition.',
      findings: [{ text: '14 per cent of the voters' }],
    },
    {
      name: 'a share of residents',
      text: 'More than half the residents left the island.',
      findings: [{ text: 'half the residents' }],
    },
    {
      name: 'a sum that is no sale',
      text: 'The clock drew $1.4 million in donations last week.',
      findings: [{ text: '$1.4 million' }],
    },
    { name: 'bodies counted', text: 'Rescuers recovered two bodies from the river.', findings: [{ text: 'two bodies' }] },
    {
      name: 'the same share, stated as a fact',
      text: 'About 3 per cent of every loan was withheld last year.',
      findings: [{ text: '3 per cent of every loan' }],
    },
    {
      name: 'the same sum, handed over',
      text: 'The brewery paid the town $8.2 million for the land.',
      findings: [{ text: '$8.2 million' }],
    },
    { name: 'a sum with no actor', text: 'The library received $5.5 million last year.', findings: [{ text: '$5.5 million' }] },
    {
      name: 'background reported when the option asks',
      text: 'Haze hung over the 9 million residents of the port city.',
      options: { possible: 'hint' },
      findings: [{ text: '9 million residents' }],
    },
    // Issue 7, fifth session: shapes from the held-out sets 3 to 15.
    {
      name: 'a share of people who say something is a poll with no poll named',
      text: 'Buses are emptier than they were, and nearly 45 per cent of commuters say they would rather drive.',
      findings: [{ text: '45 per cent of commuters' }],
    },
    {
      name: 'patients admitted are no confession',
      text: 'The ward takes 40 patients a day, and about one in six patients admitted there stay longer than a week.',
      findings: [{ text: 'one in six patients' }],
    },
    {
      name: 'an approved thing names no approver',
      text: 'With no approved drug for it, about 30,000 people die of the disease each year.',
      findings: [{ text: '30,000 people' }],
    },
    {
      name: 'large numbers are no figures of a source',
      text: 'Young doctors have left in large numbers, and 30 per cent of the town’s GPs are over 60.',
      findings: [{ text: '30 per cent of the town’s GPs' }],
    },
    {
      name: 'a story about the firm its lede quotes is not built on a report',
      text:
        'Larkbrew plans to open 40 new cafés, according to the Larkbrew Annual Review published on Monday.\n\n' +
        'The chain began with a cart in Leeds. It now has 140 cafés.\n\n' +
        'Larkbrew opened its first café in 2009.\n\n' +
        'About 28 per cent of adults buy a coffee every day.\n\n' +
        'Larkbrew will hire 600 baristas.\n',
      findings: [{ text: '28 per cent of adults' }],
    },
    {
      name: 'the average of a term is a statistic',
      text: 'The average mortgage loan is now about $540,000.',
      findings: [{ text: '$540,000' }],
    },
    {
      name: 'a count of loans is a statistic',
      text: 'Around 640,000 fixed loans will roll onto variable rates next year.',
      findings: [{ text: '640,000 fixed loans' }],
    },
    {
      name: 'a change in fares over time is a statistic',
      text: 'Bus fares have climbed by about a third since 2020.',
      findings: [{ text: 'a third' }],
    },
    {
      name: 'workers across a province are no size',
      text: 'Roughly 9,000 mill workers across the province have been sent home.',
      findings: [{ text: '9,000 mill workers' }],
    },
    {
      name: 'a share of all the hours of a service',
      text: 'Nearly half of all ambulance hours are now lost to handover delays.',
      findings: [{ text: 'half of all ambulance hours' }],
    },
    {
      name: 'a whole industry’s headcount',
      text: 'The industry employs some 300,000 people across the country.',
      findings: [{ text: '300,000 people' }],
    },
    {
      name: 'a yearly toll is about now, though the paragraph is dated long before',
      text:
        'The trial began in 2025.\n\n' +
        'The virus was first described in 1990, and it sends about 120,000 older adults to hospital every year.\n',
      findings: [{ text: '120,000 older adults' }],
    },
    {
      name: 'an estimate by nobody named is not the neighbour’s',
      text: 'The farmer said the barn and its hay were lost. Damage is estimated at £250,000.',
      findings: [{ text: '£250,000' }],
    },
    {
      name: 'a claim about the nation is not the local speaker’s before it',
      text:
        'The police chief said the system gets officers to the wounded faster. ' +
        'Nationally, only about 1 in 5 gunfire incidents results in a call to police.',
      findings: [{ text: '1 in 5 gunfire incidents' }],
    },
    {
      name: 'a claim about other cities is not the local speaker’s before it',
      text:
        'Ms Ferrante said the money saved would go to outreach workers. ' +
        'Programs like it have cut shootings by as much as 30% in other cities.',
      findings: [{ text: '30%' }],
    },
    {
      name: 'a claim about the whole state is not the critic’s before it',
      text:
        'The opposition spokeswoman said the Government was balancing its books on drivers. ' +
        'Speed cameras raked in $298 million statewide last year.',
      findings: [{ text: '$298 million' }],
    },
    {
      name: 'a study that opens the sentence is not the subject of a verb past "while"',
      text: 'A study of the shelters is under way while volunteers found 4,000 people sleeping rough last winter.',
      findings: [{ text: '4,000 people' }],
    },
    {
      name: '“So far” and “So many” open no conclusion',
      text: 'So far, 40,000 people have signed the petition.\n\nSo many as 12,000 homes were left without power.',
      findings: [{ text: '40,000 people' }, { text: '12,000 homes' }],
    },
    {
      name: 'a demand with no sum after it sources nothing',
      text: 'Regulators are demanding answers from the company, whose outage cut off power to 400,000 homes.',
      findings: [{ text: '400,000 homes' }],
    },
    {
      name: 'what a trade contributes to an economy, and a share contributed, are claims',
      text:
        'Tourism contributes £400 million a year to the regional economy.\n\n' +
        'Vehicles can contribute 40 to 80 percent of the region’s pollution.',
      findings: [{ text: '£400 million' }, { text: '40 to 80 percent of the region’s pollution' }],
    },
    {
      name: 'a toll brought to a new figure is no running total of the writer’s',
      text: 'Rescuers searched the rubble for 3 hours on Tuesday, bringing the death toll to 45.',
      findings: [{ text: '45' }],
    },
    {
      name: 'nobody named opens the sentence: “Everyone expects”',
      text: 'Everyone expects to lose 2,000 jobs by the spring.',
      findings: [{ text: '2,000 jobs' }],
    },
    {
      name: 'the people a speaker told are no part of what was told',
      text: 'The minister told 3,000 staff the plant would close.',
      findings: [{ text: '3,000 staff' }],
    },
    {
      name: 'a share of a whole in a sentence about prices is no price’s move',
      text: 'The group, which pumps about 40% of the world’s crude, has struggled to keep prices above $80.',
      findings: [{ text: '40% of the world’s crude' }],
    },
    {
      name: 'a sum lent as loans, many of them, is a total',
      text: 'Banks issued $2 billion in loans to small firms last year.',
      findings: [{ text: '$2 billion' }],
    },
    {
      name: 'a place after a preposition in a release’s lede is not its issuer, so the world it names still needs a source',
      text:
        'Bengaluru, 14 August 2025: Flexible workspace operators leased a record 9.4 million sq ft across India’s top eight cities, ' +
        'according to an index released today by the Flexible Workspace Association.\n\n' +
        'Operators now account for roughly one in five square feet of office space leased in India’s major cities.\n\n' +
        'About the Flexible Workspace Association: it represents 140 operators. For media enquiries, email media@fwa.org.in.\n',
      findings: [{ text: 'one in five square feet' }],
    },
    {
      name: 'a measure or a span that changed over time',
      text:
        'The average time taken to repay a student debt has stretched to 9.6 years.\n\n' +
        'Average growing-season temperatures in the region have risen by about 0.8C since the 1970s.',
      findings: [{ text: '9.6 years' }, { text: '0.8C' }],
    },
    {
      name: 'a count changed from one level to another',
      text: 'The number of dairies in the county has fallen from 61 to 38 since 2015.',
      findings: [{ text: '61' }],
    },
    {
      name: 'the people who signed are the agent, not what a decision before them chose',
      text: 'Libraries will open for fewer hours under plans approved by the cabinet, despite a petition signed by more than 4,300 people.',
      findings: [{ text: '4,300 people' }],
    },
    {
      name: 'data cited with “according to” source their own sentence, not the next paragraph',
      text:
        'There have been 27 injury collisions at the crossroads since 2015, according to police figures obtained by the Gazette.\n\n' +
        'Around 18,000 vehicles a day pass through the crossroads, about one in eight of them lorries.\n',
      findings: [{ text: 'one in eight' }],
    },
    {
      name: 'paid for with no sum after it funds nothing',
      text: 'The scheme was paid for with reserves after the council lost £4.1 million on its investments.',
      findings: [{ text: '£4.1 million' }],
    },
    {
      name: 'a crowd of traders',
      text: 'Tens of thousands of traders have raised their prices since the subsidy ended.',
      findings: [{ text: 'Tens of thousands of traders' }],
    },
    {
      name: 'real people of whom a counterfactual is said',
      text: 'Roughly a third of the patients who come to the unit could have been treated by a pharmacist.',
      findings: [{ text: 'a third of the patients' }],
    },
    {
      name: 'a count of shops is a statistic',
      text: 'More than 6,000 shops closed across the country last year.',
      findings: [{ text: '6,000 shops' }],
    },
    {
      name: 'a sum with its scale written against it',
      text: 'The singer is worth an estimated £28million and owns four homes.',
      findings: [{ text: '£28million' }],
    },
    {
      name: 'a sum with its scale hyphenated',
      text: 'The last shutdown cost the economy an estimated $7-billion in lost trade.',
      findings: [{ text: '$7-billion' }],
    },
    {
      name: 'what the average visitor spends',
      text: 'Tourism is the biggest employer, and the average visitor spends £310 during a stay.',
      findings: [{ text: '£310' }],
    },
    {
      name: 'average rents risen by a sum a month',
      text: 'Average rents in the town have risen by €340 a month in three years.',
      findings: [{ text: '€340' }],
    },
    {
      name: 'computing as a trade is no source',
      text: 'Cloud computing revenue rose by $4.2 million last year.',
      findings: [{ text: '$4.2 million' }],
    },
    {
      name: 'a count that nobody named is thought to reach',
      text: 'The frogs are rare now, and fewer than 9,000 are thought to remain in the wild.',
      findings: [{ text: '9,000' }],
    },
    {
      name: 'a shop’s stock is no market',
      text: 'Shoplifting in the town has risen by 60 per cent in two years, and some stores lose hundreds of pounds of stock a day.',
      findings: [{ text: '60 per cent' }],
    },
    {
      name: 'a yearly worth to a trade is a flow of value, not a price',
      text: 'Bees are worth more than $3 billion a year to the country’s farms.',
      findings: [{ text: '$3 billion' }],
    },
    {
      name: 'a toll of damaged homes',
      text: 'The flood of 2011 damaged 186 homes in the lower town.',
      findings: [{ text: '186 homes' }],
    },
    {
      name: 'the I of a road’s name is no first person',
      text: 'Roughly one in five trucks crossing the state on I-47 carries refrigerated freight.',
      findings: [{ text: 'one in five trucks' }],
    },
    {
      name: 'a share of all of something',
      text: 'Transfer bags make up about half of all luggage that goes astray.',
      findings: [{ text: 'half of all luggage' }],
    },
    {
      name: 'what a harm costs retailers a year',
      text: 'Across the country, shoplifting now costs retailers £2 billion a year.',
      findings: [{ text: '£2 billion' }],
    },
    {
      name: 'hearing something is no hearing’s evidence',
      text: 'Neighbours heard the blasts, and the fire destroyed 140 homes.',
      findings: [{ text: '140 homes' }],
    },
    {
      name: 'a story on a body’s announcement still reports the world around it',
      text: [
        'The state revenue department has blamed a new computer system for late tax refunds.',
        '',
        'The department said in a statement on Monday that most refunds would go out by June.',
        '',
        'Callers to the department’s helpline waited an average of 47 minutes in April.',
        '',
      ].join('\n'),
      findings: [{ text: '47 minutes' }],
    },
    {
      name: 'the company’s figures with nobody’s announcement',
      text: [
        'Homewares chain Pellow & Finch has raised its profit guidance after a strong Christmas.',
        '',
        'The group now has 96 stores, and Pellow & Finch’s online sales made up 44% of the total.',
        '',
      ].join('\n'),
      findings: [{ text: '44%' }],
    },
    {
      name: 'a quotation mark that opens nothing the next paragraph goes on with',
      text: [
        'The club’s membership rose to "record levels as 4,000 new members joined this year.',
        '',
        'The season starts in May.',
        '',
      ].join('\n'),
      findings: [{ text: '4,000 new members' }],
    },
    {
      name: 'a typical sum: what a whole trade usually pays',
      text: 'Developers typically pay landowners between £800 and £1,200 an acre a year.\n',
      findings: [{ text: '£800 and £1,200' }],
    },
    {
      name: 'a hedged count of things kept over years',
      text: 'About 40 tigers are killed by poachers on Sumatra every year.\n',
      findings: [{ text: '40 tigers' }],
    },
    {
      name: 'a hedged count of things kept across a country',
      text: 'Nationally, around 180 public libraries have closed since 2016.\n',
      findings: [{ text: '180 public libraries' }],
    },
    {
      name: 'a lede’s crowd is the reporter’s own count, whoever speaks next',
      text: [
        'More than 20,000 teachers, parents and students marched through downtown Lindale on Saturday.',
        '',
        'Union president Ana Ruiz said the strike had already cost pupils 12 days of lessons.',
        '',
      ].join('\n'),
      findings: [{ text: '20,000 teachers' }],
    },
    {
      name: 'a share two paragraphs into a story, the speaker after it bringing figures of their own',
      text: [
        'Pellow & Finch has had a strong Christmas.',
        '',
        'Its like-for-like sales rose 6.8% in the six weeks to January 4.',
        '',
        'Total sales reached £212m, up 8.1% on last year, the retailer said in a trading update on Thursday.',
        '',
      ].join('\n'),
      findings: [{ text: '6.8%' }],
    },
    {
      name: 'a hedged count in the thousands kept since a date',
      text: 'More than 11,000 game developers have lost their jobs worldwide since January.\n',
      findings: [{ text: '11,000 game developers' }],
    },
    {
      name: 'a speaker in the next paragraph who does not point back at the figures',
      text: [
        'Police overtime rose 36% last year. Recruiting classes are small.',
        '',
        'Ann Reid, a spokesperson for the police department, said the vacancies made overtime unavoidable.',
        '',
      ].join('\n'),
      findings: [{ text: '36%' }],
    },
    {
      name: 'a change in support is no ballot result, though members voted',
      text: 'Support for strikes has risen 20% since members voted last year.\n',
      findings: [{ text: '20%' }],
    },
    {
      name: 'a release still needs a source for the world around its issuer',
      text: [
        'Marbury Homes today announces a trading update for the six months to 30 June.',
        '',
        'Across the country, 40% of first-time buyers now need help from their families.',
        '',
      ].join('\n'),
      findings: [{ text: '40% of first-time buyers' }],
    },
    {
      name: 'a news story on a company’s half is not its release',
      text: [
        'Marbury Homes said on Monday it had a strong first half.',
        '',
        'Its shares rose in early trading, said Jo Hale, a broker at Pellmann.',
        '',
        'Completions rose 14% to 486 homes in the half.',
        '',
      ].join('\n'),
      findings: [{ text: '14%' }],
    },
    {
      name: 'a first-person piece: a paragraph out of the writer’s voice about the whole country',
      text: [
        'I grew up in Corliss Springs, and I have lived through my share of storms. My father taught me to watch the sky, and I still do.',
        '',
        'I was at my kitchen table when the sirens went off. My neighbour and I ran for the storm cellar, and I held my dog the whole time.',
        '',
        'Something like half of all tornado deaths in this country happen in mobile homes.',
        '',
        'I think about my town every spring now. I check my radio, I charge my phone and I keep my shoes by my bed.',
        '',
      ].join('\n'),
      findings: [{ text: 'half of all tornado deaths' }],
    },
    {
      name: 'a share of a whole kept over a land',
      text: 'Nationally, retained firefighters make up about two thirds of the fire service.\n',
      findings: [{ text: 'two thirds of the fire service' }],
    },
    {
      name: 'what a project cost is somebody’s account of it',
      text: 'The new footbridge cost £17.8 million and opened in May.\n',
      findings: [{ text: '£17.8 million' }],
    },
    {
      name: 'a paragraph that widens the story’s ground is not the report’s',
      text: [
        'A new report from the Student Housing Trust shows rents for student rooms in Dunmara have risen sharply.',
        '',
        'Nationally, rents for student rooms have risen by about 40 per cent since 2019.',
        '',
      ].join('\n'),
      findings: [{ text: '40 per cent' }],
    },
    {
      name: 'a verb that is no noun after a pronoun with no determiner is no source',
      text: 'Not everyone expects rents to rise 5% this year.\n',
      findings: [{ text: '5%' }],
    },
    {
      name: 'a crowd that speaks its mind lends no source to the figure beside it',
      text: 'Family doctors say they are at breaking point. Demand for appointments has risen by nearly 40 per cent in a decade.\n',
      findings: [{ text: '40 per cent' }],
    },
    {
      name: 'a crowd after "But" lends no source either',
      text: 'But critics say the grid was an accident waiting to happen. Demand for electricity has soared by nearly 40 per cent in a decade.\n',
      findings: [{ text: '40 per cent' }],
    },
    {
      name: 'a report cited by "according to" past the lede sources its own sentence only',
      text: [
        'The ferry to Skarra will run twice a week this winter, the operator confirmed on Tuesday.',
        '',
        'About 60% of passengers are over 60, according to a district survey.',
        '',
        'Around 40% of the island’s households have no car.',
        '',
      ].join('\n'),
      findings: [{ text: '40% of the island’s households' }],
    },
    {
      name: 'a first-person piece: a share of a group out of the writer’s voice',
      text: [
        'I opened my shop three years ago, and I still can’t quite believe it. My husband thought I was mad.',
        '',
        'I know how lucky that makes me. Something like 40 per cent of small craft shops close within three years.',
        '',
        'I love my customers. I know most of them by name, and my dog knows the rest.',
        '',
      ].join('\n'),
      findings: [{ text: '40 per cent of small craft shops' }],
    },
    {
      name: 'a hedged count in the thousands is somebody’s estimate',
      text: 'Around 130,000 posts in adult social care are vacant on any given day.\n',
      findings: [{ text: '130,000 posts' }],
    },
    {
      name: 'a hedged share of a whole is somebody’s measure of it',
      text: 'Chile supplies about a quarter of the copper mined on earth, and strikes at its mines have moved the market before.\n',
      findings: [{ text: 'a quarter of the copper' }],
    },
    {
      name: 'a per cent written "pc" against the number, as Irish and British papers write it',
      text: 'Dublin handles about 85pc of all passengers passing through Irish airports.\n',
      findings: [{ text: '85pc of all passengers' }],
    },
    {
      name: 'a verb of showing with no clause after it sources nothing',
      text: 'The strike showed no sign of ending, and 40% of stores stayed shut.\n',
      findings: [{ text: '40% of stores' }],
    },
    {
      name: 'a lede’s dateline names no issuer, though the ending says how to call someone',
      text: [
        'At exactly 10:15 a.m. Thursday, classrooms across Port Alderwick fell silent for the annual earthquake drill.',
        '',
        'About a quarter of public schools in the province have not been checked for earthquake safety.',
        '',
        'Thursday’s drill was part of a worldwide event. Families can find a checklist online or by calling 250-555-0142.',
        '',
      ].join('\n'),
      findings: [{ text: 'a quarter of public schools' }],
    },
    {
      name: 'a body that closes the lede as its speaker does not source the world it speaks of',
      text: [
        'Parts of the Lower Sadda region could tip into famine within weeks unless aid agencies get access, Harvest Alliance International warned today.',
        '',
        'Across the region, more than 2 million children under five go without a daily meal.',
        '',
      ].join('\n'),
      findings: [{ text: '2 million children' }],
    },
    {
      name: 'a speaker’s call for action lends no source to the figure beside it',
      text: 'Ms Byrne said the Government should publish data on inspections. The authority checks about 5% of completed jobs.\n',
      findings: [{ text: '5% of completed jobs' }],
    },
    {
      name: 'a sum after a price with a verb of its own is a claim of its own',
      text: 'The house sold for £400,000 and the council then spent £2 million on the road outside it.\n',
      findings: [{ text: '£2 million' }],
    },
    {
      name: 'a crowd counted loosely in a clause after the figure does not source it',
      text: 'Lenders’ net interest income has risen by more than 40% since 2022, although many fund managers say the easy gains are behind them.\n',
      findings: [{ text: '40%' }],
    },
    {
      name: 'a share as the speaker names no poll, for its own sentence or the one beside it',
      text: 'Around 1.2 million households move home each year. Interest in home improvement remains high, with two-thirds of adults saying they plan to redecorate.\n',
      findings: [{ text: '1.2 million households' }, { text: 'two-thirds of adults' }],
    },
    {
      name: 'a dateline before a lede that is not a release',
      text: [
        'KILMORAN, 14 May – Storms closed the coast road again on Tuesday, the third time this month.',
        '',
        'About 40% of the county’s coastal roads need rebuilding.',
        '',
      ].join('\n'),
      findings: [{ text: '40% of the county’s coastal roads' }],
    },
    {
      name: 'a poll’s answers still need the poll: respondents with no poll before them',
      text: [
        'Rosa Ortega leads the race for mayor five weeks before the election, with many voters still undecided.',
        '',
        'Asked to name the city’s most important issue, 38% of respondents chose housing and 24% chose crime.',
        '',
      ].join('\n'),
      findings: [{ text: '38% of respondents' }],
    },
    {
      name: 'a survey someone else ran, told in the first person plural, is no poll of the writer’s',
      text: [
        'We know that shoppers are tired of self-checkouts and of waiting for staff at them.',
        '',
        'The most common complaints about self-checkouts were machines that stopped for staff (63% of users) and items that would not scan (48%).',
        '',
      ].join('\n'),
      findings: [{ text: '63% of users' }],
    },
    {
      name: 'an average’s move is no price’s, and a share with a verb of its own is its own claim',
      text: [
        'The average wage in the county is £15 an hour, up 5% on last year.',
        '',
        'Cocoa prices have soared, and output in Ghana fell 23% this year.',
        '',
      ].join('\n'),
      findings: [{ text: '5%' }, { text: '23%' }],
    },
    {
      name: 'the same release still needs a source for the world around its issuer',
      text: [
        'BALLYMORE, 2 May – St Aidan’s Hospice in Ballymore faces a shortfall this year, its chief executive has warned.',
        '',
        'Around 30 per cent of people who die each year would benefit from specialist care.',
        '',
        'For interviews, contact St Aidan’s Hospice on 087 214 3396.',
        '',
      ].join('\n'),
      findings: [{ text: '30 per cent of people' }],
    },
    {
      name: 'takings earned and hedged are somebody’s total, no prize',
      text: 'Container lines around the world earned more than US$60 billion between them last year.\n',
      findings: [{ text: 'US$60 billion' }],
    },
    {
      name: 'millions of packages are things counted, not a recipe’s measure',
      text: 'Parcel thefts have soared, with an estimated 6.5million packages going missing from doorsteps last year.\n',
      findings: [{ text: '6.5million packages' }],
    },
    {
      name: 'a hedged toll of whatever was harmed',
      text: [
        'At least 11 dogs have died across the region after drinking from lakes with toxic algae.',
        '',
        'More than 100 merchant ships were attacked during the conflict.',
        '',
      ].join('\n'),
      findings: [{ text: '11 dogs' }, { text: '100 merchant ships' }],
    },
    {
      name: 'a hedged measure in the thousands kept over years or across a land',
      text: [
        'The delta has lost more than 2,000 square miles of land since the 1930s.',
        '',
        'Roughly 8 million tons of plastic end up in the oceans every year.',
        '',
      ].join('\n'),
      findings: [{ text: '2,000 square miles' }, { text: '8 million tons' }],
    },
    {
      name: 'a results story’s sums in billions with two decimals are no product copy’s prices',
      text: [
        'Revenue rose to $2.31 billion, the company said.',
        '',
        'Net profit fell to $0.88 billion, it said.',
        '',
        'Net debt rose to $1.02 billion, the company said.',
        '',
        'Across the country, about 70% of small firms now keep their books online.',
        '',
        'Cash flow was $0.41 billion, it said.',
        '',
      ].join('\n'),
      findings: [{ text: '70% of small firms' }],
    },
    {
      name: 'a report that criticises does not source the wider ground after it',
      text: [
        'The report criticises the ministry for its handling of the payroll project.',
        '',
        'Nationally, about 40% of large building projects run over budget.',
        '',
      ].join('\n'),
      findings: [{ text: '40% of large' }],
    },
    {
      name: 'a figure before “which means” is still a claim',
      text: 'Roughly half of large employers pay the bonus, which means some staff will see no change.\n',
      findings: [{ text: 'half of large employers' }],
    },
    {
      name: 'a change “off the back of” something is no discount',
      text: 'Across the country, sales of heaters fell 50% off the back of the mild winter.\n',
      findings: [{ text: '50%' }],
    },
    {
      name: 'a worth with no class before it is a claim',
      text: 'Pollinators are worth more than £500 million a year to farming.\n',
      findings: [{ text: '£500 million' }],
    },
    {
      name: 'a participle’s agent does not source a figure earlier in the sentence',
      text: 'Spending on repairs has fallen to about 5% of the value of council buildings, well below the 8% benchmark set by the Treasury.\n',
      findings: [{ text: '5% of the value' }],
    },
    {
      name: 'the “in” of a ratio names no document, and results still to come source nothing',
      text: [
        'Around the country, roughly seven in ten babies are having some formula by six weeks.',
        '',
        'Rival Kopano Mobile, which reports next week, is expected to show slower growth after losing about 300,000 prepaid subscribers.',
        '',
      ].join('\n'),
      findings: [{ text: 'seven in ten babies' }, { text: '300,000 prepaid subscribers' }],
    },
    {
      name: 'a sum under a million hedged as an estimate is somebody’s reckoning',
      text: 'Students also borrow for living costs, and many graduate owing more than £45,000.\n',
      findings: [{ text: '£45,000' }],
    },
    {
      name: 'a count cited after a lede with figures of its own is that sentence’s source only',
      text: [
        'Gardeners in 40 towns have been asked to watch for hedgehogs this spring.',
        '',
        'Hedgehog sightings have plunged by a third in five years, according to a major count by volunteers.',
        '',
        'Nearly 14,000 people took part this spring, logging every hedgehog they saw.',
        '',
      ].join('\n'),
      findings: [{ text: '14,000 people' }],
    },
    {
      name: 'a call on a day is no demand',
      text: 'Police called on Tuesday for witnesses, and about 40% of break-ins in the county go unsolved.\n',
      findings: [{ text: '40% of break-ins' }],
    },
    {
      name: 'a forecast nobody owns is no source',
      text: 'Across the country, profits were forecast to fall by about 12% this year.\n',
      findings: [{ text: '12%' }],
    },
    {
      name: 'a closing line on a body the story never named is a claim',
      text: [
        'Young carers miss weeks of school a year, teachers in Dunmore say.',
        '',
        'The Dunmore Carers Trust now supports more than 9,000 families across the region.',
        '',
      ].join('\n'),
      findings: [{ text: '9,000 families' }],
    },
    {
      name: 'a share of a sector’s workers with their pay is no pay deal',
      text: 'Across the sector, about 40% of workers saw no pay rise at all last year.\n',
      findings: [{ text: '40% of workers' }],
    },
    {
      name: 'a count of peacekeepers, diplomats or activists is a count of people',
      text:
        'Fifty-seven peacekeepers have been killed since the mission deployed.\n\n' +
        'The party leader told 3,000 cheering activists at the conference that the charge was unfair.',
      findings: [{ text: 'Fifty-seven peacekeepers' }, { text: '3,000 cheering activists' }],
    },
    {
      name: 'a hedged toll of things sunk, wrecked or collapsed',
      text:
        'Around 40 fishing boats were sunk or wrecked in the storm.\n\n' +
        'At least five other furniture chains have collapsed in the past 18 months.',
      findings: [{ text: '40 fishing boats' }, { text: 'five other furniture chains' }],
    },
    {
      name: 'an inquiry nobody owns is no source',
      text: 'Routine sampling of 300 beaches found about 12 percent failed the standard.\n',
      findings: [{ text: '12 percent' }],
    },
    {
      name: 'a sentence on “its” with no sentence on the issuer’s name before it is a claim',
      text: MUSEUM_RELEASE.replace('The Museum of the Atlantic Coast opened in 2005. ', ''),
      findings: [{ text: '60,000 objects' }],
    },
    {
      name: 'a clause joined after a decision’s complement without “that” is a claim of its own',
      text: 'The council agreed that the road would close, and about 40% of residents oppose it.',
      findings: [{ text: '40% of residents' }],
    },
    {
      name: 'a hedged toll of two nouns joined, and a share of all of a kind of loss',
      text:
        'More than 400 homes and businesses were flooded across the valley.\n\n' +
        'Hail accounts for roughly half of all insured crop losses in central Europe.',
      findings: [{ text: '400 homes' }, { text: 'half of all insured crop losses' }],
    },
    {
      name: 'a sum a budget lacks is no price tag',
      text: 'The council faces a £9 million black hole next year.',
      findings: [{ text: '£9 million' }],
    },
    {
      name: 'a measure somebody estimated, nobody named',
      text: 'An estimated 30,000 hectares of grazing land remains under water.',
      findings: [{ text: '30,000 hectares' }],
    },
    {
      name: 'a cost “on average” is an average of many sums',
      text: 'A day in a hospital in the United States now costs well over €3,000 on average.',
      findings: [{ text: '€3,000' }],
    },
    {
      name: 'the writer’s “worth saying”, savings accounts, and critics in a relative clause source nothing',
      text:
        'It’s worth saying, because it’s still rare: women front fewer than 20 percent of the acts that headline theaters this size.\n\n' +
        'Nearly 60% of Americans have kept their main savings account at the same bank for a decade, and a big chunk of the money sits in traditional savings accounts.\n\n' +
        'Only around a third of major applications are now decided within 13 weeks, a practice that critics say has turned extensions into the norm.',
      findings: [{ text: '20 percent of the acts' }, { text: '60% of Americans' }, { text: 'a third of major applications' }],
    },
    {
      name: 'a closing note on a place, not the issuer, is a claim',
      text: [
        'Hollow Valley Transit opens tram line',
        '',
        'HOLLOWTON – Hollow Valley Transit today opened the first section of its new tram line.',
        '',
        'The line will run every ten minutes.',
        '',
        'About the region: The valley is a busy place, and its roads carried more than 71 million trips last year.',
        '',
      ].join('\n'),
      findings: [{ text: '71 million trips' }],
    },
    {
      name: 'a project the release’s lede never named is no undertaking of the issuer’s',
      text: DEMINING_RELEASE.replace('completing a four-year project', 'completing its work'),
      findings: [{ text: '41 per cent' }],
    },
    {
      name: 'a name the release’s lede never gave is not the issuer’s',
      text: LINE_RELEASE.replace('The Millbridge Line carried', 'The Lakeshore Corridor carried'),
      findings: [{ text: '19 per cent' }],
    },
    {
      name: 'the same rate with no worked example before it is a claim',
      text: 'The gap is hard to ignore. At 3.95%, savers earned roughly $395 in a year before tax.',
      findings: [{ text: '3.95%' }],
    },
    {
      name: 'paragraphs ending on semicolons after no lead-in are no demand’s items',
      text: DEMANDS_LIST.replace('The union is calling on ministers to:', 'The union met ministers on Friday.'),
      findings: [{ text: '5% of every school budget' }],
    },
    {
      name: 'what a thing that is no term covers is a claim',
      text: 'The charity runs a helpline, which covers 35 per cent of the country.',
      findings: [{ text: '35 per cent of the country' }],
    },
    {
      name: '“values” with no “at” puts no figure on anything',
      text: 'Tully values the land highly, and prices have risen 40% since 2020.',
      findings: [{ text: '40%' }],
    },
    {
      name: 'a share of something of its own, after a market’s price, is a claim',
      text: 'Umoya’s shares rose 4.6% to R128.40 on the JSE on Tuesday. It has lost about 35% of its customers since 2019.',
      findings: [{ text: '35% of its customers' }],
    },
    {
      name: 'an average sum a period with no auction is a statistic',
      text: 'A year ago, average rents were hovering around £1,750 a month.',
      findings: [{ text: '£1,750' }],
    },
    {
      name: 'a rate in a clause of its own after a term’s rate is a claim',
      text: 'Employees will pay 6%, and unemployment rose 5% last year.',
      findings: [{ text: '5%' }],
    },
    {
      name: '“fixed” before a plural noun is its adjective, no decision',
      text: 'Research shows fixed cameras cut casualty crashes at their sites by about 20 per cent.',
      findings: [{ text: '20 per cent' }],
    },
    {
      name: 'a change by a multiple told by its verb alone',
      text: 'Complaints about builders in the province have roughly doubled since 2019, and few of them reach a tribunal.\n',
      findings: [{ text: 'doubled' }],
    },
    {
      name: 'a change by a multiple over a time, in the -ing form',
      text: 'Paddle sports have grown fast since the pandemic, with participation roughly doubling over the past five years.\n',
      findings: [{ text: 'doubling' }],
    },
    {
      name: 'a change by a multiple to an amount',
      text: 'Average rents in the town tripled to about $2,000 a month between 2015 and 2024.\n',
      findings: [{ text: 'tripled' }],
    },
    {
      name: '"Evidence shows" names nobody',
      text: 'Evidence shows that children who learn an instrument perform up to 20 per cent better in reading and maths.\n',
      findings: [{ text: '20 per cent' }],
    },
    {
      name: 'a noun\'s estimate "to cost" is agentless',
      text: 'The club wants the council to add 2,000 seats to the stand, a project estimated to cost $38 million.\n',
      findings: [{ text: '$38 million' }],
    },
    {
      name: '"estimates" as a noun after a capital is no name\'s estimate',
      text: 'Spending on data handling reached some $450 million in 1960. Informed estimates look for this market to grow fast.\n',
      findings: [{ text: '$450 million' }],
    },
    {
      name: "a noun's participle estimate stays agentless",
      text: "The county's road repair backlog, estimated at $2.4 billion, has grown every year since 2015.\n",
      findings: [{ text: '$2.4 billion' }],
    },
    {
      name: '"records" at a sentence\'s close is the noun',
      text: 'Evictions in the county reached 3,600 last year, the highest since records began.\n',
      findings: [{ text: '3,600' }],
    },
    {
      name: "an average wage's level is a statistic",
      text: 'Average factory wages in the zone rose 6% last year to 4.9 million dong a month.\n',
      findings: [{ text: '6%' }],
    },
    {
      name: 'a census named "at" sources its own sentence, not the next paragraph',
      text:
        'Denby had 4,212 residents at the last census and Lowther 2,980.\n\n' +
        'Turnout is the big unknown. Across the district, more than half of ratepayers are over 60, and they vote.\n',
      findings: [{ text: 'half of ratepayers' }],
    },
    {
      name: 'short paragraphs of news after a run-in list are prose, not its items',
      text:
        'A breakdown of the ten-month total showed:\n\n' +
        'Offices at $253 million, up 22 per cent; homes at $278 million, up 12 per cent.\n\n' +
        'Residential building covers houses, flats and hotels.\n\n' +
        'The share of the housing market taken by flats has more than tripled in six years.\n',
      findings: [{ text: 'tripled' }],
    },
    {
      name: "an owner's survey named that way sources its own sentence, not the paragraphs after it",
      text:
        "The number of climbing gyms has roughly tripled in a decade, according to the trade council's annual report.\n\n" +
        'Around 10 million Americans climbed indoors at least once last year.\n',
      findings: [{ text: '10 million Americans' }],
    },
    {
      name: "an actor's call does not choose a figure nobody named estimated",
      text: "Councillors from both parties have called for more money to tackle the county's road repair backlog, estimated at $1.9 billion.\n",
      findings: [{ text: '$1.9 billion' }],
    },
    {
      name: 'a thing provided by a body is no information it gave',
      text: 'The mission cost about NZ$2.3 million, most of it from a science fund, with the launch itself provided free of charge by Kea Orbital.\n',
      findings: [{ text: 'NZ$2.3 million' }],
    },
    {
      name: 'plans in the plural with no determiner are a kind of thing, no document',
      text: 'Enrollment in welding programs at community colleges has fallen by about a quarter since 2015.\n',
      findings: [{ text: 'a quarter' }],
    },
    {
      name: 'a share the figures beside it do not make is no arithmetic of theirs',
      text: 'Tax relief softens the blow. A basic-rate taxpayer gets back 20% of what they pay in, so every £100 that goes into the pot costs only £75 in take-home pay.\n',
      findings: [{ text: '20%' }],
    },
    {
      name: 'a change told by "-fold"',
      text: 'Demand for home batteries in the state has grown fivefold since 2020.\n',
      findings: [{ text: 'fivefold' }],
    },
    {
      name: 'a change by a multiple after "to"',
      text: "The region's over-75 population is expected to roughly double over the next 25 years.\n",
      findings: [{ text: 'double' }],
    },
    {
      name: 'a hedged count of things across a named land',
      text: 'More than 60 ferry terminals across Norway now charge a landing fee.\n',
      findings: [{ text: '60 ferry terminals' }],
    },
    {
      name: 'a hedged count of things in a count of lands',
      text: 'Around 250 clinics in 12 states now offer the test.\n',
      findings: [{ text: '250 clinics' }],
    },
    {
      name: 'a hedged count of things worldwide',
      text: 'At least 45 start-ups worldwide are building the engines.\n',
      findings: [{ text: '45 start-ups worldwide' }],
    },
    {
      name: 'a hedged count named before it, kept since a date',
      text: 'Rural cinemas have struggled, and nearly 300 have shut since 2015.\n',
      findings: [{ text: '300' }],
    },
    {
      name: 'a body of people that shrinks to a level is measured',
      text: "The club's volunteer roster has shrunk from about 80 to 25.\n",
      findings: [{ text: '80' }],
    },
    {
      name: 'a hedged sum in the millions a year is a flow somebody reckoned',
      text: 'Rental cabins across the region now take in around $4 million a year.\n',
      findings: [{ text: '$4 million' }],
    },
    {
      name: "a household's bills are no market",
      text: 'Heating bills in the county have risen by about a fifth since 2022, to an average of £1,900 a year.\n',
      findings: [{ text: 'a fifth' }],
    },
    {
      name: "a people's average is a land's benchmark, not an index",
      text: 'Forest cover in Wales is about 15%, well below the European average, and ministers want 20% by 2050.\n',
      findings: [{ text: '15%' }],
    },
    {
      name: "an acronym's average is a benchmark, not an index",
      text: 'Forest cover in Wales is about 15%, well below the OECD average, and ministers want 20% by 2050.\n',
      findings: [{ text: '15%' }],
    },
    {
      name: "a first-person piece: a paragraph out of the writer's voice about a land's people",
      text:
        'I grew up in Corliss Springs, and I have lived through my share of storms. My father taught me to watch the sky, and I still do.\n\n' +
        'I was at my kitchen table when the sirens went off. My neighbour and I ran for the storm cellar, and I held my dog the whole time.\n\n' +
        'About 2.3 million Canadians live with diabetes, and most of them do not know it.\n\n' +
        'I think about my town every spring now. I check my radio, I charge my phone and I keep my shoes by my bed.\n',
      findings: [{ text: '2.3 million Canadians' }],
    },
    {
      name: "a sentence on wider ground than the report, past its paragraph's opener",
      text:
        'Homes bill climbs in Marlow\n\n' +
        'Marlow Council spent £4.1m on temporary housing last year, according to a report to its cabinet.\n\n' +
        'The report says 312 households were in temporary homes at the end of March, including 190 families with children.\n\n' +
        'The squeeze is not unique to Marlow. Across England, more than 90,000 families are now in temporary homes.\n',
      findings: [{ text: '90,000 families' }],
    },
    {
      name: "a report named with its owner's pronoun sources its own sentence, not the next paragraph",
      text:
        'Headline words here\n\n' +
        'The ombudsman upheld 58% of mobile complaints in its last annual report.\n\n' +
        'Around 40% of cases took longer than eight weeks.\n',
      findings: [{ text: '40% of cases' }],
    },
    {
      name: "a lede's hedged count is the reporter's own, whoever speaks next",
      text:
        'Measles spreads in county schools\n\n' +
        'Measles has now infected more than 80 children at six schools in Harlow County.\n\n' +
        'County health director Dr Ana Ruiz said on Monday that most of the children had not been vaccinated.\n',
      findings: [{ text: '80 children' }],
    },
    {
      name: "an article before a reporting verb's form makes it an adjective, no source",
      text: 'Roughly one in 10 of the inactive wells has a reported leak at the surface casing.\n',
      findings: [{ text: 'one in 10 of the inactive wells' }],
    },
    {
      name: 'a measure in the agentless passive names nobody',
      text: 'Nationally, the country is short of between 2 million and 3 million homes, depending on how the gap is measured.\n',
      findings: [{ text: '2 million and 3 million homes' }],
    },
  ],
});

/** The findings of this rule alone, with the rule's own options. */
function findings(text: string, options?: Record<string, unknown>, format: DocFormat = 'text'): Finding[] {
  return lint(text, { format, config: configFor(ID, options) }).findings.filter((f) => f.rule === ID);
}

/** The text after applying the one fix of the one finding. */
function fixed(text: string, format: DocFormat = 'text'): string {
  const found = findings(text, undefined, format);
  assert.equal(found.length, 1, `expected one finding in ${JSON.stringify(text)}`);
  const fix = found[0]?.fixes[0];
  assert.ok(fix, 'a fix is offered');
  return applyEdits(text, fix.edits);
}

describe('unattributed-number on a figure told twice', () => {
  it('reports a percentage told twice without a source twice: two claims, not one', () => {
    // Through the rule tester the first fix would source the second mention too (a sourced figure restated).
    const text = 'Rents rose 12 per cent in the north.\n\nIn the south, 12 per cent of the shops closed.\n';
    assert.deepEqual(
      findings(text).map((f) => text.slice(f.start, f.end)),
      ['12 per cent', '12 per cent of the shops'],
    );
  });
});

describe('unattributed-number severity', () => {
  it('reports a figure the model is sure of at the rule’s severity', () => {
    assert.deepEqual(
      findings('Tens of thousands of protesters filled the square.').map((f) => f.severity),
      ['warning'],
    );
  });

  it('is as sure of a share of a body of people and of a group harmed or arrested as of a share of voters', () => {
    assert.deepEqual(
      findings('Roughly a quarter of the workforce is over 60. Police detained 300 Kurds overnight.').map((f) => f.severity),
      ['warning', 'warning'],
    );
  });

  it('is less sure of a loose few than of a crowd, and of a few hundred people only when they are acted on', () => {
    const text =
      'Scores of families were moved. Hundreds of families fled the valley. Soldiers held 550 workers inside. ' +
      'More than 450 workers marched to the gate.';
    assert.deepEqual(
      findings(text).map((f) => `${text.slice(f.start, f.end)}: ${f.severity}`),
      ['Scores of families: info', 'Hundreds of families: warning', '550 workers: info'],
    );
  });

  it('reports a likely statistic as information, and a possible one not at all', () => {
    assert.deepEqual(
      findings('The dealer sold 3,000 cars in a week.').map((f) => f.severity),
      ['info'],
    );
    assert.deepEqual(findings('Haze hung over the 9 million residents of the port city.'), []);
  });

  it('takes the weaker severities from the options, never above the rule’s own', () => {
    const text = 'The dealer sold 3,000 cars in a week. Haze hung over the 9 million residents of the port city.';
    assert.deepEqual(
      findings(text, { likely: 'warning', possible: 'hint' }).map((f) => f.severity),
      ['warning', 'hint'],
    );
    const capped = lint(text, {
      config: { rules: { [ID]: { severity: 'info', likely: 'error', possible: 'error' } } },
    }).findings.filter((f) => f.rule === ID);
    assert.deepEqual(
      capped.map((f) => f.severity),
      ['info', 'info'],
    );
  });
});

describe('unattributed-number fix', () => {
  it('inserts the placeholder before the closing full stop', () => {
    assert.equal(
      fixed('The city spent $4.5 million on roads.'),
      `The city spent $4.5 million on roads, according to ${SOURCE_PLACEHOLDER}.`,
    );
  });

  it('ends the figure’s clause at a semicolon, a colon or a dash', () => {
    assert.equal(
      fixed('Rents rose 14 percent; wages stayed flat.'),
      'Rents rose 14 percent, according to [SOURCE]; wages stayed flat.',
    );
    assert.equal(
      fixed('Crime fell 12 percent — the steepest drop in years.'),
      'Crime fell 12 percent, according to [SOURCE] — the steepest drop in years.',
    );
  });

  it('keeps an abbreviation’s period', () => {
    assert.equal(
      fixed('The fund lost $2.3 million in the U.S.'),
      'The fund lost $2.3 million in the U.S., according to [SOURCE].',
    );
  });

  it('never inserts inside a quotation: it goes after the figure instead', () => {
    assert.equal(
      fixed('The city spent $4.5 million on what the council calls “a bridge to nowhere.”'),
      'The city spent $4.5 million (according to [SOURCE]) on what the council calls “a bridge to nowhere.”',
    );
  });

  it('goes after a short quotation that ends the sentence', () => {
    assert.equal(
      fixed('The board spent $4.5 million on a plan it called ‘safe’.'),
      'The board spent $4.5 million on a plan it called ‘safe’, according to [SOURCE].',
    );
  });

  it('treats a spaced double hyphen as a dash', () => {
    assert.equal(
      fixed('Unemployment is now 6 per cent -- the highest in years.'),
      'Unemployment is now 6 per cent, according to [SOURCE] -- the highest in years.',
    );
  });

  it('keeps CRLF line endings and a question mark', () => {
    assert.equal(
      fixed('Did the city spend $4.5 million?\r\n\r\nNobody knows.\r\n'),
      'Did the city spend $4.5 million, according to [SOURCE]?\r\n\r\nNobody knows.\r\n',
    );
  });

  it('leaves the figure in the sentence beside it reported: an unfilled placeholder sources only its own', () => {
    const before = 'The city spent $4.5 million on roads. Rents rose 14 percent.';
    const first = findings(before)[0];
    assert.ok(first?.fixes[0], 'a fix is offered');
    const text = applyEdits(before, first.fixes[0].edits);
    assert.equal(text, 'The city spent $4.5 million on roads, according to [SOURCE]. Rents rose 14 percent.');
    assert.deepEqual(
      lint(text)
        .findings.filter((f) => f.rule === ID)
        .map((f) => text.slice(f.start, f.end)),
      ['14 percent'],
    );
  });

  it('is unsafe, so fix-all never applies it', () => {
    const found = findings('The city spent $4.5 million on roads.');
    assert.equal(found.length, 1);
    assert.equal(
      found[0]?.fixes.every((f) => !f.safe),
      true,
    );
    assert.deepEqual(fixAllEdits(found).edits, []);
  });

  it('leaves a placeholder that source-placeholder reports until a person fills it', () => {
    const text = fixed('The city spent $4.5 million on roads.');
    const all = lint(text, { config: { rules: { [ID]: 'warning', 'source-placeholder': 'warning' } } }).findings;
    assert.deepEqual(
      all.filter((f) => f.rule === ID || f.rule === 'source-placeholder').map((f) => [f.rule, text.slice(f.start, f.end)]),
      [['source-placeholder', SOURCE_PLACEHOLDER]],
    );
    const filled = text.replace(SOURCE_PLACEHOLDER, 'the city treasurer');
    assert.deepEqual(
      lint(filled).findings.filter((f) => f.rule === ID || f.rule === 'source-placeholder'),
      [],
    );
  });
});

describe('unattributed-number on hostile input', () => {
  const rules = [ruleById(ID)].filter((r) => r !== undefined);

  it('reads 20,000 user cues without building one pattern of them', () => {
    const cues = Array.from({ length: 20_000 }, (_, i) => `source number ${i} (x)`);
    const text = 'Unemployment rose to 7.2% (source number 19999 (x)).\n\nRents rose 14 percent.\n';
    const result = lint(text, { rules, config: { rules: { [ID]: { severity: 'warning', attributionCues: cues } } } });
    assert.deepEqual(result.ruleErrors, []);
    assert.deepEqual(
      result.findings.map((f) => text.slice(f.start, f.end)),
      ['14 percent'],
    );
  });

  it('lints a pasted table of digits, runs of "1,1,1", repeated cues and CJK text without losing a line', () => {
    const inputs = [
      '1234 5678 90 12.5 3,400 77\t88 1999 42%\n'.repeat(2_000),
      '1,'.repeat(20_000),
      'according to '.repeat(5_000),
      '北京市政府今天宣布三千人参加了会议百分之十的居民'.repeat(2_000),
    ];
    for (const text of inputs) {
      const result = lint(text, { rules, config: configFor(ID) });
      assert.deepEqual(result.ruleErrors, []);
      assert.equal(result.article.text, text);
    }
  });

  it('finds the shared examples where CI expects them', () => {
    assert.ok(existsSync(path.join(EXAMPLES, 'scraped-article.txt')), EXAMPLES);
  });
});
