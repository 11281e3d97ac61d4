import type { Scorecard } from '@sincere/contracts';

/*
 * The scorecard every account starts with (issue 8). Weights sum to 100 so each reads as a share of the
 * review. Critical categories follow metrics.md (below 50% of the scale zeroes the review) and are kept to
 * the two failures a customer does not forgive: a broken promise and being belittled.
 * 'human_only' marks what an automatic scorer cannot rate reliably: sincerity (empathy, personal touch), tone,
 * where sarcasm hides behind polite words and a false "fail" would zero an agent's review, and ownership and
 * solution offered, which the scorer rated below κ 0.6 on hand-rated conversations it had not seen (BENCHMARKS.md).
 */
export const DEFAULT_SCORECARD: Scorecard = {
  name: { en: 'Standard conversation review', ru: 'Стандартная оценка диалога' },
  version: 1,
  categories: [
    {
      key: 'greeting',
      name: { en: 'Greeting and form of address', ru: 'Приветствие и обращение' },
      description: {
        en: '0: no greeting: straight to business. 1: a greeting, but without the name, or in a form of address that does not match the customer (the informal "you" to someone who writes formally, a bare name where an honorific is expected). 2: a greeting with the name and the form of address the customer expects.',
        ru: '0: нет приветствия, сразу к делу. 1: приветствие есть, но без имени или в неподходящей форме обращения («ты» тому, кто пишет на «вы», голое имя там, где ждут вежливого обращения). 2: приветствие с именем и в той форме обращения, которую ожидает клиент.',
      },
      // Small weight: it sets the first impression but rarely decides the outcome.
      weight: 5,
      scale: 'three',
      allowNa: false,
      critical: false,
      // Greeting, name and вы/ты are visible in the text; the etiquette module already checks them.
      automatic: 'auto',
    },
    {
      key: 'empathy',
      name: { en: 'Empathy', ru: 'Эмпатия' },
      description: {
        en: '0: the customer\'s feelings are ignored, or met with a stock phrase ("I understand your frustration") and nothing else. 1: the feeling is acknowledged in the agent\'s own words. 2: acknowledged, and the reply changes because of it (priority, compensation, extra care). N/A when the customer shows no feeling to respond to.',
        ru: '0: чувства клиента проигнорированы или отмечены дежурной фразой («Понимаю ваше недовольство») — и только. 1: агент своими словами показал, что понял, каково клиенту. 2: понял, и это изменило ответ (приоритет, компенсация, особое внимание). N/A, если клиент не выражал никаких чувств.',
      },
      weight: 10,
      scale: 'three',
      // A plain "change my email" request has no feeling to answer; forcing a rating would reward stock phrases.
      allowNa: true,
      critical: false,
      // A scorer spots sympathy words, not whether they are meant; it would reward the stock phrases we penalise.
      automatic: 'human_only',
    },
    {
      key: 'ownership',
      name: { en: 'Ownership', ru: 'Ответственность' },
      description: {
        en: '0: no one owns the issue; the customer is sent elsewhere. 1: someone takes it, but there is no next step. 2: an owner and a next step, without when. 3: a clear owner, the next step and when the customer will hear back.',
        ru: '0: проблема ничья, клиента отправляют «куда-нибудь ещё». 1: кто-то взялся, но следующего шага нет. 2: есть ответственный и следующий шаг, но без сроков. 3: понятно, кто отвечает, что будет дальше и когда клиент получит ответ.',
      },
      // With solution offered, the heaviest: a clear owner and next step is what ends repeat contacts.
      weight: 20,
      // Four points because "owner", "next step" and "when" are three separate things an agent can miss.
      scale: 'four',
      allowNa: false,
      critical: false,
      // Issue 8 asks κ ≥ 0.6 on hand-rated conversations the scorer never saw: it reached 0.57 in the first
      // round and 0.57 again, after a second round, on a fresh set (Spanish 0.45). Whether a next step is
      // real and when it falls is read from loose wording.
      automatic: 'human_only',
    },
    {
      key: 'promise_kept',
      name: { en: 'Promise kept', ru: 'Обещание выполнено' },
      description: {
        en: '0: a promise made to the customer was broken or missed its deadline without a word. 1: every promise was kept, or the customer was told in time that it would change. N/A when no promise was made.',
        ru: '0: обещание клиенту не выполнено или срок сорван без предупреждения. 1: все обещания выполнены либо клиента вовремя предупредили об изменениях. N/A, если ничего не обещали.',
      },
      // Moderate weight: being critical already does the heavy lifting when it fails.
      weight: 10,
      // Kept or not is a fact, not a degree.
      scale: 'binary',
      allowNa: true,
      // A broken promise undoes the rest of a good conversation in the customer's eyes.
      critical: true,
      // The promises module tracks each promise, its deadline and whether it was fulfilled.
      automatic: 'auto',
    },
    {
      key: 'solution_offered',
      name: { en: 'Solution offered', ru: 'Предложено решение' },
      description: {
        en: '0: no solution or a wrong one. 1: a partial solution or a workaround. 2: a solution that fully answers what the customer asked.',
        ru: '0: решения нет или оно неверное. 1: частичное решение или обходной путь. 2: решение полностью отвечает на вопрос клиента.',
      },
      // The point of the conversation, and the QA guardrail for FCR in metrics.md.
      weight: 20,
      scale: 'three',
      allowNa: false,
      critical: false,
      // The automatic scorer reads whether the customer said it works, not whether the answer was right
      // or complete: on conversations it had not seen it agreed with reviewers at κ 0.35, and after a
      // second round at 0.55 on a fresh set (Russian 0.39); issue 8 asks 0.6.
      automatic: 'human_only',
    },
    {
      key: 'comprehension',
      name: { en: 'Comprehension', ru: 'Понимание' },
      description: {
        en: '0: the agent asks again for what the customer already said, or answers another question. 1: understood, but shown by parroting the customer back ("So you are saying that…"). 2: the reply shows understanding without asking again or paraphrasing.',
        ru: '0: агент переспрашивает то, что клиент уже написал, или отвечает не на тот вопрос. 1: понял, но показывает это механическим пересказом («Правильно ли я понимаю, что…»). 2: из ответа видно, что агент понял, без переспрашиваний и пересказа.',
      },
      weight: 10,
      scale: 'three',
      allowNa: false,
      critical: false,
      // Asking again for what is in the thread, the customer's "it's in my first message" and a parroted
      // retelling are all in the text. After a second round the scorer agreed with reviewers at κ 0.70 on a
      // fresh set it never saw (English 0.56 the weakest), 0.92–0.96 on the sets it was tuned on. An answer
      // to a different question it still misses.
      automatic: 'auto',
    },
    {
      key: 'tone',
      name: { en: 'Tone', ru: 'Тон' },
      description: {
        en: '0: rude, mocking or blaming the customer. 1: passive-aggressive or defensive ("As I already said…", "That is our policy"). 2: polite but cold or stiff. 3: warm and respectful; a customer who is wrong is corrected without losing face.',
        ru: '0: грубость, насмешка или обвинение клиента. 1: пассивная агрессия или оборона («Как я уже писал…», «Таковы правила»). 2: вежливо, но холодно и казённо. 3: тепло и уважительно; если клиент ошибся, его поправляют так, что ему не неловко.',
      },
      weight: 10,
      // Four points put passive aggression (1) below the 50% line, so it fails like rudeness; stiffness (2) passes.
      scale: 'four',
      allowNa: false,
      // Belittling a customer loses them whatever else went right.
      critical: true,
      // Sarcasm and condescension hide behind polite words; a false fail here would zero the review.
      automatic: 'human_only',
    },
    {
      key: 'personal_touch',
      name: { en: 'Personal touch', ru: 'Личное внимание' },
      description: {
        en: '0: the moment allowed it, but the reply stays purely transactional. 1: a genuine non-business question or a fact the customer mentioned before ("How did the move go?"). N/A when the moment does not allow it (an angry customer, an outage).',
        ru: '0: момент позволял, но ответ чисто деловой. 1: искренний вопрос не по делу или деталь, которую клиент упоминал раньше («Как прошёл переезд?»). N/A, если момент неподходящий (клиент зол, идёт авария).',
      },
      weight: 5,
      scale: 'binary',
      allowNa: true,
      critical: false,
      // Whether a question is genuine, and whether the moment allowed one, is a human judgement.
      automatic: 'human_only',
    },
    {
      key: 'closing',
      name: { en: 'Closing', ru: 'Завершение' },
      description: {
        en: '0: the conversation just stops. 1: a closing phrase, but no check that the customer is satisfied. 2: the agent checks the issue is solved for the customer ("Did that work for you?").',
        ru: '0: разговор просто обрывается. 1: есть прощание, но агент не уточнил, всё ли устроило клиента. 2: агент убедился, что вопрос решён («Получилось? Что-то ещё подсказать?»).',
      },
      weight: 5,
      scale: 'three',
      allowNa: false,
      critical: false,
      automatic: 'auto',
    },
    {
      key: 'spelling_readability',
      name: { en: 'Spelling and readability', ru: 'Грамотность и читаемость' },
      description: {
        en: '0: hard to read or understand. 1: many errors or a wall of text. 2: several errors or clumsy structure. 3: one or two slips. 4: clean, short paragraphs, easy to follow.',
        ru: '0: трудно прочитать и понять. 1: много ошибок или сплошная «простыня» текста. 2: несколько ошибок или неудачная структура. 3: одна-две опечатки. 4: грамотно, короткими абзацами, легко читается.',
      },
      weight: 5,
      // Five points because errors are countable and reviewers want to tell "a slip" from "careless".
      scale: 'five',
      allowNa: false,
      critical: false,
      automatic: 'auto',
    },
  ],
};
