import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../language/reading';
import type { FactRule } from '../detect-facts';

const LETTERS = LATIN_CYRILLIC_LETTERS;
const L = `[${LETTERS}]`;
const { B, E } = wordBounds(LETTERS);
const re = (source: string): RegExp => new RegExp(source, 'iu');

const I = String.raw`${B}(?:i|we)(?:'m|’m|'ve|’ve|'re|’re|'d|’d|\s+am|\s+are|\s+have|\s+had|\s+was|\s+were)?`;
const MY = String.raw`${B}(?:my|our)\s+`;
/** Up to two words between "my" and the noun ("my little old dog"), but not "my order of dog food". */
const FILLER = String.raw`(?:(?!(?:order|purchase|package|parcel|box|bag|pack|account|of|for|and|the|a|an)${E})[${LETTERS}\d-]+\s+){0,2}`;
const KIN = String.raw`(?:(?:little|baby|eldest|oldest|youngest|middle)\s+(?:girl|boy)s?|eldest|youngest|firstborn|sons?|daughters?|kids?|children|child|twins|bab(?:y|ies)|toddlers?|wife|husband|hubby|partner|boyfriend|girlfriend|fianc[eé]e?|mom|mum|mommy|mummy|mother|dad|daddy|father|parents|grandma|granny|nan|nana|grandmother|grandpa|grandad|granddad|grandfather|grand(?:son|daughter|kid|child)(?:ren|s)?|sisters?|brothers?|siblings|nieces?|nephews?|aunt|auntie|uncle|in-laws|mother-in-law|father-in-law|step(?:son|daughter|mom|mum|dad|kids?)s?)`;
const PET = String.raw`(?:dogs?|doggos?|pups?|pupp(?:y|ies)|cats?|kittens?|kitt(?:y|ies)|parrots?|budgies?|cockatiels?|birds?|hamsters?|guinea\s+pigs?|rabbits?|bunn(?:y|ies)|turtles?|tortoises?|goldfish|ferrets?|horses?|pon(?:y|ies)|lizards?|geckos?|snakes?|chinchillas?|gerbils?|hedgehogs?|retrievers?|labradors?|poodles?|beagles?|husk(?:y|ies)|corgis?|pugs?|terriers?|spaniels?|chihuahuas?|dachshunds?|bulldogs?|greyhounds?|whippets?|lurchers?|collies?|rottweilers?|pit\s*bulls?|shepherds?|schnauzers?|shih\s+tzus?|cockapoos?|labradoodles?|tabb(?:y|ies))`;
const CLUBS = String.raw`(?:arsenal|chelsea|liverpool|man(?:chester)?\s+(?:united|utd|city)|spurs|tottenham|everton|newcastle|aston\s+villa|west\s+ham|celtic|barcelona|bar[cç]a|real\s+madrid|atl[eé]tico|juventus|juve|ac\s+milan|inter\s+milan|napoli|bayern|dortmund|psg|ajax|benfica|boca|flamengo|corinthians|palmeiras|lakers|celtics|warriors|knicks|bulls|yankees|red\s+sox|dodgers|cubs|patriots|cowboys|packers|chiefs|steelers|49ers|maple\s+leafs|canadiens|bruins|all\s+blacks)`;
const FOOD = String.raw`(?:coffee|tea|matcha|espresso|lattes?|cappuccinos?|flat\s+whites?|chai|kombucha|wine|beer|whiske?y|chocolate|sushi|pizza|pasta|ramen|spicy(?:\s+food)?|curry|tacos|cheese|bbq|barbecue|burgers|noodles|dumplings|pho|sweets|ice\s+cream|(?:italian|thai|mexican|indian|japanese|korean|chinese|vietnamese|greek|turkish|lebanese|french|spanish|georgian|street|comfort|junk|spicy|vegan|sea)\s*(?:food|cuisine))`;
const SPORTS = String.raw`(?:football|soccer|tennis|basketball|volleyball|hockey|golf|badminton|padel|squash|rugby|cricket|baseball|softball|table\s+tennis|ping\s+pong|netball|lacrosse|handball|water\s+polo|futsal|pickleball)`;
const MEDIA_NOUN = String.raw`(?:show|series|sitcom|film|movie|book|novel|author|band|singer|artist|song|album|anime|manga|k-?drama|drama|podcast|cartoon|character|director|actor|actress)`;
/** Stories and stars people say they love; the list only decides the category, an anchor is still needed. */
const FRANCHISES = String.raw`(?:star\s+wars|star\s+trek|marvel|harry\s+potter|lord\s+of\s+the\s+rings|lotr|doctor\s+who|studio\s+ghibli|ghibli|disney|pixar|bluey|peppa\s+pig|paw\s+patrol|frozen|k-?pop|bts|taylor\s+swift|beyonc[eé]|the\s+beatles|stranger\s+things|game\s+of\s+thrones|the\s+office|friends\s+(?:reruns|episodes)|one\s+piece|naruto|dragon\s+ball|pok[eé]mon\s+(?:anime|cards))`;
const GAMES = String.raw`(?:minecraft|fortnite|roblox|pok[eé]mon|zelda|the\s+sims|animal\s+crossing|lego|warhammer|d&d|dungeons\s+(?:and|&)\s+dragons|video\s*games|board\s+games|chess)`;

