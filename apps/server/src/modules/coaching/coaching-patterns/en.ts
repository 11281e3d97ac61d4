import type { CoachingRule } from '../check-reply';
import { B, E, W, anyOf } from './regex';

const WE = String.raw`${B}(?:i|we)`;
const WILL = String.raw`(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to|’re\s+going\s+to)`;
const HAVE = String.raw`(?:'ve|’ve|\s+have)`;
/** What an agent does to own a problem. */
const ACT = String.raw`(?:check|ask|pass|forward|escalate|write|e-?mail|message|call|ring|contact|get\s+back|follow\s+up|let\s+you\s+know|look\s+into|find\s+out|update\s+you|keep\s+you|send|refund|arrange|book|make\s+sure|talk|speak|raise|open|create|file|report|investigate|handle|take\s+care|fix|monitor|keep\s+an\s+eye|reach\s+out|chase|request|confirm|reply|come\s+back|dig|replace|resend|credit|schedule)`;
const DONE = String.raw`(?:passed|forwarded|escalated|reported|raised|opened|created|filed|booked|arranged|asked|sent|issued|refunded|changed|updated|fixed|reset|added|cancell?ed|scheduled|contacted|written|e-?mailed|called|flagged|requested|credited|restored|unlocked|replaced|applied|resent|reactivated)`;

/** The agent owns what happens next: a commitment, something already done, someone who will act. */
const OWNERSHIP = [
  anyOf(
    String.raw`${WE}${WILL}\s+(?:${W})?${ACT}`,
    String.raw`${WE}${HAVE}\s+(?:already\s+|just\s+|now\s+|also\s+)?${DONE}`,
    String.raw`${WE}\s+(?:already\s+|just\s+)?${DONE}\s`,
    // An offer is a next step the agent owns: "I can refund the extra item right now".
    String.raw`${WE}\s+(?:can|could)\s+(?:also\s+|still\s+)?(?:${ACT}|offer|suggest|reserve|recommend|arrange|cancel|change|move|swap|add)${E}`,
    String.raw`${B}(?:shall|should|may)\s+i\s+(?:${ACT}|go\s+ahead|do\s+that|reserve|cancel|change)`,
    String.raw`${B}want\s+me\s+to${E}|${B}would\s+you\s+like\s+me\s+to${E}`,
    String.raw`${B}let\s+me\s+(?:check|ask|find\s+out|look|see|pass|escalate|forward|get|talk|speak|follow|contact|take|dig)`,
    String.raw`${B}will\s+(?:call|contact|e-?mail|write\s+to|get\s+back\s+to|reach\s+out\s+to|be\s+in\s+touch\s+with|follow\s+up\s+with|update)\s+you`,
    String.raw`${B}(?:i'm|i’m|i\s+am|we're|we’re|we\s+are)\s+(?:already\s+|now\s+)?(?:checking|looking\s+into|investigating|working\s+on|escalating|following\s+up|chasing|contacting|talking\s+to)`,
    String.raw`${B}our\s+(?:engineers|developers|team|technicians|specialists)\s+(?:are|is)\s+(?:already\s+)?(?:working|looking|fixing|investigating|on\s+it)`,
  ),
];

/** The problem is fixed on our side: "try again" after it is not a brush-off. */
const RESOLVED = [
  anyOf(
    String.raw`${B}(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+)?(?:fixed|resolved|restored|back\s+(?:up|online|to\s+normal)|over|working\s+again)${E}`,
    String.raw`${B}(?:works|is\s+working)\s+again${E}`,
  ),
];

/** A next step the customer can take with someone who can help ("you can contact the service centre"). */
const REDIRECT = [
  anyOf(
    String.raw`${B}(?:you\s+can|you\s+could|you\s+may|please|feel\s+free\s+to|i\s+recommend|i'd\s+recommend|i\s+suggest|best\s+to)\s+(?:also\s+|directly\s+)?(?:contact|reach|write\s+to|e-?mail|call|visit|go\s+to|apply|file|submit|request|order|book|find|check\s+the\s+status|change|update\s+it)`,
  ),
];

