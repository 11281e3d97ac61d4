import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../../language/reading';

/** A word start and end over Latin and Cyrillic letters (`\b` knows only ASCII). */
export const { B, E } = wordBounds(LATIN_CYRILLIC_LETTERS);

/**
 * A pattern over lower-cased text: the scorer lowers each message once, so patterns are written in lower
 * case and run without the `i` flag (case folding costs time on every comparison). Never `g`: reused.
 */
export const re = (...alternatives: string[]): RegExp =>
  new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'u');

/** A pattern to count every match of with `matchAll` (which copies it, so its `lastIndex` is never shared). */
export const all = (...alternatives: string[]): RegExp =>
  new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'gu');

/** How one language shows each thing the raters look for. Every pattern runs on lower-cased text. */
export interface QualityPatterns {
  /** A greeting opening a message: "здравствуйте", "hi", "hola", "halo". Tried at the message's start. */
  greeting: RegExp;
  /** The informal "you" (ты, tú, kamu) as the agent would write it; null where the language has none. */
  informalYou: RegExp | null;
  /** The formal "you" (usted) as the agent would write it, where it can be told from the third person. */
  formalYou: RegExp | null;
  /** The customer's own informal or formal "you": the form they expect back. */
  customerInformal: RegExp | null;
  customerFormal: RegExp | null;
  /** The informal "you" is wrong with a customer who shows neither form (Russian, Indonesian service). */
  defaultFormal: boolean;
  /** The formal "you" is wrong too, with a customer who writes informally (Spanish: tú gets tú). */
  mirrorFormal: boolean;
  /** Titles that go with a name ("kak", "pak", "sr."): "Kak Sari" is the name used. */
  honorifics: readonly string[];

  /** Sending the customer to someone else to sort it out: "обратитесь в банк", "contact the courier". */
  sentElsewhere: readonly RegExp[];
  /** Passing the issue to a colleague or team: an owner and a next step, the time still to be said. */
  handedOff: readonly RegExp[];
  /** Taking the issue with nothing concrete to follow: "я посмотрю", "we're looking into it". */
  vague: readonly RegExp[];
  /** When the customer will hear back or see the result: "в течение часа", "by Friday", "24 jam". */
  when: readonly RegExp[];
  /** The customer asks when: "а когда?", "how long will it take", "¿para cuándo?", "kapan ya?". */
  asksWhen: RegExp;

  /** Only a way around the problem: "пока можно…", "as a workaround", "mientras tanto". */
  workaround: readonly RegExp[];
  /** The customer says it is solved: "получилось", "it works now", "ya funciona", "sudah bisa". */
  customerSolved: readonly RegExp[];
  /** The customer says it is not: "всё равно не работает", "still not working". */
  customerUnsolved: readonly RegExp[];
  /** A refusal with nothing in its place: "к сожалению, это невозможно". */
  refused: readonly RegExp[];
  /**
   * The agent points back at what they said before instead of answering anew: "как я уже писал", "as I
   * said", "le reitero". Said to a customer who pushed back, it restates the answer that did not help.
   */
  restated: readonly RegExp[];

  /** Showing understanding by repeating the customer back: "правильно ли я понимаю", "so you're saying". */
  paraphrase: readonly RegExp[];
  /** The agent asks the customer to give something: "уточните", "could you send", "mohon sebutkan". */
  request: RegExp;
  /**
   * The customer points out they said it already ("я же писала", "i already told you"), or that the
   * agent answered another question ("I'm not asking for a refund", "no quiero cancelar").
   */
  customerRepeated: readonly RegExp[];
  /** The agent asks for an order number, an e-mail or a phone number. */
  asksForOrder: RegExp;
  asksForEmail: RegExp;
  asksForPhone: RegExp;
  /** Words naming an order in the customer's text: "заказ", "order", "pedido", "pesanan". */
  orderWord: RegExp;

  /** The agent checks the customer is satisfied: "получилось?", "did that work?", "¿algo más?". */
  check: readonly RegExp[];
  /**
   * Questions that do not check the outcome: asking what, when or which, and offers ("Переключаю?", "would
   * you like me to…"). Tried at the start of a question; any other yes/no question near the end is a check.
   */
  notCheck: RegExp;
  /** A closing phrase: "хорошего дня", "have a great day", "que tenga buen día", "terima kasih telah…". */
  farewell: readonly RegExp[];

  /** Frequent misspellings and chat spellings an agent should not send ("извените", "recieve"); global, counted. */
  misspellings: RegExp;
  /** Slips only the original case shows ("i" for "I"); global, counted; null when none. */
  caseSlips: RegExp | null;
  /** Lower-case words without a vowel that are fine (units, formats, "mr"); any other is chat shorthand ("pls", "yg"). */
  vowelless: ReadonlySet<string>;
}