const NOT_PERSONAL_KIN = [
  re(
    String.raw`mother\s*board|mother'?s\s+day|father'?s\s+day|mother\s+(?:tongue|language|ship|company)|sister\s+(?:company|site|brand|account|org|organi[sz]ation|store)|child\s+(?:process|element|node|theme|component|table|window|item|class|pid)|parent\s+(?:company|process|element|node|pid|account|class|directory|folder|org)`,
  ),
  // The relative only pays, receives or owns an account: logistics, not a fact about them.
  re(
    String.raw`${KIN}(?:'s|’s|'|’)?\s+(?:e-?mail|account|card|credit\s+card|phone|number|address|name|login|password|profile|details|paypal)${E}|${KIN}\s+(?:use|uses|log\s+in|login|sign\s+in|access|asked\s+me|wants\s+me|told\s+me|set\s+up)${E}`,
  ),
  re(
    String.raw`${B}(?:business|sparring|tennis|accountability)\s+partner|partner\s+(?:company|portal|program|programme|account|api|agency|integration)`,
  ),
];
const NOT_PERSONAL_DATE = [
  re(
    String.raw`(?:birthday|b-?day|anniversary)\s+(?:discount|code|coupon|promo|offer|voucher|reward|credit|points|e-?mail|sale|gift\s+card|bonus|deal|edition|special)`,
  ),
];

