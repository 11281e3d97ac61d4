import { B, E, all, re, type QualityPatterns } from './types';

/** One more word and the space after it: room for "please", "our" inside a phrase. */
const W = String.raw`[^\s.!?]+\s+`;
const TEAM = String.raw`(?:(?:our|the)\s+(?:${W}){0,2}?(?:team|department|dept|developers|devs|engineers|engineering|specialists|finance|billing|warehouse|logistics|tech(?:nical)?\s+(?:team|support)|supervisor|manager|colleagues?)|(?:engineering|finance|billing|tech)\s+team)`;

export const enPatterns: QualityPatterns = {
  greeting: re(
    String.raw`^\W*(?:hi|hello|hey|hiya|howdy|dear|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|greetings|welcome)${E}`,
  ),
  informalYou: null,
  customerInformal: null,
  formalYou: null,
  customerFormal: null,
  defaultFormal: false,
  mirrorFormal: false,
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam'],

  sentElsewhere: [
    re(
      String.raw`${B}(?:you(?:'ll|’ll|\s+will)?\s+(?:need|have)\s+to|you\s+(?:should|must|can|could|may\s+want\s+to)|please|best\s+to|i(?:'d|’d|\s+would)\s+(?:suggest|recommend)(?:\s+you)?)\s+(?:${W})?(?:contact|call|reach\s+out\s+to|speak\s+(?:to|with)|get\s+in\s+touch\s+with|take\s+it\s+up\s+with|raise\s+it\s+with|check\s+with|ask)\s+(?!us${E}|our${E}|me${E})(?:your|the|their|a)${E}`,
      String.raw`${B}(?:contact|call|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(?:your\s+bank|the\s+(?:courier|carrier|manufacturer|seller|retailer|bank)|(?:dpd|ups|fedex|dhl|royal\s+mail|usps|evri|hermes))`,
      String.raw`${B}send\s+you\s+(?:over\s+)?to\s+(?:them|the|your|apple|google)|${B}(?:appeal|claim|complaint)s?\s+(?:should|must|needs?\s+to|has\s+to)\s+(?:be\s+)?(?:sent|made|submitted|raised|filed)|${B}(?:form|page)\s+is\s+on\s+(?:the|our)\s+website|${B}try\s+the\s+(?:website|contact\s+us)|${B}(?:is|it(?:'s|’s))\s+(?:the\s+)?(?:council|bank|apple|google|manufacturer|courier|carrier)(?:'s|’s)?\s+(?:not\s+(?:we|us)|decision|call|issue|problem)|${B}(?:council|bank|apple|manufacturer)\s+not\s+(?:we|us)${E}`,
      String.raw`${B}(?:not|isn't|isn’t)\s+(?:something\s+)?(?:we|us)\s+(?:can|handle|deal)|${B}(?:out\s+of|outside)\s+(?:our\s+)?(?:hands|control|remit)|${B}(?:is|are)\s+(?:the\s+)?(?:courier|carrier|bank|manufacturer)(?:'s|’s)\s+responsibility`,
    ),
  ],
  handedOff: [
    re(
      String.raw`${B}(?:i(?:'ve|’ve|\s+have)?|we(?:'ve|’ve|\s+have)?)\s+(?:just\s+|now\s+|already\s+)?(?:forwarded|passed|escalated|sent|handed|referred|raised|flagged|logged|reported)\s+(?:${W}){0,4}?(?:to|with)\s+${TEAM}`,
      String.raw`${B}${TEAM}\s+(?:will|are\s+going\s+to|'ll|’ll)\s+(?:${W})?(?:look|investigate|process|review|handle|check|reissue|fix|contact|be\s+in\s+touch|get\s+back)`,
      String.raw`${B}(?:opened|created|raised|logged)\s+(?:a|an)\s+(?:ticket|case|request|report)\s+(?:${W}){0,2}?(?:with|for)\s+${TEAM}`,
    ),
  ],
  vague: [
    re(
      String.raw`${B}(?:please\s+(?:be\s+patient|wait)|pls\s+wait|(?:i(?:'ve|’ve|\s+have)|we(?:'ve|’ve|\s+have))\s+(?:sent\s+another\s+request|noted\s+(?:it|this|your)))${E}`,
    ),
    re(
      String.raw`${B}(?:i(?:'ll|’ll|\s+will)|we(?:'ll|’ll|\s+will))\s+(?:\w+\s+)?(?:look\s+into|check\s+(?:on\s+)?(?:this|it|that)|pass\s+(?:this|it|that)\s+on)${E}`,
      String.raw`${B}(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am))\s+(?:currently\s+|still\s+)?(?:looking\s+into|investigating|working\s+on)\s+(?:it|this|that|the\s+issue)${E}`,
      String.raw`${B}(?:i(?:'ve|’ve|\s+have)|we(?:'ve|’ve|\s+have))\s+(?:noted|logged|made\s+a\s+note\s+of)\s+(?:it|this|that)${E}`,
      String.raw`${B}(?:will|'ll|’ll)\s+pass\s+(?:it\s+|this\s+)?(?:on\s+)?to\s+(?:the\s+)?team${E}`,
    ),
  ],
  when: [
    re(
      String.raw`${B}(?:within|in)\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three|four|five|a\s+couple\s+of|a\s+few|24|48)[\s–-]*(?:\d+\s+)?(?:business\s+|working\s+)?(?:hours?|days?|minutes?|mins?|weeks?)${E}`,
      String.raw`${B}(?:today|tomorrow|tonight|this\s+(?:afternoon|evening|morning|week))${E}`,
      String.raw`${B}(?:by|before|until|on)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|noon|midday|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th)?)${E}`,
      String.raw`${B}\d+\s*[–-]\s*\d+\s+(?:business\s+|working\s+)?days${E}`,
    ),
  ],

  asksWhen: re(String.raw`${B}(?:when|how\s+long|what\s+time|by\s+when|any\s+idea\s+when)${E}[^.!?]*\?`),
  workaround: [
    re(
      String.raw`${B}(?:in\s+the\s+meantime|meanwhile|for\s+now|until\s+(?:then|it(?:'s|’s|\s+is)\s+fixed|we\s+fix\s+it)),?\s+(?:${W})?(?:you|u)\s+(?:can|could|may|might)${E}`,
      String.raw`${B}(?:as\s+a\s+(?:workaround|temporary\s+(?:fix|solution))|workaround|temporary\s+(?:fix|solution)|use\s+the\s+web\s+version)${E}`,
    ),
  ],
  customerSolved: [
    re(
      String.raw`${B}(?:(?:it|that|this)(?:'s|’s|\s+is)?\s+(?:working|worked|fixed|sorted|there|done)|works\s+(?:now|again|fine|perfectly)|(?:that|it)\s+worked|got\s+it|logged\s+in|(?:all\s+)?sorted|fixed|shows?\s+up\s+now|show\s+up\s+now|says\s+(?:cancelled|canceled|paid|active)|(?:i\s+)?(?:can\s+)?see\s+it|received\s+it|found\s+it|submitted|arrived|came\s+through|went\s+through|all\s+good|perfect|brilliant|amazing|great,?\s+thanks?)${E}`,
    ),
  ],
  customerUnsolved: [
    re(
      String.raw`${B}(?:still\s+(?:not|doesn't|doesn’t|isn't|isn’t|can't|can’t|happening|broken|waiting|nothing|the\s+same|no\s+)|does\s+not\s+(?:fix|work|help)|doesn't\s+(?:fix|work|help)|doesn’t\s+(?:fix|work|help)|didn't\s+(?:work|help|fix)|didn’t\s+(?:work|help|fix)|not\s+(?:working|fixed|resolved)|forget\s+it|useless|cancel\s+my|unbelievable|unreal|not\s+great|never\s+(?:got|received|came|arrived|heard)|nobody\s+(?:got|came|called|replied)|(?:i(?:'ll|’ll|\s+will)\s+)?use\s+something\s+else|wow\.\s+(?:ok|fine)|disappointed|disappointing|honestly\.|not\s+(?:happy|impressed)|waste\s+of|a\s+joke|pathetic|(?:would(?:'ve|’ve|\s+have)|i'd\s+have)\s+preferred|i(?:'ll|’ll|\s+will)\s+(?:go\s+elsewhere|take\s+my\s+business|leave\s+a\s+review)|ridiculous|unacceptable|(?:very\s+|so\s+|really\s+)?unhelpful|are\s+you\s+serious|not\s+good\s+enough|thanks\s+for\s+nothing|no\s+help\s+at\s+all)${E}`,
    ),
  ],
  refused: [
    re(
      String.raw`${B}(?:we\s+(?:are\s+)?(?:unable|not\s+able)\s+to|we\s+(?:can't|can’t|cannot)|(?:is|are)\s+(?:final|non-refundable|not\s+possible)|that\s+is\s+our\s+policy|(?:it(?:'s|’s)|this\s+is)\s+(?:not\s+possible|against\s+our\s+policy))${E}`,
    ),
  ],

  restated: [
    re(
      String.raw`${B}as\s+(?:i\s+|we\s+)?(?:already\s+|previously\s+)?(?:said|stated|explained|mentioned|advised)${E}|${B}(?:like|as)\s+i\s+(?:told\s+you|said)\s+(?:before|already)${E}|${B}i\s+(?:have\s+)?already\s+explained${E}`,
    ),
  ],

  paraphrase: [
    re(
      String.raw`${B}(?:just\s+)?to\s+(?:confirm|make\s+sure|be\s+sure|check)\s+(?:my\s+understanding|i(?:'ve|’ve|\s+have)?\s+(?:got|understood|understand|have)(?:\s+(?:it|this|that|you))?(?:\s*(?:right|correctly))?)`,
      // "As I understand, you…", "if I understand correctly": the same check in other words.
      String.raw`${B}as\s+i\s+understand(?:\s+it)?,?\s+(?:you|your)${E}|${B}if\s+i\s+(?:understand|understood)\s+(?:you\s+)?(?:correctly|right)${E}`,
      String.raw`${B}(?:so,?\s+)?to\s+make\s+sure\s+i\s+understand`,
      String.raw`${B}if\s+i(?:'ve|’ve|\s+have)\s+got\s+(?:this|that|it|you)\s+right${E}`,
      String.raw`${B}(?:so\s+)?what\s+you(?:'re|’re|\s+are)\s+(?:saying|telling\s+me)\s+is${E}|${B}you\s+are\s+saying\s+that${E}`,
      String.raw`(?:^|[.!]\s+)(?:hello|hi)?[^.!?]{0,20}?to\s+confirm,\s+you${E}`,
    ),
  ],
  request: re(
    String.raw`${B}(?:provide|send|share|confirm|give|tell|what(?:'s|’s|\s+is)\s+your|could\s+you|can\s+you|may\s+i\s+(?:have|get)|please\s+(?:send|provide|share|confirm))${E}`,
  ),
  customerRepeated: [
    re(
      String.raw`${B}(?:like|as)\s+i\s+(?:already\s+)?(?:said|mentioned|wrote|told\s+you|explained)|${B}i(?:'ve|’ve|\s+have)?\s+(?:already\s+)?(?:told|said|explained\s+(?:this|that)\s+)\s*(?:you|that|this)?|${B}(?:did|tried|done)\s+(?:that|this|it)\s+already|${B}i\s+already\s+(?:did|tried|checked|said|told|sent|gave)|${B}(?:that(?:'s|’s|\s+is)|which\s+is)\s+what\s+i\s+(?:said|wrote|asked)|${B}read\s+my\s+(?:message|email)|${B}i\s+(?:just\s+)?(?:said|told\s+you)\s+(?:that|i)|${B}(?:just|literally)\s+told\s+you|${B}(?:is|was|it(?:'s|’s)|they(?:'re|’re)|are|both|all)\s+in\s+my\s+(?:first\s+|last\s+|previous\s+|original\s+)?(?:message|email)|${B}(?:at\s+the\s+top\s+of|above\s+in)\s+my\s+(?:message|email)|${B}same\s+as\s+(?:yesterday|before|i\s+(?:said|gave))|${B}i(?:'m|’m|\s+am)\s+not\s+asking|${B}i\s+(?:don't|don’t|do\s+not)\s+want\s+to\s+(?:cancel|upgrade|downgrade|buy|change|switch|renew)|${B}(?:that(?:'s|’s|\s+is)\s+)?not\s+what\s+i\s+(?:asked|meant|said)|${B}i(?:'m|’m|\s+am)\s+asking\s+(?:about|how|for|if|whether)|${B}i\s+(?:didn't|didn’t|did\s+not)\s+ask`,
    ),
  ],
  asksForOrder: re(
    String.raw`${B}(?:order|booking|reference|ref|invoice|account|ticket|case)\s+(?:number|no|#|id)${E}`,
  ),
  asksForEmail: re(String.raw`${B}(?:e-?mail(?:\s+address)?)${E}`),
  asksForPhone: re(String.raw`${B}(?:phone|mobile|cell)\s*(?:number)?${E}`),
  orderWord: re(String.raw`${B}(?:order|booking|ref|reference|invoice|ticket|case)${E}`),

  check: [
    re(
      String.raw`${B}(?:anything\s+else|any\s+other\s+(?:questions?|issues?)|something\s+else|help\s+with\s+anything|is\s+there\s+(?:anything|something))${E}[^?.!]*\?`,
      String.raw`${B}(?:did|does|has|is|can|could|are|do)\s+(?:that|this|it|everything|you|the\s+\w+|your\s+\w+)\s+(?:${W}){0,4}?(?:work|working|help|fix|solve|sort|look|see|show|showing|there|arrived|come\s+through|receive|go\s+through|right|correct|okay|ok|fine)${E}[^.!]*\?`,
      String.raw`${B}(?:could|can|would)\s+you\s+(?:please\s+)?(?:check|confirm|let\s+me\s+know|have\s+a\s+look)\s+(?:${W}){0,3}?(?:that|if|whether|it|now)${E}`,
      String.raw`${B}(?:let\s+me\s+know|tell\s+me)\s+(?:if|whether|how)\s+(?:${W}){0,3}?(?:works?|worked|helps?|helped|goes|went|sorted|fixed)${E}`,
      String.raw`${B}(?:all\s+good|all\s+sorted|does\s+that\s+(?:help|answer|make\s+sense))${E}[^.!]*\?`,
    ),
  ],
  notCheck: re(
    String.raw`^\W*(?:what|which|when|where|why|who|whose|how\s+(?!did|does|is|are|was|about\s+now)|would\s+you\s+like|do\s+you\s+want|shall\s+i|should\s+i|may\s+i|can\s+i\s+(?!help)|want\s+me\s+to)${E}`,
  ),
  farewell: [
    re(
      String.raw`${B}(?:have\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:day|evening|weekend|one|time)|thanks?(?:\s+you)?\s+for\s+|take\s+care|all\s+the\s+best|kind\s+regards|best\s+regards|bye|goodbye|cheers|enjoy${E}|good\s+luck|thanks?\s+(?:you\s+)?for\s+(?:contacting|reaching|getting\s+in\s+touch|your\s+(?:patience|understanding|time|message))|glad\s+(?:it|that|i\s+could|we\s+could|to\s+help)|thanks?(?:\s+you)?(?:\s+(?:for|again|so\s+much))?\s*(?:[,.!]|$)|(?:we\s+)?appreciate\s+your\s+(?:patience|understanding|business)|happy\s+to\s+help|you(?:'re|’re|\s+are)\s+welcome|(?:just\s+)?(?:message|reply|get\s+in\s+touch\s+with|contact)\s+us\s+(?:here\s+)?(?:again|anytime|if))`,
    ),
  ],

  // The pronoun in lower case: "i think", "i'll".
  caseSlips: /(?<![\p{L}\d'’.])i(?=\s|['’](?:m|ve|ll|d)(?!\p{L}))/gu,
  vowelless: new Set([
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'nd',
    'rd',
    'th',
    'pdf',
    'sms',
    'www',
    'http',
    'https',
    'png',
    'jpg',
    'tv',
    'hdmi',
    'wifi',
    'usb',
    'qr',
    'vpn',
    'crm',
    'xlsx',
    'mm',
    'cm',
    'kg',
    'km',
    'mph',
    'kwh',
    'mb',
    'gb',
    'tb',
    'ssd',
    'hdd',
    'ghz',
    'rgb',
    'nfc',
    'gps',
    'hmm',
    'hrs',
    'pm',
    'vs',
    'lb',
    'lbs',
    'ft',
    'pt',
    'rsvp',
    'sql',
    'dns',
    'url',
    'html',
    'css',
    'bbq',
    'pkg',
  ]),
  misspellings: all(
    String.raw`${B}(?:recieve|recieved|reciept|reciepts|recieving|definately|definatly|definitly|seperate|seperately|occured|occurence|untill|alot|thier|wich|adress|accomodate|tommorow|tomorow|tommorrow|truely|wierd|goverment|begining|beleive|belive|dissapoint\S*|embarass\S*|occassion\S*|refered|succesful\S*|sucessful\S*|neccessary|necesary|neccesary|garantee|gaurantee|inconvinience|inconvenince|happend|becuase|becasue|beacuse|wether|procesing|proccess\S*|warehose|busness|buisness|dependng|numbr|agian|togther|stil|propery|somtimes|diffrent|diferent|explaination|immediatly|imediately|independant|knowlege|noticable|prefered|recomend\S*|remeber|suprise\S*|tendancy|acheive\S*|acknowlege\S*|apparantly|arguement|basicly|calender|catagory|commited|concious|existance|foward\S*|freind\S*|grammer|harrass\S*|liase|libary|maintainance|millenium|mispell\S*|neice|persue|posession|publically|realy|reccomend\S*|refrence|relevent|religous|rythm|shedule\S*|sincerly|speach|supercede|threshhold|tounge|unfortunatly|unfortunatley|usefull|vaccum|writting|payed|aswell|infact|incase|thru|tho|ppl|cuz|coz|gonna|wanna|gotta|kinda|sorta|dunno|lemme|ya|yea|nope|u|ur|pls|plz|thx|thnx|lol|tbh|btw|idk|imo|k)${E}`,
    // Apostrophes left out, and "of" for "have": "dont", "thats", "could of".
    String.raw`${B}(?:dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|havent|hasnt|couldnt|wouldnt|shouldnt|youre|theyre|thats|whats|theres|im|ive|youve|weve|its\s+(?:pretty|not|been|a|the|on|in|ok|okay|fine|done|there|already|still|just|now|working|showing|because))${E}`,
    String.raw`${B}(?:could|would|should|must)\s+of${E}|${B}your\s+(?:welcome|logged|going|right|not|being|sure)${E}|${B}(?:he|she|they|i|we|you)\s+seen${E}|${B}a\s+(?:adjuster|update|order|account|issue|email|error|agent|item|appointment|answer|hour|engineer|extra|apple|upgrade|offer)${E}`,
  ),
};