const CONDITION = String.raw`${B}if\s+(?:it|this|that|these|nothing|the\s+(?:problem|issue|error|app|page)|you\s+still|it's|it’s)\s+(?:still\s+)?(?:doesn't|does\s+not|didn't|did\s+not|won't|will\s+not|isn't|is\s+not|fails|persists|continues|remains|comes\s+back|happens\s+again|keeps|is\s+still|still|can't|cannot|see|get|changes)`;
const CONTACT = String.raw`(?:let\s+(?:me|us)\s+know|write|reply|message|text|e-?mail|contact|tell\s+(?:me|us)|ping|reach|get\s+back|drop\s+(?:me|us)|${WE}${WILL})`;
/** "If it doesn't help, write to me": the agent stays with the problem. */
const FALLBACK = [
  anyOf(
    String.raw`${CONDITION}[^.!?]*${CONTACT}`,
    String.raw`${CONTACT}[^.!?]*${B}if\s`,
    String.raw`${B}let\s+(?:me|us)\s+know\s+(?:if|whether|how)`,
  ),
];

const REFUSAL_WORDS = anyOf(
  String.raw`${B}(?:unfortunately|i'm\s+afraid|i’m\s+afraid|regrettably)${E}`,
  String.raw`${B}(?:can't|can’t|cannot|can\s+not|unable\s+to|not\s+able\s+to|not\s+possible)${E}`,
  String.raw`${B}(?:don't|don’t|do\s+not)\s+have\s+(?:any\s+)?(?:information|info|news|updates?)`,
);

/** A refusal firm enough that a polite sign-off after it closes the door. */
const FIRM_REFUSAL = anyOf(
  String.raw`${WE}(?:\s+are|'re|’re|\s+am|'m|’m)\s+(?:not\s+able|unable)\s+to`,
  String.raw`${WE}\s+(?:can't|can’t|cannot|can\s+not|won't|won’t|will\s+not)${E}`,
  String.raw`${WE}\s+(?:don't|don’t|do\s+not)\s+(?:offer|provide|give|pay|issue|accept|allow|make|refund|compensate|exchange)`,
  String.raw`${B}(?:can't|can’t|cannot|can\s+not|won't|won’t)\s+be\s+\S+ed${E}`,
  String.raw`${B}(?:policy|rules|terms)\s+(?:doesn't|doesn’t|does\s+not|don't|don’t|do\s+not)\s+allow`,
  String.raw`${B}not\s+(?:possible|available)${E}|${B}no\s+longer${E}|${B}discontinued${E}`,
);
/** Disowning the problem ("we are not responsible for…"): defensive, and a brush-off when nothing follows. */
const DISCLAIMER = String.raw`${B}(?:we|the\s+company|[a-z]+\s+inc)(?:'re|’re|\s+are|\s+is)\s+not\s+(?:responsible|liable|accountable)\s+for|${B}(?:can(?:no|')t|can’t)\s+be\s+held\s+(?:responsible|liable)|${B}(?:do|does)\s+not\s+take\s+responsibility`;

const WRONG = String.raw`(?:wrong|incorrect|invalid|false|mistyped|misspelled|old|outdated|expired)`;
const NOT_BLAME = [
  anyOf(
    String.raw`${B}(?:if|in\s+case|whether|unless)\s+you${E}`,
    String.raw`(?:not|n't|n’t)\s+(?:\S+\s+)?your\s+fault`,
    String.raw`${B}(?:don't|don’t|do\s+not)\s+worry|${B}no\s+worries|happens\s+to\s+(?:everyone|all\s+of\s+us|the\s+best)|${B}easy\s+to\s+(?:miss|mix)`,
  ),
];
const DIGNITY = [
  anyOf(String.raw`${B}let's\s+fix|${B}let’s\s+fix|${B}(?:no\s+worries|don't\s+worry|don’t\s+worry)${E}`),
];