export const enFactRules: readonly FactRule[] = [
  // family
  { category: 'family', pattern: re(`${MY}${FILLER}${KIN}${E}`), unless: NOT_PERSONAL_KIN },
  {
    category: 'family',
    pattern: re(
      String.raw`${I}\s+(?:just\s+)?(?:got|have|had)\s+(?:got\s+)?(?:a\s+|an\s+|our\s+(?:first|second|third)\s+|(?:\d+|two|three|four|five|six)\s+)?(?:little\s+|new\s+|young\s+)?(?:kids|children|sons|daughters|grandkids|grandchildren|baby|newborn|twins|son|daughter)${E}`,
    ),
  },
  {
    category: 'family',
    pattern: re(
      String.raw`${B}(?:became|become|becoming|going\s+to\s+be|gonna\s+be)\s+(?:a\s+)?(?:dad|mom|mum|father|mother|parents?|grand(?:ma|pa|mother|father|parents))${E}|${I}\s+(?:a\s+)?(?:single\s+|busy\s+|new\s+|proud\s+|stay[- ]at[- ]home\s+|working\s+)?(?:mom|mum|dad|mother|father|parent|grandma|grandmother|grandpa|grandfather)\s+(?:of|to)${E}|${B}(?:pregnant|expecting\s+(?:a\s+baby|twins|our\s+${L}+))${E}`,
    ),
    unless: NOT_PERSONAL_KIN,
  },
  // pets
  {
    category: 'pets',
    pattern: re(`${MY}${FILLER}${PET}${E}`),
    unless: [
      re(
        String.raw`${PET}\s+(?:food|bed|beds|toy|toys|collar|leash|litter|treats?|carrier|bowl|crate|shampoo|insurance|command|process)${E}`,
      ),
    ],
  },
  {
    category: 'pets',
    pattern: re(
      String.raw`${B}(?:the|our|this)\s+(?:${L}+\s+)?${PET}\s+(?:we|i)\s+(?:just\s+)?(?:adopted|rescued|got|took\s+in)${E}|${I}\s+(?:just\s+)?(?:got|have|adopted|rescued|own|took\s+in|brought\s+home)\s+(?:got\s+)?(?:a\s+|an\s+|(?:\d+|two|three|four|five)\s+)(?:[${LETTERS}-]+\s+){0,2}?${PET}${E}|${PET}\s+(?:called|named)\s+${L}|${B}the\s+(?:dog|cat|puppy|kitten|parrot|hamster)\s+(?:just\s+|has\s+|keeps\s+)?(?:chewed|ate|knocked|scratched|peed|pooped|threw\s+up|destroyed|bit|ripped|tore|jumped|sat\s+on)${E}`,
    ),
  },
  // hobbies
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${I}\s+(?:${L}+\s+)?(?:love|enjoy|adore|do|go|went|started|start|took\s+up|got\s+into|into|learning\s+to|learn\s+to|like|spend\s+${L}+\s+${L}+)\s+(?:(?:a\s+lot\s+of|lots\s+of|some|to|to\s+go)\s+)?(?:knit(?:ting)?|crochet(?:ing)?|sewing|quilting|embroidery|gardening|woodworking|woodwork|photography|hiking|camping|birdwatching|bird\s+watching|pottery|scrapbooking|calligraphy|beekeeping|stargazing|kayaking|sailing|fishing|metal\s+detecting|3d\s+printing)${E}`,
    ),
  },
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${I}\s+(?:really\s+|absolutely\s+|just\s+)?(?:love|enjoy|adore|(?:got|am|'m|’m)\s+(?:really\s+)?into)\s+(?:reading|painting|drawing|baking|cooking|gaming|dancing|singing|writing|puzzles|jigsaws|crafts?|diy)${E}`,
    ),
  },
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}i\s+(?:knit|crochet|sew|quilt|garden|fish|hike|bake|paint|draw)\s+(?:${L}+\s+){0,4}?(?:a\s+lot|a\s+bit|every|most|on\s+weekends|at\s+weekends|for\s+fun|since|as\s+a|in\s+my)${E}|${B}i\s+(?:knit|crochet|sew|quilt|garden|fish|hike|bake|paint|draw)[.,!]`,
    ),
  },
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}(?:my|his|her)\s+(?:${L}+\s+)?hobb(?:y|ies)${E}|${B}as\s+a\s+hobby${E}|${B}in\s+my\s+(?:free|spare)\s+time${E}|${B}(?:i|we|he|she)\s+(?:${L}+\s+)?collects?\s+(?:stamps|coins|vinyl|records|comics|cards|figures|figurines|funkos?|sneakers|watches|postcards|minerals|rocks|antiques|model\s+${L}+)${E}`,
    ),
    unless: [re(String.raw`hobby\s+(?:plan|tier|account|subscription|licen[cs]e|pricing)`)],
  },
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}(?:i|we|he|she|they)\s+(?:${L}+\s+){0,2}?(?:play|plays|playing|learning|learn|practi[cs]e)\s+(?:the\s+)?(?:guitar|piano|violin|cello|drums|bass|ukulele|flute|saxophone|sax|trumpet|banjo|harp|clarinet|accordion)${E}|${B}in\s+a\s+(?:${L}+\s+)?band${E}|(?:crazy|obsessed|mad)\s+(?:about|with)\s+${GAMES}${E}|(?:into|loves?|plays?)\s+${GAMES}${E}`,
    ),
  },
  {
    category: 'hobbies',
    // A relative's pastime: "my wife loves gardening".
    pattern: re(
      String.raw`${MY}${FILLER}${KIN}\s+(?:really\s+|absolutely\s+)?(?:loves|enjoys|adores|is\s+(?:really\s+)?into)\s+(?:knitting|crochet|sewing|quilting|gardening|woodworking|photography|hiking|camping|fishing|baking|cooking|painting|drawing|reading|gaming|dancing|chess|lego|puzzles|birdwatching)${E}`,
    ),
  },
  // media
  {
    category: 'media',
    pattern: re(
      String.raw`${B}(?:binge[- ]?watch${L}*|re-?watch${L}*|marathoning)${E}|${B}(?:my|our|his|her)\s+(?:all[- ]time\s+|absolute\s+)?(?:favou?rite|fav|fave)\s+(?:tv\s+)?${MEDIA_NOUN}|${B}(?:watching|watched|reading|read)\s+.{1,40}?\s+for\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|hundredth|millionth)\s+time`,
    ),
  },
  {
    category: 'media',
    pattern: re(
      String.raw`(?:love|adore|obsessed\s+with|crazy\s+about|into|fan\s+of|fan|nerd|geek|watching|watch)\s+(?:${L}+\s+){0,2}?${FRANCHISES}${E}|${FRANCHISES}\s+(?:fan|nerd|geek|addict)${E}|${I}\s+(?:${L}+\s+){0,2}?(?:watching|listening\s+to|reading|re-?reading)\s+(?:${L}+\s+){0,2}?(?:k-?dramas?|anime|series|sitcoms?|telenovelas?|podcasts?|saga|trilogy|novels?|books)${E}`,
    ),
  },
  {
    category: 'media',
    // "Huge Studio Ghibli fan": a fan of something that is not a club, a food or the shop itself.
    pattern: re(
      String.raw`${B}(?:huge|big|massive|die-?hard|diehard|lifelong|longtime|long-time|total|obsessed)\s+(?:[${LETTERS}-]+\s+){1,3}?fan${E}`,
    ),
    unless: [
      re(
        String.raw`(?:huge|big|massive|die-?hard|diehard|lifelong|longtime|long-time|total|obsessed)\s+(?:[${LETTERS}-]+\s+){0,2}?(?:${CLUBS}|${SPORTS}|${FOOD}|${GAMES}|f1|formula\s+1|nba|nfl|nhl)${E}`,
      ),
      re(
        String.raw`(?:fan|obsessed\s+with)\s+(?:of\s+)?(?:your|the|this|these|our|you)${E}|(?:your|the|this)\s+(?:${L}+\s+)?fan${E}|${B}(?:products?|apps?|brand|service|company|shop|store|platform|tool|software)${E}`,
      ),
    ],
  },
  // food and drink
  {
    category: 'food_drink',
    pattern: re(
      String.raw`${B}(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are|'ve\s+been|’ve\s+been|\s+have\s+been|\s+was|\s+went|\s+became|\s+turned)\s+(?:(?:a|an|strict|also|now|fully|mostly|both|severely|very)\s+)*(?:vegan|vegetarian|veggie|pescatarian|pescetarian|celiac|coeliac|lactose[- ]intolerant|gluten[- ]intolerant|dairy[- ]free|plant[- ]based|teetotal|allergic\s+to|intolerant\s+to|diabetic|keto)${E}|${B}i\s+(?:don'?t|don’t|do\s+not|never|can'?t|can’t|cannot)\s+(?:eat|drink|have)\s+(?:meat|pork|beef|fish|dairy|gluten|sugar|alcohol|caffeine|eggs|nuts|seafood|spicy)${E}`,
    ),
  },
  {
    category: 'food_drink',
    pattern: re(
      String.raw`${B}(?:i|we)\s+(?:really\s+|absolutely\s+|just\s+)?(?:love|adore|live\s+on|can'?t\s+live\s+without|can’t\s+live\s+without|(?:am|'m|’m)\s+addicted\s+to|crave)\s+(?:your\s+|the\s+|a\s+good\s+)?${FOOD}${E}|${B}(?:my|our)\s+(?:all[- ]time\s+)?(?:favou?rite|fav|fave)\s+(?:food|drink|dish|snack|coffee|tea|beer|wine|dessert|cuisine|meal)${E}|${FOOD}\s+(?:addict|lover|snob|junkie|fanatic)${E}|${I}\s+(?:${L}+\s+){0,2}?(?:foodies?|gourmands?|chocoholics?)${E}|${FOOD}\s+is\s+(?:basically\s+|literally\s+)?my\s+(?:life|personality|religion|fuel|thing)${E}|${B}i\s+(?:drink|have|make|brew|grab)\s+(?:a\s+|an\s+|my\s+)?(?:${L}+\s+){0,2}?${FOOD}\s+(?:every|each|daily|twice|in\s+the\s+morning)`,
    ),
  },
  // sport
  {
    category: 'sport',
    pattern: re(
      String.raw`${B}(?:i|we|he|she|they|${KIN})\s+(?:${L}+\s+){0,2}?(?:play|plays|playing|train|trains|training|compete|competes)\s+(?:${L}+\s+)?${SPORTS}${E}|${B}(?:i|we|he|she|${KIN})\s+(?:${L}+\s+){0,2}?(?:does|do|doing)\s+(?:yoga|pilates|crossfit|karate|judo|jiu[- ]jitsu|bjj|boxing|mma|kickboxing|triathlons?|taekwondo|martial\s+arts)${E}`,
    ),
  },
  {
    category: 'sport',
    pattern: re(
      String.raw`${B}(?:i|we|he|she)\s+(?:${L}+\s+)?(?:run|jog|swim|cycle|bike|lift|climb|surf|ski|skate|row)\s+(?:every|each|daily|a\s+lot|regularly|three\s+times|\d+\s+times|twice|on\s+weekends|at\s+weekends|in\s+the\s+mornings?|before\s+work|after\s+work|marathons?|\d+\s*(?:k|km|miles)${E}|competitively|for\s+fun)|${B}(?:go|going|went)\s+to\s+the\s+gym|${B}(?:hit\s+the\s+gym|gym\s+rat|work(?:ing)?\s+out\s+(?:every|daily|a\s+lot))|(?:training\s+for|ran|running|did|finished|completed|doing)\s+(?:a\s+|my\s+|the\s+|an\s+)?(?:first\s+)?(?:half[- ])?(?:marathon|triathlon|ironman|ultra|5k|10k)${E}|${B}(?:team|swim|football|soccer|hockey|basketball)\s+(?:team|practice|club|training)${E}`,
    ),
    unless: [re(String.raw`(?:run|ran|running)\s+(?:the|a|it|into|out|this|our|my|your|script|query|job|command)${E}`)],
  },
  {
    category: 'sport',
    pattern: re(
      String.raw`${CLUBS}\s+(?:fan|supporter|season\s+ticket)|(?:fan|supporter)\s+of\s+${CLUBS}|${B}(?:i|we)\s+support\s+${CLUBS}|${B}(?:football|soccer|basketball|hockey|baseball|nba|nfl|nhl|f1|formula\s+1|rugby|cricket|tennis)\s+(?:fan|nut|fanatic)${E}`,
    ),
  },
  // important dates
  {
    category: 'dates',
    pattern: re(
      String.raw`${B}(?:my|our|his|her)\s+(?:(?:[${LETTERS}-]+(?:'s|’s)|\d+(?:st|nd|rd|th)|first|second|tenth|silver|golden|wedding)\s+){0,2}(?:birthday|b-?day|anniversary|wedding(?!\s+(?:gift|present|guest))|due\s+date)${E}|${KIN}(?:'s|’s)\s+(?:\d+${L}*\s+)?(?:birthday|b-?day|anniversary|wedding)${E}|${KIN}(?:'s|’s)\s+\d+(?:st|nd|rd|th)${E}`,
    ),
    unless: NOT_PERSONAL_DATE,
  },
  {
    category: 'dates',
    pattern: re(
      String.raw`${B}turns?\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:on|this|next|tomorrow|today)${E}|${B}(?:was|were|been|got)\s+born${E}|${B}graduat(?:es|ing)\s+(?:on|this|next|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|${B}(?:pregnant|expecting\s+(?:a\s+baby|twins|our\s+${L}+)|due\s+(?:in|on)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))|${B}(?:became|become)\s+(?:a\s+)?(?:dad|mom|mum|father|mother|parents)${E}|${B}(?:(?:i|we)(?:'m|’m|'re|’re|\s+am|\s+are)\s+getting\s+married|just\s+got\s+married)${E}`,
    ),
    unless: [
      re(
        String.raw`born\s+(?:and\s+raised\s+)?in\s+(?!\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)`,
      ),
    ],
  },
  // other life events: moving, travel, a new job
  {
    category: 'other',
    pattern: re(
      String.raw`${I}\s+(?:just\s+|finally\s+|about\s+to\s+|going\s+to\s+|gonna\s+)?(?:moving|moved|relocating|relocated)\s+(?:to|house|home|abroad|out|into|across)${E}`,
    ),
    unless: [
      re(
        String.raw`(?:mov|relocat)${L}*\s+(?:to|into)\s+(?:a|an|the|your|another|annual|monthly|yearly|pro|premium|plan|tier|billing|version|cloud|aws|azure|gcp|stripe|shopify)${E}`,
      ),
    ],
  },
  {
    category: 'other',
    pattern: re(
      String.raw`${I}(?:\s+be|'ll\s+be|’ll\s+be)?\s+(?:${L}+\s+)?(?:on\s+(?:vacation|holiday|holidays|leave|maternity\s+leave|paternity\s+leave|honeymoon|a\s+trip|sabbatical)|off\s+to\s+${L}+\s+for|travel(?:l)?ing\s+(?:to|around)|flying\s+to)${E}|${B}back\s+from\s+(?:(?:our|my|a|the)\s+)?(?:${L}+\s+)?(?:vacation|holiday|honeymoon|trip|travels)${E}|${B}(?:our|my)\s+honeymoon${E}`,
    ),
  },
  {
    category: 'other',
    unless: [
      re(String.raw`new\s+job\s+(?:id|queue|run|runs|scheduler|type|template|posting|listing|in\s+the)`),
      // "a massive Doctor Who fan" is not a doctor.
      re(String.raw`(?:doctor|vet|pilot|chef|teacher|nurse)\s+(?:who|fan|strange|mario|house)${E}`),
    ],
    pattern: re(
      String.raw`${B}(?:started|start|starting|got|landed|began|accepted)\s+(?:a|my|the)\s+new\s+job${E}|${B}my\s+new\s+job${E}|${I}\s+(?:just\s+|recently\s+|finally\s+)?retired${E}|${I}\s+(?:a|an)\s+(?:${L}+\s+)?(?:nurse|teacher|doctor|firefighter|paramedic|pilot|chef|farmer|police\s+officer|soldier|midwife|vet|veterinarian|dentist|pharmacist|truck\s+driver|musician|electrician|carpenter|plumber)${E}|${B}(?:i|we)\s+work\s+(?:night|late|early)\s+shifts${E}`,
    ),
  },
];
