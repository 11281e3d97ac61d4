import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../language/reading';
import type { FactRule } from '../detect-facts';

const LETTERS = LATIN_CYRILLIC_LETTERS;
const L = `[${LETTERS}]`;
const { B, E } = wordBounds(LETTERS);
const re = (source: string): RegExp => new RegExp(source, 'iu');

/** Who owns it: "anak saya", "anakku", "papa aku". */
const OWNER = String.raw`(?:\s+(?:saya|aku|gue|gua|gw|kami|kita)|-?ku)${E}`;
const ME = String.raw`${B}(?:saya|aku|gue|gua|gw|kami|kita)`;
const KIN = String.raw`(?:anak(?:-anak)?|putra|putri|istri|isteri|suami|ibu|mama|mami|bunda|emak|mamah|ayah|papa|papi|bapak|abah|nenek|kakek|eyang|oma|opa|cucu|adik|kakak|keponakan|ponakan|mertua|om|tante|bayi|kembar|ortu|orang\s+tua)`;
const PET = String.raw`(?:kucing|anjing|anak\s+kucing|anak\s+anjing|kitten|puppy|burung|beo|kakatua|lovebird|kenari|murai|hamster|kelinci|kura-kura|penyu|ikan\s+(?:hias|cupang|koi|mas|arwana|guppy)|cupang|musang|sugar\s+glider|iguana|marmut|anabul|doggy|doggo|pomeranian|golden|husky|chihuahua|kucing\s+(?:persia|anggora|kampung))`;
const PET_ITEM = String.raw`(?:kasur|makanan|pakan|mainan|kandang|pasir|kalung|tali|shampo|sampo|vitamin|baju|tempat\s+makan|tas|litter)`;
const FOOD = String.raw`(?:kopi(?:\s+(?:susu|tubruk|hitam|gula\s+aren))?|ngopi|teh|ngeteh|matcha|boba|seblak|bakso|mie|mi\s+ayam|nasi\s+padang|rendang|sate|martabak|pedas|pedes|sambal|cokelat|coklat|durian|sushi|pizza|ramen|kue|keju|es\s+kopi|jajanan|gorengan|indomie)`;
const SPORTS = String.raw`(?:badminton|bulu\s+tangkis|futsal|bola|sepak\s+bola|basket|voli|tenis(?:\s+meja)?|golf|padel|pingpong|renang|berenang|yoga|pilates|gym|fitness|lari|jogging|bersepeda|gowes|muay\s+thai|silat|karate|taekwondo|boxing|tinju|crossfit|panahan|bela\s+diri)`;
const CLUBS = String.raw`(?:persib|persija|arema|persebaya|psm|psis|bali\s+united|persik|persita|madura\s+united|timnas|manchester\s+united|mu|liverpool|arsenal|chelsea|real\s+madrid|barcelona|barca|juventus|inter|ac\s+milan)`;
const NOT_RELATIVE = [
  // "anak perusahaan" is a subsidiary, "anak kunci" a key, "anak IT" someone who works in IT.
  re(
    String.raw`${B}hari\s+ibu${E}|${B}anak\s+(?:perusahaan|kunci|cabang|it|buah|usaha|tangga|kos|kost|magang|baru)${E}|${B}(?:induk|ibu)\s+(?:perusahaan|kota|jari)${E}|child\s+process`,
  ),
  // The relative only pays, receives or owns the account: logistics, not a fact about them.
  re(
    String.raw`(?:email|e-mail|akun|rekening|kartu|nomor|no\.?\s*hp|hp|alamat|nama|password|sandi)\s+(?:${L}+\s+)?${KIN}${OWNER}|${KIN}${OWNER}\s+(?:yang\s+)?(?:bayar|transfer|ambil|terima|nerima|pesan|order|checkout|minta|nyuruh|pakai|pake)${E}`,
  ),
  // A pet's young: "kucing saya melahirkan 4 anak".
  re(String.raw`${PET}\s+(?:${L}+\s+){0,3}?(?:melahirkan|lahiran|beranak)`),
];