export const enCoachingRules: readonly CoachingRule[] = [
  {
    check: 'brush_off',
    pattern: anyOf(
      String.raw`${B}all\s+(?:of\s+)?(?:our\s+)?(?:specialists|agents|operators|managers|consultants|representatives|reps|lines|staff|engineers|technicians)\s+(?:are\s+)?(?:currently\s+|still\s+|now\s+|all\s+)?(?:busy|occupied|unavailable|engaged)`,
      String.raw`${B}nothing\s+(?:more\s+|else\s+)?(?:we|i)\s+can\s+do`,
      String.raw`${WE}\s+(?:can't|can’t|cannot|can\s+not)\s+(?:do\s+anything|help|assist)`,
      String.raw`${WE}(?:\s+are|'re|’re|\s+am|'m|’m)\s+(?:unable|not\s+able)\s+to\s+(?:help|assist|do\s+anything)`,
      String.raw`${B}we\s+(?:don't|don’t|do\s+not)\s+(?:handle|deal\s+with|cover|process|accept|support)${E}`,
      String.raw`${B}outside\s+(?:of\s+)?(?:what|our|the\s+scope|my)`,
      String.raw`${B}not\s+(?:something\s+)?(?:we|our\s+team|i)\s+(?:can|could|are\s+able\s+to)\s+(?:help|assist)`,
      String.raw`${B}(?:refunds?|returns?|exchanges?|cancell?ations?|compensation|changes)\s+(?:are|is)\s+(?:not\s+possible|not\s+available|impossible|not\s+allowed|not\s+permitted)`,
      String.raw`${WE}\s+(?:don't|don’t|do\s+not)\s+have\s+(?:any\s+)?(?:information|info|news|updates?|an\s+eta)`,
      String.raw`${WE}(?:\s+are|'re|’re)?\s+(?:not\s+able\s+to|unable\s+to|don't|don’t|do\s+not|won't|won’t|will\s+not)\s+(?:offer|provide|give|pay|issue|make)\s+(?:any\s+)?(?:compensation|refunds?|exceptions?|discounts?|credits?|replacements?)`,
      String.raw`${B}(?:policy|rules|terms)\s+(?:doesn't|doesn’t|does\s+not|don't|don’t|do\s+not)\s+allow`,
      DISCLAIMER,
      String.raw`${B}not\s+(?:by\s+|for\s+|with\s+|to\s+)?us\s*[.!,;]`,
      String.raw`${B}(?:handled|dealt\s+with|managed|decided|covered)\s+by\s+(?:the\s+)?\S+(?:\s+\S+)?,?\s+not\s+(?:by\s+)?us${E}`,
    ),
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    // A refusal of what the customer asked, with no alternative, owner or next step anywhere in the reply.
    check: 'brush_off',
    question: false,
    pattern: anyOf(
      String.raw`${B}we\s+(?:can't|can’t|cannot|can\s+not|won't|won’t|will\s+not|are\s+(?:not\s+able|unable)\s+to|aren't\s+able\s+to|won't\s+be\s+able\s+to)\s+(?:\S+\s+)?(?:change|modify|edit|cancel|refund|return|exchange|replace|compensate|offer|give|provide|accept|make|extend|reopen|restore|recover|deliver|ship|send|help|assist|do)${E}`,
      String.raw`${B}(?:can't|can’t|cannot|can\s+not|won't|won’t)\s+be\s+(?:changed|modified|edited|cancell?ed|refunded|returned|exchanged|replaced|compensated|reopened|restored|recovered|extended)${E}`,
    ),
    unless: [anyOf(String.raw`${B}(?:if|unless|but|however)${E}`)],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    // The reflexive closer counts only when the reply also turns the problem down.
    check: 'brush_off',
    pattern: anyOf(String.raw`${B}anything\s+else${E}`, String.raw`${B}(?:any\s+)?other\s+questions${E}`),
    needsInReply: [REFUSAL_WORDS],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    // A polite sign-off right after a firm refusal is the same closed door.
    check: 'brush_off',
    pattern: anyOf(
      String.raw`${B}have\s+a\s+(?:nice|great|good|lovely|wonderful)\s+(?:day|one|evening|weekend)`,
      String.raw`${B}thanks?\s+(?:you\s+)?for\s+(?:your\s+(?:understanding|patience)|reaching\s+out|contacting\s+us|getting\s+in\s+touch)`,
      String.raw`${B}hope\s+to\s+see\s+you\s+(?:again|soon)|${B}take\s+care${E}`,
    ),
    needsInReply: [FIRM_REFUSAL],
    unlessReply: [...OWNERSHIP, ...REDIRECT],
  },
  {
    check: 'robotic_paraphrase',
    question: true,
    pattern: anyOf(
      String.raw`${B}if\s+i\s+(?:understand|understood|get|got|read)\s+(?:you\s+|this\s+|that\s+|it\s+)?(?:correctly|right|properly)`,
      String.raw`${B}(?:do|did)\s+i\s+(?:understand|get|read)\s+(?:you\s+|this\s+|that\s+|it\s+)?(?:correctly|right)`,
      String.raw`${B}am\s+i\s+(?:right|correct)\s+(?:that|in\s+(?:thinking|understanding|saying))`,
      String.raw`${B}(?:just\s+)?to\s+(?:confirm|clarify|double-check|make\s+sure\s+i\s+(?:understand|got\s+(?:this|that|it)\s+right))\s*[,:—–-]?\s*(?:you|your|the|this|that|so)${E}`,
      String.raw`${B}(?:just\s+)?to\s+(?:confirm|clarify|double-check|make\s+sure|be\s+sure)\s*[,:—–]`,
      String.raw`^\s*so,?\s+you(?:'ve|’ve|\s+have)?\s+(?:[a-z]+ed|got|received|paid|bought|sent|made|saw|took|lost)${E}`,
      String.raw`${B}let\s+me\s+(?:make\s+sure|check|confirm|see\s+if)\s+i\s+(?:understand|understood|got|get)`,
      String.raw`${B}(?:so\s+)?what\s+you(?:'re|’re|\s+are)\s+saying\s+is`,
      String.raw`${B}so\s+you(?:'re|’re|\s+are)\s+saying`,
      String.raw`${B}if\s+i\s+follow\s+you`,
      String.raw`${B}just\s+so\s+i(?:'m|’m|\s+am)\s+(?:clear|sure|on\s+the\s+same\s+page)`,
      String.raw`^\s*(?:so,?\s+)?you(?:'re|’re|\s+are)\s+(?:saying|telling\s+me)${E}`,
      String.raw`^\s*(?:so,?\s+)?you\s+mean${E}`,
      String.raw`^\s*so,?\s+(?:basically|in\s+other\s+words|to\s+sum\s+up)${E}`,
      String.raw`${B}(?:from\s+what|as\s+far\s+as)\s+i\s+(?:gather|understand|can\s+see|can\s+tell|read)`,
      String.raw`${B}as\s+i\s+understand\s+(?:it|you)${E}|${B}my\s+understanding\s+is${E}`,
      String.raw`${B}correct\s+me\s+if\s+i(?:'m|’m|\s+am)\s+wrong`,
      String.raw`${B}if\s+i(?:'m|’m|\s+am)\s+reading\s+(?:this|that|you)\s+(?:right|correctly)`,
      // A tag question after a statement about the customer: "you got no email, right?"
      String.raw`${B}(?:you|your)${E}[^?]*,\s*(?:right|correct|is\s+that\s+(?:right|correct)|yes)\s*\?`,
    ),
    // A real clarifying question: it offers alternatives or asks for what is missing.
    unless: [
      anyOf(
        String.raw`${B}(?:or|whether|rather\s+than|instead\s+of|only)${E}`,
        String.raw`${B}(?:which|what|when|where|how)\s+(?:do|did|does|is|are|was|were|would|should|can|could|exactly|browser|device|version|app|order|e-?mail|number|time|date|model|plan|method|card|kind|type|one)${E}`,
        String.raw`${B}(?:could|can|would)\s+you\s+(?:please\s+)?(?:send|share|tell|confirm\s+which|check|attach)`,
      ),
    ],
  },
  {
    check: 'defensive_tone',
    pattern: anyOf(
      String.raw`${B}as\s+(?:i|we)(?:'ve|’ve|\s+have)?\s+(?:already|previously)\s+(?:explained|said|stated|mentioned|told|wrote|written|pointed|informed|noted|answered)`,
      String.raw`${B}(?:as|like)\s+i\s+(?:said|told\s+you)`,
      String.raw`${B}as\s+(?:i|we)\s+(?:explained|stated|wrote|mentioned)\s+(?:before|earlier|above|previously|twice|several\s+times|many\s+times|in\s+(?:my|our)\s+(?:previous|last|earlier))`,
      String.raw`${WE}${HAVE}\s+already\s+(?:explained|told\s+you|said|answered|mentioned|written|stated)`,
      String.raw`${B}told\s+you\s+(?:twice|several\s+times|many\s+times|already|before)`,
      String.raw`${B}for\s+the\s+(?:second|third|fourth|fifth|last|hundredth|umpteenth|nth)\s+time`,
      String.raw`${B}i\s+(?:repeat|will\s+repeat|'ll\s+repeat|’ll\s+repeat)${E}`,
      String.raw`${B}(?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+not\s+our\s+(?:fault|problem|issue)`,
      String.raw`${B}not\s+our\s+fault${E}`,
      String.raw`${B}we(?:'re|’re|\s+are)\s+not\s+(?:to\s+blame|at\s+fault)`,
      String.raw`${B}we\s+did\s+(?:everything|nothing)\s+(?:right|correctly|wrong)`,
      String.raw`${B}we\s+did\s+(?:our|everything)\s+(?:part|correctly)`,
      String.raw`${B}(?:nothing|no\s+problem)\s+(?:is\s+)?wrong\s+(?:on|with)\s+our\s+(?:side|end)`,
      String.raw`${B}(?:problem|issue|error)\s+is\s+(?:not\s+on\s+our\s+(?:side|end)|on\s+your\s+(?:side|end))`,
      String.raw`${B}(?:please\s+)?(?:re-?read|read)\s+(?:our|my|the)\s+(?:previous\s+|last\s+|earlier\s+)?(?:message|reply|email|e-mail|answer|response|instructions)s?\s+(?:\S+\s+){0,3}?(?:carefully|again|more\s+carefully|properly)`,
      String.raw`${B}read\s+(?:it|them|this|that)?\s*(?:more\s+)?carefully`,
      String.raw`${B}no\s+need\s+to\s+(?:be\s+rude|shout|yell|raise|get\s+(?:angry|upset)|use\s+(?:that|such))`,
      String.raw`${B}calm\s+down${E}`,
      String.raw`${WE}(?:'ve|’ve|\s+have)\s+(?:already\s+)?(?:covered|answered|addressed|replied\s+to|explained)\s+(?:this|that|it)\s+(?:already|before|several|many|multiple|twice|in\s+(?:our|my)\s+(?:previous|earlier|last))`,
      String.raw`${WE}(?:'ve|’ve|\s+have)\s+already\s+(?:covered|answered|addressed|replied)`,
      String.raw`${B}(?:as\s+)?(?:clearly|plainly|explicitly)\s+(?:stated|written|indicated|mentioned|explained|says|said|shown)`,
      String.raw`${B}with\s+all\s+(?:due\s+)?respect${E}`,
      String.raw`${B}(?:explained|told\s+you|said|answered|mentioned|stated|written|informed\s+you|covered)\s+(?:\S+\s+){0,8}?(?:multiple|several|many|numerous|countless)\s+times${E}`,
      String.raw`${B}(?:explained|answered|covered|told\s+you|said)\s+(?:this|that|it|everything|all\s+(?:this|of\s+this))\s+(?:already|before|more\s+than\s+once|twice)${E}`,
      String.raw`${B}(?:more\s+than\s+once|again\s+and\s+again|over\s+and\s+over)${E}`,
      String.raw`${WE}(?:'ve|’ve|\s+have)?\s+already\s+(?:\S+\s+)?(?:explained|spelled|spelt|detailed|described|covered|went\s+over|gone\s+over|clarified|laid)${E}`,
      String.raw`${B}(?:explain|repeat|say|tell\s+you)\s+(?:\S+\s+){0,5}?(?:ten|twenty|a\s+hundred|a\s+thousand|\d+)\s+times${E}`,
      String.raw`${B}(?:i'm|i’m|i\s+am)\s+not\s+going\s+to\s+(?:explain|repeat)|${B}i\s+(?:don't|don’t|do\s+not)\s+have\s+to\s+(?:explain|repeat)`,
      String.raw`${B}hardly\s+(?:what\s+(?:i'd|i’d|i\s+would)\s+call\s+)?(?:a|an)\s+(?:delay|problem|issue|big\s+deal|disaster)|^\s*come\s+on,`,
      String.raw`${B}(?:once\s+(?:again|more)|again),?\s+(?:i(?:'d|’d|\s+would)\s+like\s+to\s+|we(?:'d|’d|\s+would)\s+like\s+to\s+|let\s+me\s+)?(?:draw\s+your\s+attention|remind\s+you|point\s+out|stress)`,
      String.raw`${B}remind(?:ing)?\s+you\s+(?:once\s+)?again${E}`,
      String.raw`${B}never\s+(?:had|received|got|seen)\s+(?:a\s+|any\s+)?(?:complaints?|problems?|issues?)\s+(?:like\s+(?:this|yours)|before|about)|${B}you(?:'re|’re|\s+are)\s+the\s+(?:first|only)\s+(?:customer|one|person)\s+(?:to|who)`,
      String.raw`${B}nothing\s+(?:more|else)\s+(?:to\s+add|(?:i|we)\s+can\s+add|to\s+say)`,
      String.raw`${B}we(?:'re|’re|\s+are)\s+(?:just|only|merely|simply)\s+(?:the|a|an)\s+(?:seller|reseller|marketplace|platform|intermediary|retailer|store|shop|middleman)`,
      DISCLAIMER,
      String.raw`^\s*(?:oh|yeah|well),?\s+(?:sure|right|of\s+course|great|wow)${E}`,
      String.raw`${B}surprise,\s*surprise|${B}what\s+a\s+surprise`,
      String.raw`${B}(?:of\s+course|obviously|sure),?\s+(?:it(?:'s|’s|\s+is)\s+(?:always\s+)?(?:our|the\s+company's)\s+fault|because\s+it(?:'s|’s|\s+is)\s+always)`,
    ),
  },
  {
    check: 'blaming_customer',
    pattern: anyOf(
      String.raw`${B}you\s+(?:have\s+|had\s+|just\s+)?(?:entered|typed|put\s+in|put|provided|gave\s+us|specified|selected|chose|picked|used|filled\s+in|wrote|registered|ordered|booked|sent)\s+(?:in\s+)?(?:\S+\s+){0,2}?${WRONG}`,
      String.raw`${B}you\s+(?:just\s+|simply\s+|probably\s+|obviously\s+|clearly\s+)?(?:didn't|didn’t|did\s+not|never|failed\s+to|forgot\s+to|neglected\s+to)\s+(?:read|check|confirm|follow|enter|update|pay|select|click|fill|verify|activate|apply|tell|notify|provide|attach|save|specify|look|include)`,
      String.raw`${B}you\s+(?:should|must|need\s+to|ought\s+to)\s+have\s+(?:read|checked|known|noticed|looked|entered|selected|contacted|told|paid|confirmed|updated|followed|double-checked|verified|asked)`,
      String.raw`${B}you\s+(?:just\s+|simply\s+|clearly\s+)?(?:missed|overlooked|ignored|misread|skipped)\s+(?:it|this|that|the)${E}`,
      String.raw`${B}(?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+(?:entirely\s+|completely\s+|all\s+|really\s+)?your\s+(?:own\s+)?(?:fault|mistake|error|problem|responsibility)`,
      String.raw`${B}(?:due\s+to|because\s+of|through)\s+your\s+(?:own\s+)?(?:mistake|error|negligence|carelessness|fault)`,
      String.raw`${B}you\s+made\s+(?:a|an)\s+(?:mistake|error|typo)`,
      String.raw`${B}you\s+(?:\S+\s+)?[a-z]+ed\s+(?:\S+\s+){0,3}?(?:incorrectly|wrongly|improperly|the\s+wrong\s+way)${E}`,
      String.raw`${B}(?:complaint|claim|request)\s+(?:has\s+no\s+(?:basis|grounds)|is\s+(?:unfounded|groundless|baseless|invalid|not\s+valid))`,
      String.raw`${B}you\s[^.!?]*(?:hence|that's\s+why|that’s\s+why|which\s+is\s+why|which\s+explains)\s+(?:the\s+)?(?:mix-up|confusion|problem|error|issue|delay|mistake)`,
      String.raw`${B}(?:because|since|as)\s+you\s+(?:just\s+)?(?:didn't|didn’t|did\s+not|never|failed\s+to|forgot\s+to|neglected\s+to)${E}`,
      String.raw`${B}(?:due\s+to|because\s+of|caused\s+by|result\s+of)\s+(?:\S+\s+){0,4}?(?:on\s+your\s+(?:part|side|end)|by\s+you)${E}`,
      String.raw`${B}(?:improper|incorrect|wrong|careless)\s+(?:use|usage|handling|installation|connection)\s+(?:on\s+your\s+part|by\s+you)`,
      String.raw`${B}you\s+(?:chose|picked|selected|agreed|ordered|entered|typed|set|made|clicked|cancell?ed|deleted|changed|opted)\s+(?:\S+\s+){0,3}?yourself${E}`,
      String.raw`${B}you\s+(?:yourself\s+)?(?:agreed|accepted|consented)\s+to\s+(?:these|the|our)\s+(?:terms|conditions|rules)`,
      String.raw`${B}you\s+(?:weren't|weren’t|were\s+not|wasn't|wasn’t)\s+(?:at\s+)?(?:home|there|available|in|around)${E}`,
      String.raw`${B}you\s+must\s+have\s+(?:\S+\s+)?(?:deleted|missed|entered|typed|clicked|selected|forgotten|misread|overlooked|confused|mixed|used|ignored|skipped|removed|unsubscribed|turned|blocked|changed)`,
      String.raw`${B}you\s+(?:mixed\s+up|confused|misread|misunderstood)${E}`,
      String.raw`${B}next\s+time,?\s+(?:please\s+)?(?:make\s+sure|read|check|follow|double-check|be\s+(?:more\s+)?careful|pay\s+attention)`,
      String.raw`${B}(?:please\s+)?(?:read|check|follow|double-check)\s+(?:\S+\s+){0,3}?next\s+time${E}`,
      String.raw`${B}the\s+(?:mistake|error)\s+(?:was|is)\s+(?:on\s+your\s+(?:side|end|part)|yours)`,
    ),
    question: false,
    unless: NOT_BLAME,
    unlessReply: DIGNITY,
  },
  {
    check: 'restart_without_ownership',
    pattern: anyOf(
      String.raw`${B}(?:re-?start|reboot|power[- ]cycle)(?:ing)?\s+(?:the|your|it|this|both|my)${E}`,
      String.raw`${B}(?:turn|switch)(?:ing)?\s+(?:it\s+|the\s+\S+\s+|your\s+\S+\s+)?off\s+and\s+(?:back\s+)?on`,
      String.raw`${B}(?:re-?install|uninstall)(?:ing)?\s+(?:the|your|it|this)${E}`,
      String.raw`${B}clear(?:ing)?\s+(?:your\s+|the\s+)?(?:browser(?:'s|’s)?\s+)?(?:cache|cookies|history|app\s+data)`,
      String.raw`${B}(?:log|sign)(?:ging)?\s+out\s+and\s+(?:(?:log|sign)(?:ging)?\s+)?(?:back\s+)?in${E}`,
      String.raw`${B}try\s+(?:it\s+|this\s+)?(?:again\s+)?later${E}`,
      String.raw`${B}try\s+again\s+in\s+(?:a\s+(?:few|couple)|an?\s+|\d+|some)`,
      String.raw`${B}(?:come|check)\s+back\s+later${E}`,
      String.raw`${B}(?:update|upgrade)\s+(?:the|your)\s+(?:app|application|browser|software|firmware)`,
      String.raw`${B}(?:try|use)\s+(?:a\s+)?(?:different|another|other)\s+browser|${B}incognito${E}|${B}private\s+(?:window|mode)`,
      String.raw`${B}(?:force[- ]?quit|close|quit|kill)(?:t?ing)?\s+(?:the|your)\s+(?:app|application|browser)\s+(?:\S+\s+)?(?:and|then)\s+(?:re-?open|open(?:ing)?\s+it\s+again|start)`,
      String.raw`${B}re-?open(?:ing)?\s+(?:the|your)\s+(?:app|application|browser)`,
      String.raw`${B}wait\s+(?:a\s+(?:bit|while|few\s+minutes|moment|little)|\d+\s+\S+|some\s+time)\s+(?:and|then)\s+try\s+again`,
      String.raw`${B}unplug\s+(?:\S+\s+){0,5}?(?:and|then)\s+plug\s+(?:it|them)\s+back`,
      String.raw`${B}factory\s+reset${E}`,
      String.raw`${B}refresh(?:ing)?\s+(?:the|your|this)\s+(?:page|browser|app|tab)`,
      String.raw`${B}try\s+[a-z]+ing\s+(?:it\s+)?again${E}`,
      String.raw`${B}(?:reinstalling|restarting|rebooting|clearing|updating|re-?logging)\s+(?:\S+\s+){0,3}?(?:will|should|would)\s+(?:solve|fix|help|sort)`,
      String.raw`^\s*(?:please\s+|kindly\s+|just\s+)?(?:re-?connect|retry|re-?login|re-?sync|re-?pair)${E}`,
      String.raw`${B}(?:please\s+|just\s+)retry${E}|${B}try\s+(?:it\s+|that\s+)?(?:again|once\s+more)${E}`,
      String.raw`${B}(?:delet|remov|uninstall)(?:e|ing)\s+the\s+app\s+and\s+(?:download|install)(?:ing)?\s+it\s+again`,
    ),
    // The agent doing it ("we'll restart the server tonight") is not advice.
    unless: [
      anyOf(
        String.raw`${WE}(?:${WILL}|${HAVE}|\s+just|\s+already)?\s+(?:\S+\s+)?(?:restart|reboot|reinstall|clear|update)(?:ed)?${E}`,
      ),
    ],
    unlessReply: [...OWNERSHIP, ...FALLBACK, ...RESOLVED],
  },
];
