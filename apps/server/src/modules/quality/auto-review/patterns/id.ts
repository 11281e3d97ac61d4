import { B, E, all, re, type QualityPatterns } from './types';

/** One more word and the space after it: room for "kami", "ya" inside a phrase. */
const W = String.raw`[^\s.!?]+\s+`;
const TEAM = String.raw`(?:tim|bagian|divisi|departemen|teknisi|supervisor|atasan|rekan)\s+\S+`;

export const idPatterns: QualityPatterns = {
  greeting: re(
    String.raw`^\W*(?:halo|hallo|hai|hi|hello|selamat\s+(?:pagi|siang|sore|malam|datang)|pagi|siang|sore|malam|assalamualaikum|assalamu'alaikum|salam)${E}`,
  ),
  informalYou: re(String.raw`${B}(?:kamu|kau|engkau|lu|lo|loe|elo|gw|gue)${E}`),
  formalYou: null,
  customerInformal: re(String.raw`${B}(?:kamu|kau|lu|lo|loe|elo|bro|sis)${E}`),
  customerFormal: null,
  defaultFormal: true,
  mirrorFormal: false,
  honorifics: ['kak', 'kakak', 'pak', 'bapak', 'bu', 'ibu', 'mas', 'mbak', 'bang', 'dik', 'adik', 'om', 'tante'],

  sentElsewhere: [
    re(
      String.raw`${B}(?:silakan|silahkan|mohon|bisa|harap|sebaiknya)\s+(?:${W}){0,2}?(?:hubungi|menghubungi|hub|dibawa|datang|langsung\s+ke|ke|kontak)\s+(?:${W}){0,2}?(?:bank|kurir|ekspedisi|resto|restoran|restonya|service\s+center|pihak|gerai|toko|penjual|seller|brand|maskapai|operator|cabang|call\s+center|cs|customer\s+service|[a-z]+\s+resmi)`,
      String.raw`${B}(?:ditanyakan|tanyakan|dikonfirmasi)\s+(?:${W})?(?:langsung\s+)?(?:ke|kepada)\s+|${B}(?:ato|atau)\s+ke\s+gerai|${B}hubungi\s+call\s+center`,
      String.raw`${B}(?:urusan|tanggung\s+jawab|wewenang)\s+(?:${W})?(?:resto|restoran|kurir|ekspedisi|bank|pihak|brand|penjual|maskapai)|${B}bukan\s+(?:dari|tanggung\s+jawab|urusan|wewenang)\s+(?:toko\s+)?kami|${B}kami\s+tidak\s+melayani`,
    ),
  ],
  handedOff: [
    re(
      String.raw`${B}(?:sudah\s+|telah\s+)?(?:saya|kami)\s+(?:sudah\s+|telah\s+)?(?:teruskan|terusakn|eskalasi|laporkan|kirim|sampaikan|ajukan|forward|minta)\s+(?:${W}){0,4}?(?:ke|kepada)\s+${TEAM}`,
      String.raw`${B}(?:laporan|keluhan|tiket|pengajuan)\S*\s+(?:${W}){0,3}?(?:sudah|telah|akan)\s+(?:kami\s+|saya\s+)?(?:teruskan|terusakn|diteruskan|dikirim|disampaikan|diajukan|dieskalasi)`,
      String.raw`${B}${TEAM}\s+(?:${W})?(?:akan|nanti)\s+(?:${W})?(?:menghubungi|hubungi|cek|mengecek|memproses|proses|follow\s+up|infokan|kabari)`,
    ),
  ],
  vague: [
    re(
      String.raw`${B}(?:(?:sudah|udah|sdh)\s+)?(?:kami|sy|saya)\s+catat|${B}(?:mohon|harap|silakan|silahkan)\s+(?:di)?tunggu|${B}silakan\s+menunggu|${B}(?:sabar|sbr)\s+(?:aj|aja|ya|menunggu|untuk)|${B}akan\s+kami\s+sampaikan\s+ke\s+tim\s+terkait`,
    ),
    re(
      String.raw`${B}(?:sedang\s+(?:kami|saya)\s+(?:cek|proses|tangani|selidiki)|(?:kami|saya)\s+(?:sedang\s+)?(?:cek|pelajari)\s+(?:dulu|dahulu))${E}`,
      String.raw`${B}(?:nanti|akan)\s+(?:kami\s+)?(?:infokan|kabari|informasikan)\s+(?:kembali|lagi)${E}(?!\s+(?:besok|hari|jam|pukul|sebelum|paling))`,
    ),
  ],
  when: [
    re(
      String.raw`${B}(?:dalam|maksimal|paling\s+lambat|kurang\s+dari)\s+(?:\d+|satu|dua|tiga|1x24|2x24|3x24|24|48)\s*(?:jam|hari|menit|minggu)?(?:\s+kerja)?${E}`,
      String.raw`${B}(?:hari\s+ini|besok|lusa|nanti\s+(?:sore|malam|siang)|sore\s+ini|malam\s+ini|minggu\s+ini)${E}`,
      String.raw`${B}(?:sebelum|jam|pukul)\s+\d{1,2}(?:[.:]\d\d)?${E}`,
      String.raw`${B}(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)${E}`,
    ),
  ],

  asksWhen: re(String.raw`${B}(?:kapan|berapa\s+lama|jam\s+berapa|sampai\s+kapan)${E}[^.!?]*\?`),
  workaround: [
    re(
      String.raw`${B}(?:sementara\s+(?:ini|itu|waktu)?|untuk\s+sementara|sambil\s+menunggu|alternatifnya|sebagai\s+alternatif)${E}`,
    ),
  ],
  customerSolved: [
    re(
      String.raw`${B}(?:sudah\s+(?:bisa|masuk|muncul|berhasil|normal|diterima|sampai|oke|ok|beres|aman|kelihatan|jalan)|udah\s+(?:bisa|masuk|muncul|berhasil|normal|nyala|sampai|beres|aman|oke|ok)|udh\s+(?:bisa|masuk)|berhasil|alhamdulillah|mantap|sip|siap\s+kak|beres|sangat\s+membantu|terima\s+kasih\s+banyak|makasih\s+(?:banyak|ya)|cepet\s+bgt|cepat\s+sekali)${E}`,
    ),
  ],
  customerUnsolved: [
    re(
      String.raw`${B}(?:masih\s+(?:belum|tidak|gak|ga|nggak|error|sama|merah|mati)|belum\s+(?:masuk|bisa|muncul|ada|sampai|dikabari)|tetap\s+(?:merah|tidak|gak|ga|error|mati)|tidak\s+bisa|ga\s+bisa|gak\s+bisa|kecewa|parah|ga\s+bakal|gak\s+bakal|tidak\s+akan\s+(?:pakai|beli)|next\s+time|tempat\s+lain|ya\s+sudah\s+lah|yaudah\s+lah|percuma|ribet|kok\s+ga\s+dibales|ga\s+lucu|gak\s+lucu|(?:saya\s+)?minta\s+(?:refund|uang|hp|barang)\S*\s+(?:saja|aja|balik|kembali)|jawab\s+yang\s+jelas|ga\s+dibales|maksudnya\s+gimana|ga\s+ngerti|gak\s+ngerti|tidak\s+mengerti|bingung|(?:saya\s+)?minta\s+ganti\s+rugi|ga\s+membantu|gak\s+membantu|tidak\s+membantu)${E}`,
    ),
  ],
  refused: [
    re(
      String.raw`${B}(?:tidak\s+(?:dapat|bisa)\s+(?:kami\s+)?(?:proses|bantu|memproses|mengembalikan|refund|ganti|diproses)|kami\s+tidak\s+(?:melayani|menerima|bisa|dapat)|sesuai\s+(?:kebijakan|ketentuan|s&k)|mohon\s+maaf,?\s+tidak\s+bisa)${E}`,
    ),
  ],

  restated: [
    re(
      String.raw`${B}seperti\s+(?:yang|yg)\s+(?:sudah|udah|telah)\s+(?:saya|kami)\s+(?:sampaikan|jelaskan|bilang|infokan)${E}|${B}(?:kan\s+)?sudah\s+(?:saya|kami)\s+(?:sampaikan|jelaskan)\s+(?:tadi|sebelumnya|kemarin)${E}`,
    ),
  ],

  paraphrase: [
    re(
      String.raw`${B}(?:jadi\s+maksud\s+(?:kamu|anda|kakak|kak|bapak|ibu|pak|bu)|jadi\s+(?:yang\s+|yg\s+)?(?:bapak|ibu|kakak|kak|anda|kamu|pak|bu)\s+(?:maksud|maksudkan|inginkan|sampaikan|mau|alami|rasakan|keluhkan)|(?:apakah\s+)?(?:benar|betul)\s+(?:demikian|begitu)|kalau\s+(?:saya\s+)?tidak\s+salah\s+(?:tangkap|paham)|(?:untuk\s+)?(?:memastikan|konfirmasi),?\s+(?:bapak|ibu|kakak|kak|anda))${E}`,
    ),
  ],
  request: re(
    String.raw`${B}(?:(?:mohon|tolong|silakan|silahkan)\s+(?:di)?(?:informasikan|sebutkan|kirim|kirimkan|berikan|konfirmasi|cantumkan|infokan)|boleh\s+(?:saya\s+)?(?:minta|tahu|dikirim|diinfokan|dibantu)|sebutkan|berapa|brp|minta\s+(?:nomor|no|email|data|id))${E}`,
  ),
  customerRepeated: [
    re(
      String.raw`${B}(?:sudah|udah|udh|kan\s+sudah|kan\s+udah)\s+(?:saya\s+|aku\s+|gw\s+)?(?:tulis|bilang|kasih|sebut|kirim|sampaikan|jelaskan|coba|lakukan|cek)${E}(?!\s+(?:ke|sama)\s+(?!kak|kamu|anda|admin|mas|mbak|cs)\S)|${B}(?:sudah|udah|udh)\s+ada\s+di\s+(?:order|pesanan|pesan|chat|nota|data)\S*|${B}(?:baca\s+dong|pesan\s+pertama|chat\s+pertama|tadi\s+kan\s+sudah)${E}|${B}(?:di\s+atas|diatas)${E}(?!\s*(?:\d|rp|jam))|${B}(?:saya|aku|gw)\s+(?:ga|gak|tidak|nggak)\s+(?:ngomongin|bilang|tanya)|${B}(?:saya|aku|gw)\s+(?:bilang|tanya|nanya|minta)\s+(?:itemnya|soal|tentang|bukan)|${B}bukan\s+itu${E}|${B}(?:saya|aku|gw)\s+(?:tanya|nanya|tanyanya)\s+(?:soal|tentang|cara|ganti|kenapa|kapan|apa)${E}|${B}maksud\s+saya\s+bukan`,
    ),
  ],
  asksForOrder: re(
    String.raw`${B}(?:nomor|no\.?|nmr|kode|id)\s+(?:${W})?(?:pesanan|order|invoice|resi|booking|pelanggan|tiket|polis|transaksi|pembayaran)|${B}nmr\s+brp|${B}nomor(?:nya)?\s+berapa`,
  ),
  asksForEmail: re(String.raw`${B}(?:email|e-mail|surel)${E}`),
  asksForPhone: re(String.raw`${B}(?:nomor\s+(?:hp|telepon|ponsel|wa|whatsapp)|no\.?\s+hp|nmr\s+hp|nmr)${E}`),
  orderWord: re(String.raw`${B}(?:pesanan|order|invoice|resi|booking|pelanggan|tiket|polis|transaksi|no|nomor|id)${E}`),

  check: [
    re(
      String.raw`${B}(?:sudah|udah)\s+(?:bisa|masuk|muncul|kelihatan|diterima|sampai|berhasil|pas|aman|normal|nyala|terlihat|dicek|dicoba)\s*(?:belum|,?\s*(?:kak|pak|bu|bapak|ibu))?\s*[^.!?]*\?`,
      String.raw`${B}(?:apakah|apa)\s+(?:${W}){0,4}?(?:sudah|berhasil|bisa|membantu|jelas|sesuai|aman)${E}[^.!?]*\?`,
      String.raw`${B}(?:ada\s+(?:lagi\s+)?yang\s+(?:bisa|dapat)\s+(?:saya|kami)\s+bantu|ada\s+(?:hal\s+)?lain|ada\s+pertanyaan\s+lain)${E}[^.!?]*\?`,
      String.raw`${B}(?:boleh\s+)?(?:kabari|kabarin|infokan|konfirmasi)\s+(?:saya\s+)?(?:${W}){0,2}?(?:apakah|kalau|jika|ya)${E}`,
    ),
  ],
  notCheck: re(
    String.raw`^\W*(?:apa\s+(?!sudah|kakak\s+sudah|bapak\s+sudah|ibu\s+sudah)|kapan|di\s*mana|dimana|berapa|brp|siapa|kenapa|mengapa|bagaimana|gimana|mau|ingin|boleh\s+saya|perlu\s+saya|yang\s+mana)${E}`,
  ),
  farewell: [
    re(
      String.raw`${B}(?:terima\s+kasih|makasih|thx|sama-sama|selamat\s+(?:beraktivitas|pagi|siang|sore|malam|berlibur|menikmati|lanjut|jalan)|semoga\s+(?:harinya|hari|lancar|menyenangkan|membantu|sukses)|salam|sampai\s+(?:jumpa|ketemu)|jangan\s+ragu|tinggal\s+chat|langsung\s+kabari|silakan\s+hubungi\s+kami\s+kembali|have\s+a\s+nice\s+day)`,
    ),
  ],

  caseSlips: null,
  vowelless: new Set([
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
    'mb',
    'gb',
    'tb',
    'rp',
    'wib',
    'wit',
    'wita',
    'ktp',
    'stnk',
    'sim',
    'npwp',
    'bpjs',
    'pln',
    'dr',
    'drg',
    'st',
    'pt',
    'cv',
    'rt',
    'rw',
    'jl',
    'jln',
    'nfc',
    'gps',
    'ml',
    'mg',
    'kwh',
    'los',
    'pkp',
  ]),
  misspellings: all(
    String.raw`${B}(?:trimakasih|terimakasih|trims|makasi|merubah|dirubah|ketidak\s+nyamanan\S*|nasehat|apotik|jadual|antri|kwitansi|analisa|sekedar|hutang|himbauan|rubah|merubahnya)${E}|${B}(?:silahkan|ijin|praktek|resiko|terusakn|persetujuanya|resmu|sistm|gngguan|kmgkinan|pket|msk|nnt|stlh|trdkt|bw|jgn|sy|yg|dgn|tdk|sdh|udh|blm|krn|krna|utk|jg|bs|dr|tp|sm|bgt|gmn|kyk|jd|dlm|hrs|bkn|tlg|mhn|lgsg|aj|cm|hub|slh|kk|gk|ok\s+sy|nmr|brp|lg|kl|ato|x|emg|trs|org|bnyk|skrg|sblm|tgl|dmn|gpp|mksh|thx|pls|di\s+(?:kirim|proses|cek|batalkan|terima|tunggu|bantu|teruskan|ganti|refund)|ke\s+(?:kirim|bantu))${E}`,
  ),
};
