import { REPLY_LANGUAGES, type ReplyLanguage } from '@sincere/contracts';
import { blankQuotedLines, languageOfLocale, sentenceBounds } from '../../language/reading';

export interface DoneMention {
  /** The clause saying it is done, trimmed. */
  text: string;
  start: number;
  end: number;
}

interface DoneRules {
  /** The agent or the company reports a finished action or a finished result. `i` and `u`, never `g`. */
  done: readonly RegExp[];
  /** Not done: still to come, on its way, conditional on being done, not yet, asked about. */
  unless: readonly RegExp[];
}

const RU_B = String.raw`(?<![а-яёa-z\d])`;
const RU_E = String.raw`(?![а-яёa-z\d])`;
const ES_B = String.raw`(?<![a-záéíóúüñ\d])`;
const ES_E = String.raw`(?![a-záéíóúüñ\d])`;
const PT_B = String.raw`(?<![a-záàâãéêíóôõúüç\d])`;
const PT_E = String.raw`(?![a-záàâãéêíóôõúüç\d])`;
const re = (source: string): RegExp => new RegExp(source, 'iu');

/** Past participles of what support does for a customer, English. */
const EN_DONE_VERB = String.raw`(?:fixed|sent|processed|refunded|replaced|resolved|updated|issued|cancell?ed|reset|restored|reactivated|activated|unblocked|unlocked|credited|shipped|dispatched|delivered|repaired|installed|changed|corrected|applied|returned|reimbursed|removed|added|booked|scheduled|arranged|approved|completed|sorted(?:\s+out)?|taken\s+care\s+of|handled|reconnected|submitted|emailed|transferred|upgraded|swapped|exchanged|posted|closed|merged|finished|done|re-?sent)`;

