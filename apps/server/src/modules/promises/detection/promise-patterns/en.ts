import type { PromiseRules } from '../detect-promises';
import {
  VAGUE,
  businessDaysPiece,
  clockPiece,
  dayPiece,
  daysPiece,
  minutesPiece,
  numberFrom,
  partPiece,
  weekPiece,
  weekdayPiece,
} from '../time-pieces';

const re = (source: string): RegExp => new RegExp(source, 'iu');
const all = (source: string): RegExp => new RegExp(source, 'giu');

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50,
}; // prettier-ignore
const NUMBER = String.raw`(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty(?:-five)?|fifty)`;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_NAME = WEEKDAYS.join('|');
const WITHIN = String.raw`(?:in|within|during|inside|in the next|within the next|over the next|in about|in less than|no later than|in up to|in around)`;

/** Someone on the company's side: the agent, "we", a colleague, the service, or the thing being sent. */
/** People on the company's side: "I", "we", a team, a technician, a named colleague. */
const PEOPLE = String.raw`(?:i|we|our\s+(?:\w+\s+)?(?:team|department|dept|specialists?|engineers?|technicians?|couriers?|drivers?|agents?|staff|colleagues?|managers?|partner|installers?|experts?)|(?:an?|the|your)\s+(?:technician|engineer|specialist|courier|driver|manager|installer|agent|expert|supervisor)|(?:my|a)\s+colleague(?:\s+[A-Z][a-z]+)?|someone|somebody|[A-Z][a-z]+\s+from\s+(?:our\s+)?\w+(?:\s+team)?|they|he|she)`;
const OURS = String.raw`(?:i|we|our\s+(?:team|technician|engineer|specialist|courier|driver|manager|colleague|support|billing|warehouse|logistics)(?:\s+team)?|(?:the|your)\s+(?:technician|engineer|specialist|courier|driver|manager|team|replacement|refund|package|parcel|order|money|payment|credit|new\s+\w+|invoice|card|device|item|delivery|return|account|router|ticket|parts?|documents?|contract|statement|label|code|voucher|shipment)(?:\s+(?!will\b|is\b|are\b)\w+)?|someone|somebody|(?:my|a)\s+colleague(?:\s+[A-Z][a-z]+)?|a\s+(?:technician|specialist|courier|engineer|manager)|someone\s+from\s+our\s+\w+(?:\s+team)?|[A-Z][a-z]+\s+from\s+(?:our\s+)?\w+(?:\s+team)?|it|this|that|they|he|she)`;
const FUTURE_VERB = String.raw`(?:call|ring|phone|email|e-mail|text|message|write|send|ship|deliver|bring|come|visit|arrive|get|reach|contact|update|check|look|investigate|fix|repair|replace|refund|return|credit|issue|process|resolve|sort|follow|escalate|confirm|let|share|forward|pass|book|schedule|arrange|activate|restore|reset|review|handle|take|prepare|pick|collect|install|be|have|make|keep|personally|definitely|also|then|now|still|try|do|dispatch|reimburse|transfer|unblock|reactivate|reconnect|connect|notify|inform|swap|exchange|cancel|compensate|give|hear|receive|put|post|push|apply|reply|respond|contact)`;

