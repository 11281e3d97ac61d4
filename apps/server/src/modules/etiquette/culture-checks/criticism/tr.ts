import { B, E, W, anyOf } from '../../../coaching/coaching-patterns/regex';
import type { CriticismLanguage } from './rule';

const DID_WRONG = String.raw`(?:girdiniz|yazdınız|seçtiniz|doldurdunuz|girmişsiniz|yazmışsınız|seçmişsiniz|doldurmuşsunuz|anladınız|anlamışsınız|okudunuz|okumuşsunuz|tuşladınız|işaretlediniz|verdiniz|vermişsiniz|girdin|yazdın|seçtin|girmişsin|yazmışsın|seçmişsin|anladın|anlamışsın)`;
const DID_NOT = String.raw`(?:okumadınız|okumamışsınız|dikkat\s+etmediniz|dikkat\s+etmemişsiniz|kontrol\s+etmediniz|kontrol\s+etmemişsiniz|belirtmediniz|belirtmemişsiniz|unuttunuz|unutmuşsunuz|girmediniz|girmemişsiniz|seçmediniz|seçmemişsiniz|doldurmadınız|doldurmamışsınız|eklemediniz|eklememişsiniz|okumadın|unuttun|dikkat\s+etmedin)`;

export const trCriticism: CriticismLanguage = {
  rules: [
    { pattern: anyOf(String.raw`${B}(?:yanlış|hatalı|eksik)\s+(?:${W})?${DID_WRONG}${E}`) },
    { pattern: anyOf(String.raw`${B}hata\s+(?:yaptınız|yapmışsınız|yaptın|yapmışsın|ettiniz|etmişsiniz)${E}`) },
    {
      pattern: anyOf(
        String.raw`${B}(?:sizin|senin)\s+(?:hatanız|hatan|suçunuz|suçun|kusurunuz|dikkatsizliğiniz)`,
        String.raw`${B}(?:hatanız|suçunuz|dikkatsizliğiniz|dikkatsizliğinizden|hatanızdan|kusurunuz)${E}`,
      ),
    },
    { pattern: anyOf(String.raw`${B}${DID_NOT}${E}`), notInQuestion: true },
    {
      pattern: anyOf(
        String.raw`${B}[a-zçğıöşü]+(?:manız|meniz)\s+gerekiyordu${E}`,
        String.raw`${B}[a-zçğıöşü]+(?:malıydınız|meliydiniz|malıydın|meliydin)${E}`,
      ),
    },
  ],
  guards: [
    anyOf(
      String.raw`${B}(?:eğer|şayet|galiba|sanırım|muhtemelen|belki|olabilir|görünüyor|anlaşılan)${E}`,
      String.raw`${B}(?:hatanız|suçunuz|hatan|suçun|kusurunuz)\s+değil`,
      // A conditional verb: "yanlış girdiyseniz".
      String.raw`[a-zçğıöşü](?:ysanız|yseniz|sanız|seniz)${E}`,
    ),
  ],
  suggestion: 'Bilgiler doğru kaydedilmemiş görünüyor; birlikte kontrol edebilir miyiz?',
};