export const idFactRules: readonly FactRule[] = [
  // family
  {
    category: 'family',
    pattern: re(
      String.raw`${B}${KIN}(?:\s+(?:sulung|bungsu|pertama|kedua|ketiga|kecil|perempuan|laki-laki|cowok|cewek|tertua|termuda|tercinta))?${OWNER}`,
    ),
    unless: NOT_RELATIVE,
  },
  {
    category: 'family',
    pattern: re(
      String.raw`${B}(?:si\s+kecil|buah\s+hati|bayi\s+(?:baru\s+)?lahir|baru\s+(?:melahirkan|lahiran|punya\s+(?:anak|bayi|momongan|cucu))|lagi\s+hamil|sedang\s+hamil|istri\s+hamil|cuti\s+(?:melahirkan|hamil)|hamil\s+\d+\s+bulan|hamil\s+anak|momongan)${E}|${ME}\s+(?:${L}+\s+)?punya\s+(?:\d+|dua|tiga|empat|lima)\s+(?:orang\s+)?(?:anak|cucu)${E}|${B}(?:baru\s+)?(?:nikah|menikah)\s+(?:bulan|minggu|tahun|kemarin)`,
    ),
    unless: NOT_RELATIVE,
  },
  // pets
  {
    category: 'pets',
    pattern: re(
      String.raw`${B}${PET}(?:\s+(?!(?:yang|tetangga|teman|temen|kawan|bos|atasan|pacar|${KIN})${E})${L}+)?${OWNER}|${B}(?:punya|pelihara|melihara|miara|piara|adopsi|adopt|ngadopsi)\s+(?:\d+\s+|dua\s+|tiga\s+|empat\s+|se)?(?:ekor\s+)?${PET}${E}|${B}${PET}\s+(?:${L}+\s+)?(?:namanya|bernama)\s+${L}`,
    ),
    unless: [re(`${PET_ITEM}\\s+(?:untuk\\s+|buat\\s+)?${PET}`)],
  },
  // hobbies
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${ME}\s+(?:${L}+\s+)?hobi${E}|${B}${KIN}${OWNER}\s+(?:${L}+\s+)?hobi${E}|${B}(?:hobi|hobby)${OWNER}|${ME}\s+(?:${L}+\s+){0,2}?(?:suka|senang|seneng|hobi|rutin|sering|lagi\s+belajar|belajar|doyan)\s+(?:banget\s+|sekali\s+)?(?:mancing|memancing|masak|memasak|merajut|rajut|menjahit|jahit|berkebun|melukis|gambar|menggambar|fotografi|motret|baca\s+(?:buku|novel|komik|manga)|membaca|main\s+game|nge-?game|ngegame|naik\s+gunung|mendaki|camping|kemah|koleksi\s+${L}+|mengoleksi|bikin\s+kue|baking|crochet|sulam)${E}`,
    ),
    unless: [re(String.raw`(?:paket|plan)\s+hobby`)],
  },
  {
    category: 'hobbies',
    pattern: re(
      String.raw`${B}(?:main|maen|belajar)\s+(?:gitar|piano|biola|drum|bass|ukulele|keyboard|seruling|saksofon|angklung)${E}|${B}(?:di|ikut)\s+band${E}|${B}(?:naik\s+gunung|muncak|mendaki\s+gunung|mancing\s+(?:tiap|setiap|di))|${B}koleksi\s+(?:perangko|prangko|koin|action\s+figure|diecast|lego|piringan\s+hitam|vinyl|sneakers|batu\s+akik|tanaman)`,
    ),
  },
  // media
  {
    category: 'media',
    pattern: re(
      String.raw`${B}(?:nonton|menonton|nontonin|maraton|maratonin|binge)\s+(?:${L}+\s+){0,2}?(?:drakor|drama\s+korea|k-?drama|anime|film|series|serial|sinetron|donghua|dracin|kartun|upin\s+ipin|one\s+piece|naruto|marvel)${E}|${B}(?:suka|seneng|senang|doyan|ngefans|penggemar|pecinta|fans)\s+(?:banget\s+|berat\s+|sama\s+)?(?:nonton\s+)?(?:drakor|drama\s+korea|k-?drama|anime|k-?pop|kpop|bts|blackpink|sinetron|film\s+${L}+|marvel|upin\s+ipin)${E}|${B}(?:film|drama|drakor|anime|lagu|band|penyanyi|series|buku|novel)\s+favorit(?:ku|\s+(?:saya|aku|gue))?${E}|${B}(?:wibu|kpopers|army\s+bts)${E}`,
    ),
  },
  {
    category: 'media',
    pattern: re(
      String.raw`${B}(?:ngefans|ngefans\s+berat|fans\s+berat|penggemar\s+berat|nge-?fans)\s+(?:sama\s+|dengan\s+)?${L}`,
    ),
    unless: [
      re(
        String.raw`(?:ngefans|fans|penggemar|nge-?fans)\s+(?:berat\s+|banget\s+)?(?:sama\s+|dengan\s+)?(?:${CLUBS}|${SPORTS}|${FOOD})${E}`,
      ),
      re(String.raw`${B}(?:produk|kalian|aplikasi|app|toko|brand|layanan|perusahaan|platform)${E}`),
    ],
  },
  // food and drink
  {
    category: 'food_drink',
    pattern: re(
      String.raw`${ME}\s+(?:(?:ini|memang|emang|juga|sudah|udah|lagi|sekarang|tuh|kan|orangnya)\s+)?(?:vegetarian|vegan|alergi|intoleran|nggak\s+makan|gak\s+makan|ga\s+makan|tidak\s+makan|ga\s+bisa\s+makan|gak\s+bisa\s+makan|tidak\s+bisa\s+makan|pantang|nggak\s+minum|gak\s+minum|tidak\s+minum)${E}|${B}alergi\s+(?:kacang|susu|telur|seafood|udang|gluten|laktosa|gandum)${E}|${B}(?:penggemar|pecinta|pencinta|fans|suka\s+banget|doyan|addict|maniak|hobi)\s+(?:berat\s+)?${FOOD}${E}|${B}(?:tiap|setiap)\s+(?:pagi|hari|malam|sore)\s+(?:${L}+\s+){0,2}?(?:ngopi|ngeteh|minum\s+${L}+|makan\s+${L}+)|${B}(?:kopi|teh|minuman|makanan|menu)\s+favorit(?:ku|\s+(?:saya|aku|gue))?${E}`,
    ),
    unless: [re(String.raw`(?:pesanan|order|paket)\s+(?:biji\s+)?${FOOD}`)],
  },
  // sport
  {
    category: 'sport',
    pattern: re(
      String.raw`${B}(?:main|maen|latihan|rutin|hobi|suka|les|ikut)\s+(?:${L}+\s+)?${SPORTS}${E}|${ME}\s+(?:(?:suka|rutin|sering|hobi|biasa|rajin|mulai|ikut|latihan|lagi|juga|tiap\s+${L}+)\s+)?(?:nge-?gym|ngegym|fitness|jogging|lari\s+(?:pagi|sore|tiap|setiap|\d+\s*k)|berenang|renang|yoga|gowes|sepedaan|bersepeda)${E}|${B}(?:lari\s+pagi|lari\s+sore|nge-?gym|ngegym)\s+(?:tiap|setiap|rutin)|${B}(?:half\s+)?marathon${E}|${B}(?:fans|penggemar|pendukung|suporter|supporter)\s+(?:berat\s+)?${CLUBS}${E}|${B}(?:bobotoh|jakmania|the\s+jak|aremania|bonek|viking)${E}`,
    ),
    unless: [
      re(
        String.raw`(?:fans|penggemar)\s+(?:berat\s+)?(?:produk|kalian|aplikasi)|maraton\s+(?:drakor|nonton|film|anime|series)`,
      ),
    ],
  },
  // important dates
  {
    category: 'dates',
    pattern: re(
      String.raw`${B}(?:ulang\s+tahun|ultah|ulang\s+taun|ulangtahun|anniversary|hari\s+jadi|hari\s+pernikahan)\s+(?:${L}+\s+){0,2}?(?:saya|aku|gue|kami|ku|ke-?\d+|tanggal|tgl|besok|hari\s+ini|minggu\s+depan|bulan\s+depan|lusa)${E}|${ME}\s+(?:${L}+\s+)?(?:ulang\s+tahun|ultah)${E}|${KIN}(?:\s+${L}+)?${OWNER}\s+(?:${L}+\s+)?(?:ulang\s+tahun|ultah|nikahan|menikah|wisuda|lahir)${E}|${B}cuti\s+(?:melahirkan|hamil)${E}|${B}(?:wisuda|nikahan|akad|resepsi)\s+(?:${L}+\s+)?(?:tanggal|tgl|besok|lusa|minggu\s+depan|bulan\s+depan|hari\s+ini)${E}|${B}(?:lagi\s+hamil|sedang\s+hamil|hamil\s+\d+\s+bulan|hpl|bayi\s+(?:baru\s+)?lahir|baru\s+(?:melahirkan|lahiran)|(?:baru\s+)?(?:nikah|menikah)\s+(?:bulan|minggu|tahun)\s+(?:lalu|kemarin|depan)|mau\s+nikah|akan\s+menikah)${E}`,
    ),
    unless: [
      re(
        String.raw`(?:kode|voucher|diskon|promo|kupon|hadiah)\s+(?:${L}+\s+)?(?:ulang\s+tahun|ultah|anniversary)|(?:ulang\s+tahun|ultah|anniversary)\s+(?:toko|kalian|aplikasi|brand|perusahaan)`,
      ),
      ...NOT_RELATIVE.slice(2),
    ],
  },
  // other life events
  {
    category: 'other',
    pattern: re(
      String.raw`${B}(?:pindahan|pindah\s+(?:rumah|kos|kost|kontrakan|kota)|pindah\s+ke\s+(?!paket|plan|versi|akun|server|aplikasi|toko)${L}+|mudik|pulang\s+kampung|lagi\s+liburan|sedang\s+liburan|liburan\s+ke|lagi\s+cuti|sedang\s+cuti|cuti\s+melahirkan|bulan\s+madu|honeymoon)${E}|${B}(?:kerja\s+baru|diterima\s+kerja|pekerjaan\s+baru|kantor\s+baru|baru\s+pensiun|sudah\s+pensiun|udah\s+pensiun|lagi\s+skripsi|sidang\s+skripsi|shift\s+malam)${E}|${ME}\s+(?:${L}+\s+)?(?:seorang\s+)?(?:perawat|guru|dokter|bidan|polisi|tentara|ojol|driver\s+ojol|petani|nelayan)${E}`,
    ),
  },
];
