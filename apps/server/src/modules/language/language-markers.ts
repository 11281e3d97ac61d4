/*
 * Marker words for telling languages apart in messages too short for n-gram statistics. Weight 1: a word that on
 * its own points to the language in a support chat; less: one other languages share now and then. Words every
 * language borrows (refund, password, OTP) are LOANWORDS and count for none.
 */

/** The Latin-script candidates. Indonesian and Malay are one family here, told apart by ID_MS_WORDS afterwards. */
export type LatinFamily = 'en' | 'es' | 'pt' | 'tr' | 'malay' | 'ru';

export type WordWeights = ReadonlyMap<string, number>;

/** `{ 1: 'a b', 0.5: 'c' }` → a:1, b:1, c:0.5; space-separated, `_` joins a two-word phrase. */
function weighted(groups: Record<string, string>): WordWeights {
  const weights = new Map<string, number>();
  for (const [weight, words] of Object.entries(groups)) {
    for (const word of words.split(/\s+/u).filter(Boolean)) weights.set(word.replace(/_/gu, ' '), Number(weight));
  }
  return weights;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

export const FAMILY_WORDS: Readonly<Record<LatinFamily, WordWeights>> = {
  en: weighted({
    1: `the i'm you your you're it's was were have why where how what when can't cant yet never got anyone there
        wrong does did didnt didn't don't dont been are arrived someone nothing already received doesn't doesnt isn't
        isnt expired waiting ordered sent great cool`,
    0.8: 'my is i it and of for still has can not this that thank any here want need will with but arrive says shows',
    0.6: 'im now back be just help an out yes long please thanks',
    0.4: 'ur cancel',
  }),
  es: weighted({
    1.5: 'gracias',
    1: `el los las del mis pero tengo tiene quiero hola dónde muy una aún porfa todavia todavía también ahora hoy
        ayer mañana veces llega llegó llego puedo pueden sigue hablar necesito tarjeta envío buenas buenos hay usted
        ustedes nadie dinero contraseña disculpa quedó`,
    0.8: 'qué donde con xq y lo envio la',
    0.6: 'al un es recibo',
    0.5: 'mi sí le',
    0.3: 'ya se',
  }),
  pt: weighted({
    1.5: 'não obrigado obrigada',
    1: `meu minha uma você voce vc vcs pra tá tô olá ainda muito quero tenho consigo cadê chegou recebi senha dinheiro
        boleto frete pix valeu blz beleza bom boa atendimento atendente entregue ligar também hoje ontem amanhã
        vezes até então é veio deu estou vou eu telemóvel ninguém`,
    1.2: 'nao',
    0.8: 'do das um oi já cade pode podem agora sim faz onde',
    0.7: 'na',
    0.6: 'o os pro desculpa',
    0.5: 'da quando',
    0.4: 'ta celular',
    0.3: 'e',
  }),
  tr: weighted({
    1.5: 'merhaba teşekkür teşekkürler tesekkur tesekkurler sağol sağolun lütfen sipariş şifre',
    1: `bir mı mü yok çok cok için icin tamam neden nasıl nasil kargo iade hâlâ kez kere ücret iyi günler gunler kodu
        hesap hesabım hesabim ürün urun gelmedi kadar değil degil nerede nerde`,
    1.2: 'sagol lutfen siparis sifre',
    0.8: 've var ama geldi',
    0.6: 'ne mu',
    0.5: 'mi',
    0.4: 'bu hala',
  }),
  malay: weighted({
    1.5: 'saya belum kenapa tolong berapa gimana nggak sekarang makasih',
    1.2: 'mohon maaf tanya selamat',
    1: `aku tidak tak tapi sudah udah dah bisa boleh nak kapan barang pesanan tempahan terima kasih yg dgn utk ini itu
        dari dan untuk dengan lagi masih sampai kirim hantar akun akaun bayar dong sih pun apa macam gak tiada takde
        takpe sy kok nya kami kamu anda awak karena kerana juga jugak kalau kalo hari minggu bulan coba tunggu minta
        ada orang buat semak dapat dapet banget sangat semua beli bukan jangan hubungi harga sebentar sekejap dulu
        blm knp gmn udh sdh wkwk resi ongkir kurir pulsa rekening`,
    0.8: 'mau bila kak mana sebab baru salah cuba baik tq kat je',
    0.6: 'ni ga di tp',
    0.5: 'min tu ke',
    0.4: 'oke okey',
  }),
  // Russian typed on a Latin keyboard: rare, but a +7 customer without Cyrillic writes like this.
  ru: weighted({
    2: 'spasibo zdravstvuite zdravstvuyte zdravstvujte',
    1.5: 'privet zakaz bolshoe pozhaluista pozhaluysta pojaluysta',
    1: 'gde kogda pochemu prishel prishol prishlo dengi vozvrat dostavka eto mne menya uzhe uje oplata',
    0.3: 'ne',
  }),
};

/** Turkish marker words of five letters or more with suffixes on: siparişim, tamamlandı. */
const TURKISH_STEMS = new RegExp(
  `^(?:${[...FAMILY_WORDS.tr.keys()].filter((word) => word.length >= 5).join('|')})\\p{L}+$`,
  'u',
);

/** Word shapes a language's grammar makes: Turkish verb endings, Indonesian and Malay affixes. */
export const FAMILY_SHAPES: ReadonlyArray<{ family: LatinFamily; shape: RegExp; weight: number }> = [
  { family: 'tr', shape: TURKISH_STEMS, weight: 0.8 },
  { family: 'tr', shape: /[ıiuü]yor(?:um|uz|sun|sunuz|lar)?$/u, weight: 1 },
  { family: 'tr', shape: /[ae]bilir(?:im|ım|iz|ız|sin|siniz|sınız)?$/u, weight: 1 },
  {
    family: 'tr',
    shape: /(?:m[ıiuü]s[ıiuü]n[ıiuü]z|m[ıi]y[ıi]m|[ae]c[ae]k|[ae]c[ae]ks[ıi]n[ıi]z|l[ae]nd[ıi])$/u,
    weight: 1,
  },
  {
    family: 'malay',
    shape: /^(?:di|ter|ber|me|mem|men|meng|pe|pem|pen|peng|ke)\p{L}{3,}(?:kan|an|nya)$/u,
    weight: 0.6,
  },
  { family: 'malay', shape: /^\p{L}{3,}nya$/u, weight: 0.8 },
];

/** Letters only some of the languages use. */
export const FAMILY_LETTERS: ReadonlyArray<{ letters: RegExp; weights: Partial<Record<LatinFamily, number>> }> = [
  { letters: /[şğı]/u, weights: { tr: 3 } },
  { letters: /[ñ¿¡]/u, weights: { es: 3 } },
  { letters: /[ãõ]/u, weights: { pt: 3 } },
  { letters: /[êô]/u, weights: { pt: 1.5 } },
  { letters: /ç/u, weights: { pt: 1, tr: 1 } },
  { letters: /[üö]/u, weights: { tr: 1.5 } },
  { letters: /[áéíóú]/u, weights: { es: 0.5, pt: 0.5 } },
];

/**
 * Indonesian against Malay: positive weights say Indonesian, negative Malay. Many everyday words differ (bisa /
 * boleh, tidak / tak, mau / nak, kapan / bila), and so do spellings of loans (kode / kod, nomor / nombor).
 */
export const ID_MS_WORDS: WordWeights = weighted({
  1: `bisa nggak ngga gak enggak engga gk kapan gimana udah udh aja kamu karena krn silakan gratis mobil uang dong sih
      deh kok nih tuh loh lho yuk banget bgt makasih trims dapet nyampe dateng bales ngerti tetep kemarin besok kantor
      rekening ongkir resi kurir toko tagihan pengiriman pengembalian akun kode nomor nomer kartu telepon pulsa sandi
      kata_sandi rusak ukuran keblokir kepotong coba beres dikit faktur mampir tki rupiah rp berhasil gitu gini ngobrol
      dinonaktifkan nyampe dibilang dibatalin dijelasin bantuin kasi kalo gue gw lu wkwk`,
  0.8: 'mau min hp terverifikasi',
  0.7: 'ga paket konfirmasi',
  0.6: 'kak oke komplain sebentar halo soal',
  0.5: 'tidak tdk sdh pak bu cek dikembalikan pakai pake',
  0.4: 'bagaimana dibantu',
  0.3: 'saja tetap ganti',
  [-1]: `tak nak nk sahaja kerana awak korang kitorang dorang macam camne camtu macamana sila percuma kereta wang encik
         puan kedai takde takpe tiada hantar dihantar penghantaran tempahan akaun laluan kata_laluan log_masuk kod
         nombor telefon kad bil emel mesej rosak saiz baucar semak faham tengok esok jugak sikit mahu berjaya
         pengesahan disahkan dikesan syarikat invois resit baki ringgit rm muat_turun bayaran_balik dipulangkan cuba
         sekejap jap kejap jom tq tqvm aduan pasal dinyahaktifkan asyik`,
  [-0.8]: 'dah bila cik fon x',
  [-0.7]: 'hendak',
  [-0.6]: 'ye ni guna tukar cakap pulangan kot okey bayaran',
  [-0.5]: 'betul lepas semalam sebab la kena duit',
  [-0.4]: 'boleh parcel rider jer',
  [-0.3]: 'lambat hai pos',
});

/** Words that carry no language at all: a message of only these has nothing to go on. */
export const NEUTRAL_WORDS = words('ok okay k kk haha hehe hahaha lol xd hmm hm oh ah eh');

/** Courtesies customers write in English whatever their language: alone, they defer to what else is known. */
export const COURTESY_WORDS = words('thanks thank you thx ty hi hello hey bye please pls plz sorry yes no');

/** Words every language in a support chat borrows: left out of what the n-gram model reads. */
export const LOANWORDS = words(`
  refund password otp login logout email e-mail app apps invoice voucher promo cod link online status error update
  screenshot download upload restock tracking chat cs admin bot sms pin wifi internet transfer qris settle double call
  rider parcel notif stock reset premium plan paypal gopay ovo duitnow whatsapp wa telegram instagram ig shopee
  tokopedia lazada order ok okay k kk pls plz thx hi hello halo hai hey bye sorry haha hehe lol xd hmm`);