export const enPromiseRules: PromiseRules = {
  commitments: [
    re(
      String.raw`\b${OURS}\s*(?:'ll|’ll|\s+will|\s+shall|'re going to|’re going to|'m going to|’m going to|\s+am going to|\s+are going to|\s+is going to|'s going to|’s going to)\s+(?:be\s+)?${FUTURE_VERB}`,
    ),
    // Any verb after "I'll", "we'll", "our engineer will" but asking the customer for something.
    re(
      String.raw`\b${PEOPLE}(?:'ll|’ll|\s+will|\s+shall)\s+(?:definitely\s+|personally\s+|also\s+|then\s+|certainly\s+|surely\s+|immediately\s+|just\s+)?(?!need\b|require\b|have\s+to\s+ask|wait\b|be\s+(?:happy|glad|pleased|here|around|available)\b)[a-z]{2,}\b`,
    ),
    re(String.raw`\b(?:you(?:'ll|’ll|\s+will)|you're going to|you’re going to)\s+(?:receive|get|hear|see|have)\b`),
    re(
      String.raw`\b(?:expect|you\s+can\s+expect)\s+(?:a|an|our|the|your|my)\s+(?:call|email|e-mail|message|update|reply|answer|visit|refund|replacement|delivery|parcel|package|text)\b`,
    ),
    re(String.raw`\b(?:we|i)\s+(?:promise|guarantee|commit)\b`),
    re(String.raw`(?<!\byou(?:'re|’re|\s+are)?\s)\b(?:gonna|gon\s+na)\s+[a-z]{2,}\b`),
    // "I'm escalating this and will update you": the subject said once for both verbs.
    re(String.raw`\b(?:i|we)\b[^.;]*?\band\s+(?:will|shall)\s+(?:also\s+|then\s+)?${FUTURE_VERB}\b`),
    re(
      String.raw`\bwill\s+be\s+(?:(?:re)?(?:sent|shipped|delivered|refunded|credited|fixed|repaired|replaced|resolved|processed|restored|activated|reactivated|unblocked|ready|done|back|there|completed|returned|issued|updated|installed|dispatched|collected|picked up|back online|reconnected|connected|cancelled|canceled|approved|reimbursed|transferred|applied|posted|available)|in\s+your\s+\w+|with\s+you|at\s+your\s+\w+|on\s+your\s+\w+)\b`,
    ),
  ],
  timedCommitments: [
    re(
      String.raw`\b(?:the|your)\s+(?:refund|replacement|money|payment|credit|order|package|parcel|technician|courier|engineer|specialist|delivery)\s+(?:arrives|comes|reaches|goes out|ships|lands|is due|is scheduled|is booked|is on its way|is coming|gets)\b`,
    ),
    re(
      String.raw`\b(?:i|we)(?:'m|’m|'re|’re|\s+am|\s+are)\s+(?:calling|sending|shipping|coming|visiting|booking|scheduling)\b`,
    ),
    // "a new charger is going out to you tomorrow": the thing in motion, with its day.
    re(
      String.raw`\b(?:is|are|'s|’s)\s+(?:going\s+out|being\s+(?:sent|shipped|dispatched|delivered|prepared|processed)|heading\s+(?:your\s+way|to\s+you|out)|scheduled|booked|leaving|due)\b`,
    ),
    re(String.raw`\b(?:i|we)(?:'ve|’ve|\s+have)\s+(?:booked|scheduled|arranged|planned)\b`),
    // Plans and expectations the company sets: "should arrive by Thursday", "we aim to".
    re(
      String.raw`\b(?:should|ought\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?:arrive|reach|land|get\s+to|show\s+up|be\s+(?:with|there|delivered|back|ready|done|fixed|credited|visible|in|on|sorted|resolved))\b`,
    ),
    re(
      String.raw`\b(?:we|i)(?:'re|’re|\s+are|'m|’m|\s+am)?\s+(?:plan(?:ning)?|aim(?:ing)?|expect(?:ing)?|intend(?:ing)?)\s+to\b`,
    ),
    re(String.raw`\b(?:eta|estimated\s+(?:delivery|arrival))\b`),
    // "Give me an hour": the agent will be back within it.
    re(String.raw`\b(?:give|allow)\s+me\b`),
  ],
  unless: [
    // Someone else's words, and promises made before this reply.
    re(
      String.raw`\b(?:you\s+(?:wrote|said|mentioned|were\s+told|were\s+promised|have\s+been\s+told|had\s+been\s+promised|was\s+told)|(?:he|she|they|the\s+\w+)\s+(?:said|told\s+(?:you|me|us)|promised|claimed|mentioned)|we\s+promised|i\s+promised\s+you\s+(?:yesterday|last)|according\s+to\s+(?:the|your)\s+(?:courier|carrier|bank|driver))\b`,
    ),
    // Offers that wait for the customer's choice.
    re(
      String.raw`\b(?:if\s+you(?:'d|’d|\s+would)?\s+(?:like|want|prefer|wish)|if\s+that\s+works|if\s+it\s+suits|if\s+you\s+are\s+(?:ok|okay|happy)|would\s+you\s+like|do\s+you\s+want|let\s+me\s+know\s+if\s+you\s+want)\b`,
    ),
    // Policy and how things usually go.
    re(
      String.raw`\b(?:usually|normally|typically|generally|as\s+a\s+rule|in\s+most\s+cases|on\s+average|tend\s+to|may\s+take|can\s+take|our\s+(?:office|store|shop|branch|support\s+line)\s+(?:opens|closes|is\s+open|is\s+closed|will\s+(?:open|close|be))|the\s+(?:promotion|promo|offer|sale|discount)\s+(?:ends|will\s+end|expires|runs))\b`,
    ),
    // Opening hours and closures are facts about the company, not tasks for this customer.
    re(
      String.raw`\b(?:will\s+be|'ll\s+be|’ll\s+be)\s+(?:closed|shut|open)\b|\b(?:is|are)\s+(?:closed|shut|open)\s+(?:tomorrow|today|on|until|from|for|this|next|over)\b`,
    ),
    // Courtesy: being glad to help is no task.
    re(String.raw`\b(?:will|'ll|’ll)\s+be\s+(?:happy|glad|pleased|here|around|available)\b`),
    // Third parties outside the company.
    re(String.raw`\b(?:your|the)\s+(?:bank|card\s+issuer|post\s+office)\s+(?:will|may|might|should|usually)\b`),
    re(
      String.raw`\b(?:can't|can’t|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:promise|guarantee|confirm|commit)\b`,
    ),
    // A plan for when things go wrong is no promise: "if it hasn't arrived by Friday, we'll…".
    re(
      String.raw`\bif\s+(?:it|this|that|they|the\s+\w+|your\s+\w+|you|nothing)\s+(?:still\s+)?(?:hasn't|hasn’t|haven't|haven’t|doesn't|doesn’t|don't|don’t|isn't|isn’t|aren't|aren’t|won't|won’t|is\s+not|does\s+not|has\s+not|hasn't\s+been|didn't|didn’t|fails?|still)\b`,
    ),
    re(
      String.raw`\b(?:yesterday|last\s+(?:week|night|monday|tuesday|wednesday|thursday|friday))\b(?![^,]*\b(?:will|'ll|’ll|again)\b)`,
    ),
  ],
  negation:
    /(?:\bnot|n't|n’t|\bnever|\bno\s+longer|\bunable\s+to|\bcannot)\s*(?:\w+\s+)?$|\b(?:won't|won’t|will\s+not|wont)\b/iu,
  times: [
    {
      pattern: all(String.raw`\b(\d{1,2}):(\d{2})\s*(a\.?m\b\.?|p\.?m\b\.?)?`),
      read: (m) => clockPiece(m[1], m[2], meridiem(m[3])),
    },
    {
      pattern: all(
        String.raw`\b(?:at|by|before|until|till|around|about|no\s+later\s+than|from)\s+(\d{1,2})(?:\s*(a\.?m\b\.?|p\.?m\b\.?|o'clock|o’clock))?(?![\d:/]|[.,]\d|\s*(?:%|days?|hours?|minutes?|business|working|weeks?))`,
      ),
      read: (m) => clockPiece(m[1], undefined, meridiem(m[2])),
    },
    {
      pattern: all(String.raw`\b(\d{1,2})\s*(a\.?m\b\.?|p\.?m\b\.?)`),
      read: (m) => clockPiece(m[1], undefined, meridiem(m[2])),
    },
    { pattern: all(String.raw`\b(?:noon|midday)\b`), read: () => clockPiece('12') },
    { pattern: all(String.raw`\b(?:today|later\s+today)\b`), read: () => dayPiece(0) },
    { pattern: all(String.raw`\b(?:the\s+)?day\s+after\s+tomorrow\b`), read: () => dayPiece(2) },
    { pattern: all(String.raw`\btomorrow\b`), read: () => dayPiece(1) },
    // "tomorrow morning": the day comes from its own rule, the part from these.
    {
      pattern: all(
        String.raw`\b(?:tonight|this\s+evening|in\s+the\s+evening|(?<=(?:tomorrow|${DAY_NAME})\s)evening)\b`,
      ),
      read: () => partPiece('evening'),
    },
    {
      pattern: all(
        String.raw`\b(?:this\s+morning|in\s+the\s+morning|(?<=(?:tomorrow|${DAY_NAME})\s)morning|first\s+thing(?:\s+in\s+the\s+morning)?)\b`,
      ),
      read: () => partPiece('morning'),
    },
    {
      pattern: all(String.raw`\b(?:this\s+afternoon|in\s+the\s+afternoon|(?<=(?:tomorrow|${DAY_NAME})\s)afternoon)\b`),
      read: () => partPiece('afternoon'),
    },
    {
      pattern: all(String.raw`\b(?:at|around|over|during|after|by)\s+lunch(?:time)?\b`),
      read: () => partPiece('midday'),
    },
    {
      pattern: all(
        String.raw`\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|to)?day|eod|close\s+of\s+business|cob|before\s+the\s+day\s+is\s+out)\b`,
      ),
      read: () => partPiece('endOfDay'),
    },
    {
      pattern: all(String.raw`\b(?:(?:on|by|this|next|until|before|till|coming)\s+)?(${DAY_NAME})\b`),
      read: (m) => weekdayOf(m[1]),
    },
    {
      pattern: all(String.raw`\b(?:this\s+week|(?:the\s+)?end\s+of\s+(?:the|this)\s+week)\b`),
      read: () => weekPiece('this'),
    },
    { pattern: all(String.raw`\bnext\s+week\b`), read: () => weekPiece('next') },
    { pattern: all(String.raw`\b${WITHIN}\s+half\s+an\s+hour\b|\bhalf\s+an\s+hour\b`), read: () => minutesPiece(30) },
    {
      pattern: all(String.raw`\b${WITHIN}\s+(?:the\s+)?${NUMBER}\s+(minutes?|mins?|hours?|hrs?)\b`),
      read: (m) => minutesPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^h/iu.test(m[2] ?? '') ? 60 : 1)),
    },
    { pattern: all(String.raw`\b${WITHIN}\s+(?:the\s+)?(?:hour|next\s+hour)\b`), read: () => minutesPiece(60) },
    {
      pattern: all(
        String.raw`\b(?:give|allow)\s+me\s+(?:about\s+|around\s+|roughly\s+)?(an?|one|two|three|a\s+couple\s+of|\d{1,2})\s+(minutes?|mins?|hours?)\b`,
      ),
      read: (m) =>
        minutesPiece(
          times(/couple/iu.test(m[1] ?? '') ? 2 : numberFrom(m[1] ?? '', NUMBERS), /^h/iu.test(m[2] ?? '') ? 60 : 1),
        ),
    },
    {
      pattern: all(String.raw`\b${NUMBER}\s+(?:business|working)\s+days?\b`),
      read: (m) => businessDaysPiece(numberFrom(m[1] ?? '', NUMBERS)),
    },
    {
      pattern: all(String.raw`\b${WITHIN}\s+(?:the\s+)?${NUMBER}\s+(days?|weeks?)\b`),
      read: (m) => daysPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^w/iu.test(m[2] ?? '') ? 7 : 1)),
    },
    { pattern: all(String.raw`\b${WITHIN}\s+(?:a|one|the)\s+week\b`), read: () => daysPiece(7) },
    {
      pattern: all(
        String.raw`\b(?:takes?|will\s+take|needs?)\s+(?:up\s+to|no\s+more\s+than|at\s+most|a\s+maximum\s+of|about|around)?\s*${NUMBER}\s+(days?|weeks?)\b`,
      ),
      read: (m) => daysPiece(times(numberFrom(m[1] ?? '', NUMBERS), /^w/iu.test(m[2] ?? '') ? 7 : 1)),
    },
    {
      pattern: all(
        String.raw`\b(?:soon|shortly|asap|as\s+soon\s+as\s+(?:possible|we\s+can|i\s+can)|right\s+away|in\s+a\s+(?:bit|moment|while)|at\s+the\s+earliest|promptly|later)\b`,
      ),
      read: () => VAGUE,
    },
  ],
};

function meridiem(text: string | undefined): 'am' | 'pm' | undefined {
  if (!text) return undefined;
  if (/^a/iu.test(text)) return 'am';
  if (/^p/iu.test(text)) return 'pm';
  return undefined;
}

const times = (count: number | null, unit: number): number | null => (count === null ? null : count * unit);

function weekdayOf(name: string | undefined) {
  const index = WEEKDAYS.findIndex((day) => day.startsWith((name ?? '').toLowerCase().slice(0, 3)));
  return index === -1 ? null : weekdayPiece(index + 1);
}