const RULES: Record<ReplyLanguage, DoneRules> = {
  en: {
    done: [
      // Any past participle after "I've"/"we've": "I've gone ahead and moved your delivery".
      re(
        String.raw`\b(?:i|we)(?:'ve|’ve|\s+have)\s+(?:just\s+|now\s+|already\s+|gone\s+ahead\s+and\s+|went\s+ahead\s+and\s+)?(?!been\b|got\s+to\b|had\s+to\b|tried\b|asked\s+you\b)[a-z]{3,}(?:ed|en|t)\b`,
      ),
      re(
        String.raw`\b(?:was|were)\s+(?:just\s+|already\s+|successfully\s+)?[a-z]{3,}(?:ed|en|t)\s+(?:this\s+morning|today|earlier|an\s+hour\s+ago|just\s+now|yesterday)\b`,
      ),
      re(
        String.raw`\b(?:i|we)(?:'ve|’ve|\s+have)?\s+(?:just\s+|now\s+|already\s+|finally\s+|successfully\s+)?(?:${EN_DONE_VERB}|took\s+care\s+of|went\s+ahead\s+and\s+\w+ed|made\s+the\s+change|got\s+(?:it|this|that)\s+(?:fixed|sorted|done))\b`,
      ),
      re(
        String.raw`\b(?:it|this|that|everything|all|your\s+\w+(?:\s+\w+)?|the\s+\w+(?:\s+\w+)?)(?:'s|’s|\s+is|\s+has\s+been|\s+have\s+been|\s+was|\s+are|\s+were)\s+(?:now\s+|just\s+|already\s+|all\s+|finally\s+|successfully\s+)?(?:${EN_DONE_VERB}|ready|sorted|live|back\s+(?:on|online|to|in)|working\s+again|up\s+and\s+running|on\s+your\s+account|in\s+your\s+account|all\s+set)\b`,
      ),
      re(
        String.raw`(?:^|[\s,.!])(?:all\s+done|done|sorted|fixed|all\s+set|you(?:'re|’re|\s+are)\s+all\s+set|good\s+to\s+go)\s*[!.,—–-]`,
      ),
      re(
        String.raw`\b(?:has|have)\s+(?:now\s+|just\s+|already\s+|finally\s+|successfully\s+)?(?:been\s+)?${EN_DONE_VERB}\b`,
      ),
    ],
    unless: [
      re(
        String.raw`\b(?:once|when|as\s+soon\s+as|after|until|if|before)\s+(?:it|this|that|everything|we|i|the|your)\b[^.!?,]*\b(?:${EN_DONE_VERB}|ready|complete)\b`,
      ),
      re(
        String.raw`\b(?:not\s+(?:yet|been|done|ready|fixed)|hasn't|hasn’t|haven't|haven’t|isn't|isn’t|wasn't|wasn’t|aren't|aren’t|still\s+(?:waiting|pending|working|processing)|yet\s+to\s+be)\b`,
      ),
      re(
        String.raw`\b(?:will\s+be|'ll\s+be|’ll\s+be|is\s+being|are\s+being|going\s+to\s+be|on\s+(?:the|its|his|her|their)\s+way|en\s+route|in\s+transit|has\s+left|is\s+heading)\b`,
      ),
      re(String.raw`\b(?:on\s+your\s+side|from\s+your\s+side|you\s+(?:have|'ve|’ve)\s+(?:sent|done|fixed))\b`),
    ],
  },
  ru: {
    done: [
      // Any past tense with a perfective prefix, not an iterative one ("приезжал"): "передал", "поправили".
      re(
        String.raw`${RU_B}(?<!вы\s)(?<!вы\s+уже\s)(?:вос|вы|за|от|пере|по|при|об|о|у|с|про|из|ис|на|под|раз|до)[а-яё]{2,}(?<!ыва|ива|жа|ва)(?:л|ли|ла|ло)${RU_E}`,
      ),
      // A short participle with a perfective prefix: "доступ восстановлен", "подписка отменена".
      re(
        String.raw`${RU_B}(?:вос|вы|за|от|пере|по|при|об|о|у|с|про|из|ис|на|под|раз)[а-яё]+(?:лен|ен|ён|ан|ян|ыт|ит)[аоы]?${RU_E}`,
      ),
      re(
        String.raw`${RU_B}(?:готово|сделано|выполнено|исправлено|решено|оформлено|отправлено|возвращено|зачислено|заменено|подключено|восстановлено|отменено|разблокировано|устранено|всё\s+в\s+порядке|вопрос\s+(?:решён|решен|закрыт))${RU_E}`,
      ),
      re(
        String.raw`${RU_B}(?:мы\s+|я\s+)?(?:уже\s+|только\s+что\s+|сейчас\s+)?(?:вернул|отправил|исправил|заменил|оформил|сделал|починил|подключил|начислил|перевыпустил|отменил|разблокировал|восстановил|обновил|переслал|выслал|провел|провёл|зачислил|компенсировал|решил|устранил|настроил|поменял|продлил|активировал|пересчитал|закрыл|удалил|добавил|перевел|перевёл|доставил|привёз|привез|установил|сбросил|снял|списал|отключил|возместил)(?:а|и|о)?${RU_E}`,
      ),
      re(
        String.raw`${RU_B}(?:деньги|средства|возврат|заказ|замена|доступ|платёж|платеж)\s+(?:уже\s+)?(?:вернулись|поступили|зачислены|доставлен[аы]?|восстановлен|отправлен[аы]?|проведён|проведен|оформлен[аы]?)${RU_E}`,
      ),
    ],
    unless: [
      re(String.raw`${RU_B}(?:ли|напишите|сообщите|подскажите|уточните)${RU_E}`),
      re(String.raw`${RU_B}(?:как\s+только|когда|после\s+того\s+как|если|пока|как\s+будет)${RU_E}`),
      re(
        String.raw`${RU_B}(?:не|ещё\s+не|еще\s+не|пока\s+не)\s+(?:[а-яё]+\s+)?(?:готово|сделано|вернули|отправили|исправили|решено|поступили|зачислены|оформили|сделали)${RU_E}`,
      ),
      re(
        String.raw`${RU_B}(?:выехал[аи]?|едет|в\s+пути|сделаем|отправим|вернём|вернем|исправим|проверим)${RU_E}|${RU_B}(?:будет|будут)\s+(?:[а-яё]+(?:ен|ён|ан|ян|т)[аоы]?|готов[аоы]?|[а-яё]+ть)${RU_E}`,
      ),
      re(
        String.raw`${RU_B}(?:у\s+вас\s+(?:уже\s+)?(?:получилось|вышло|готово)|с\s+вашей\s+стороны|вы\s+(?:уже\s+)?(?:отправили|сделали|оформили|оплатили))${RU_E}`,
      ),
    ],
  },
  es: {
    done: [
      re(
        String.raw`${ES_B}(?:le|te|les)\s+[a-záéíóúüñ]{3,}é${ES_E}|${ES_B}[a-záéíóúüñ]{3,}ó\s+hace\s+(?:un|una|unos|unas|\d+)${ES_E}`,
      ),
      // The preterite after "ya" or a subject, or with a past time: "ya cambié la entrega", "le emitimos … esta mañana".
      re(
        String.raw`${ES_B}ya\s+(?:le\s+|te\s+|se\s+lo\s+|se\s+la\s+|lo\s+|la\s+|se\s+)?[a-záéíóúüñ]{3,}(?:é|í|ó|amos|imos)${ES_E}`,
      ),
      re(String.raw`${ES_B}(?:su|el|la|tu)\s+[a-záéíóúüñ]+\s+(?:ya\s+)?(?:se\s+)?[a-záéíóúüñ]{3,}ó${ES_E}`),
      re(
        String.raw`${ES_B}(?:le|te|les)\s+[a-záéíóúüñ]{3,}(?:amos|imos|é|í)${ES_E}.*${ES_B}(?:esta\s+mañana|ayer|hoy\s+temprano|hace\s+un\s+(?:momento|rato))${ES_E}`,
      ),
      re(String.raw`${ES_B}(?:listo|lista|hecho|resuelto|solucionado)\s*[,.!:—–-]`),
      re(
        String.raw`${ES_B}(?:ya\s+)?(?:está|esta|quedó|quedo|queda|ha\s+quedado)\s+(?:ya\s+)?(?:hecho|resuelto|solucionado|listo|lista|activ[oa]|reparad[oa]|corregid[oa]|procesad[oa]|enviad[oa]|cancelad[oa])${ES_E}`,
      ),
      re(
        String.raw`${ES_B}(?:ya\s+)?(?:he|hemos|se\s+ha|se\s+han|le\s+hemos|le\s+he|te\s+hemos|te\s+he)\s+(?:ya\s+)?(?:enviado|procesado|realizado|reembolsado|cambiado|solucionado|resuelto|corregido|activado|reactivado|desbloqueado|cancelado|devuelto|abonado|tramitado|reparado|actualizado|aplicado|reemplazado|emitido|programado|hecho)${ES_E}`,
      ),
      re(
        String.raw`${ES_B}ya\s+(?:le\s+|te\s+|se\s+lo\s+|se\s+la\s+)?(?:enviamos|procesamos|reembolsamos|cambiamos|solucionamos|resolvimos|corregimos|activamos|devolvimos|abonamos|tramitamos|envié|procesé|solucioné|resolví|corregí|activé|devolví|hicimos|hice)${ES_E}`,
      ),
    ],
    unless: [
      re(
        String.raw`${ES_B}(?:si\s+(?:\S+\s+){0,4}?ya|avíseme|aviseme|confírmeme|dígame|me\s+avisa|me\s+confirma)${ES_E}`,
      ),
      re(
        String.raw`${ES_B}(?:cuando|en\s+cuanto|una\s+vez\s+que|apenas|si|hasta\s+que|después\s+de\s+que)\s+(?:esté|este|quede|tengamos|lo\s+tengamos|se\s+haya|hayamos|haya)${ES_E}`,
      ),
      re(
        String.raw`${ES_B}(?:todavía\s+no|aún\s+no|aun\s+no|no\s+(?:está|esta|ha|hemos|se\s+ha|quedó|(?:se\s+|le\s+)?[a-záéíóúüñ]+ó)|sigue\s+pendiente|está\s+en\s+camino|va\s+en\s+camino|en\s+proceso)${ES_E}`,
      ),
      re(String.raw`${ES_B}(?:usted\s+(?:ya\s+)?(?:ha|envió)|de\s+su\s+parte|por\s+su\s+lado)${ES_E}`),
    ],
  },
  pt: {
    done: [
      re(
        String.raw`${PT_B}(?:foi|foram|já\s+está|já\s+estão|ficou|ficaram)\s+(?:já\s+)?[a-záàâãéêíóôõúüç]+(?:ad|id)[oa]s?${PT_E}`,
      ),
      re(String.raw`${PT_B}já\s+(?:te\s+|lhe\s+|o\s+|a\s+)?[a-záàâãéêíóôõúüç]{3,}(?:ei|amos|emos|imos|i)${PT_E}`),
      re(String.raw`${PT_B}(?:pronto|prontinho|feito|resolvido|concluído)\s*[,.!:—–-]`),
      re(
        String.raw`${PT_B}(?:já\s+)?(?:foi|foram|está|esta|ficou|já\s+está)\s+(?:tudo\s+)?(?:resolvid[oa]s?|feit[oa]s?|enviad[oa]s?|processad[oa]s?|estornad[oa]s?|trocad[oa]s?|corrigid[oa]s?|ativad[oa]s?|reativad[oa]s?|cancelad[oa]s?|concluíd[oa]s?|pront[oa]s?|liberad[oa]s?|creditad[oa]s?|agendad[oa]s?|entregue|desbloquead[oa]s?|devolvid[oa]s?|consertad[oa]s?|reembolsad[oa]s?|ativ[oa]s?|normal|funcionando|no\s+ar)${PT_E}`,
      ),
      re(
        String.raw`${PT_B}(?:já\s+)?(?:te\s+|lhe\s+)?(?:enviamos|enviei|fizemos|fiz|resolvemos|resolvi|processamos|processei|estornamos|trocamos|corrigimos|corrigi|ativamos|ativei|reativamos|cancelamos|cancelei|liberamos|liberei|creditamos|agendamos|agendei|desbloqueamos|devolvemos|reembolsamos|mandei|mandamos|atualizei|atualizamos|enviámos|resolvemos)${PT_E}`,
      ),
    ],
    unless: [
      re(
        String.raw`${PT_B}(?:quando|assim\s+que|logo\s+que|depois\s+que|se|até\s+que|uma\s+vez\s+que)\s+(?:estiver|ficar|for|tivermos|resolvermos|tiver)${PT_E}`,
      ),
      re(
        String.raw`${PT_B}(?:ainda\s+não|não\s+(?:foi|está|esta|ficou|conseguimos)|está\s+a\s+caminho|em\s+rota|saiu\s+para\s+entrega|em\s+andamento|vamos|vou|vai)${PT_E}`,
      ),
      re(String.raw`${PT_B}(?:você\s+(?:já\s+)?(?:enviou|fez)|do\s+seu\s+lado|da\s+sua\s+parte)${PT_E}`),
    ],
  },
  id: {
    done: [
      re(
        String.raw`\b(?:sudah|telah|udah)\s+(?:kami\s+|saya\s+)?(?:berhasil\s+)?(?:proses|diproses|kirim|dikirim|selesaikan|diselesaikan|selesai|perbaiki|diperbaiki|refund|direfund|ganti|diganti|aktifkan|diaktifkan|aktif|kembalikan|dikembalikan|transfer|ditransfer|batalkan|dibatalkan|ubah|diubah|update|diupdate|perbarui|diperbarui|beres|normal|bisa\s+digunakan|masuk|cair|teratasi|tuntas|kami\s+\w+)\b`,
      ),
      re(String.raw`\b(?:beres|done|selesai)\s+(?:ya|yaa|kak|pak|bu)\b`),
      re(String.raw`\b(?:sudah|telah|udah)\s+(?:kami|saya)\s+\w+(?:kan|i)?\b`),
      re(
        String.raw`\b(?:sudah|telah|udah)\s+(?:berhasil\s+)?(?:me[a-z]{3,}|di[a-z]{3,}|ter[a-z]{3,}|reset|normal|aktif|beres|selesai|kembali|masuk|cair|terbit|jadi|ready)\b`,
      ),
    ],
    unless: [
      re(
        String.raw`\b(?:kalau|jika|apabila|setelah|begitu|sesudah|nanti\s+kalau|bila)\s+(?:\S+\s+){0,3}?(?:sudah|selesai|beres|telah|udah)\b`,
      ),
      re(
        String.raw`\b(?:belum|apakah|apa\s+sudah|sedang|akan|masih\s+dalam|dalam\s+perjalanan|on\s+the\s+way|otw|menuju)\b`,
      ),
      re(
        String.raw`\b(?:dari\s+sisi\s+(?:kakak|anda|bapak|ibu)|(?:kakak|kak|anda|bapak|ibu)\s+sudah\s+(?:kirim|mengirim|coba|mencoba|bayar|membayar|transfer|upload|mengunggah|melakukan|menunggu))\b`,
      ),
    ],
  },
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const SENTENCE_END = /[.!?…]+(?=\s|$)|\n/g;
const CLAUSE_BREAK = /[;:—–]|,(?!\d)/g;
const LATIN_ORDER: readonly ReplyLanguage[] = ['en', 'es', 'pt', 'id'];

/**
 * Finds where an agent's reply says a promised thing is now done ("I took care of the lamp", "готово,
 * деньги вернули"), so that Sincere can offer to mark the open promise kept. Questions, conditions
 * ("once it is done") and things still on their way are not done.
 */
export function detectDone(text: string, options: { language?: string | null } = {}): DoneMention | null {
  const language = languageOfLocale(options.language, REPLY_LANGUAGES);
  if (language === 'unsupported') return null;
  const scanned = blankQuotedLines(text.slice(0, 3000));
  for (const [from, to] of sentenceBounds(scanned, SENTENCE_END)) {
    const sentence = scanned.slice(from, to);
    const languages = CYRILLIC.test(sentence)
      ? ['ru' as const]
      : language && language !== 'ru'
        ? [language]
        : LATIN_ORDER;
    for (const candidate of languages) {
      const rules = RULES[candidate];
      const match = rules.done.map((pattern) => pattern.exec(sentence)).find((found) => found !== null);
      if (!match || rules.unless.some((guard) => guard.test(sentence))) continue;
      // "I took care of the lamp — anything else?": only a question that holds the done words is one.
      const after = sentence.slice(match.index + match[0].length);
      if (/\?\s*$/u.test(sentence) && !/[,;—–]/u.test(after)) continue;
      const [clauseStart, clauseEnd] = clauseOf(sentence, match.index, match.index + match[0].length);
      return { text: sentence.slice(clauseStart, clauseEnd), start: from + clauseStart, end: from + clauseEnd };
    }
  }
  return null;
}

/** The clauses from the match to the next break after it, trimmed: what the agent said was done. */
function clauseOf(sentence: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  for (const brk of sentence.matchAll(CLAUSE_BREAK)) {
    if (brk.index + brk[0].length <= from) start = brk.index + brk[0].length;
    else if (brk.index >= to) {
      end = brk.index;
      break;
    }
  }
  while (start < end && /\s/u.test(sentence.charAt(start))) start += 1;
  while (end > start && /[\s.!…]/u.test(sentence.charAt(end - 1))) end -= 1;
  if (end - start > 300) end = start + 300;
  return [start, end];
}
