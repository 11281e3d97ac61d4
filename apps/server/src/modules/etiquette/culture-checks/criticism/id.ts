import { B, E, W, anyOf } from '../../../coaching/coaching-patterns/regex';
import type { CriticismLanguage } from './rule';

/*
 * Indonesian and Malay: the customer is named by an honorific or a pronoun ("Kakak salah memasukkan…",
 * "Encik telah salah memasukkan…", "anda tersilap memilih…"); the words for "wrong" differ a little.
 */

const YOU = String.raw`(?:anda|kakak|kak|bapak|ibu|pak|bu|kamu|awak|encik|puan|cik|tuan|saudara|saudari|agan|gan|sis)`;
const WRONG = String.raw`(?:salah|keliru|tersalah|tersilap|silap)`;
const ENTER = String.raw`(?:memasukkan|masukkan|masukin|mengisi|isi|menulis|tulis|mengetik|ketik|input|menginput|memilih|pilih|klik|mengklik|membaca|baca|paham|faham|alamat|nomor|nombor|kode|kod|akun|akaun|transfer|menekan|tekan|mentransfer|pindahkan)`;
/** What a customer can fail to do. */
const DUTY = String.raw`(?:membaca|baca|mengisi|isi|mengikuti|ikuti|memeriksa|periksa|cek|mengecek|mencantumkan|melampirkan|memasukkan|masukkan|memperhatikan|perhatikan|menyemak|semak|mengikut|memilih|pilih|mengonfirmasi|konfirmasi)`;
/** And can forget to do; "Kakak tidak membayar ongkir" (you do not pay for shipping) is no blame. */
const FORGOTTEN = String.raw`(?:${DUTY}|menyimpan|simpan|membayar|bayar|mengaktifkan|aktifkan)`;

export const idCriticism: CriticismLanguage = {
  rules: [
    {
      pattern: anyOf(
        String.raw`${B}${YOU}\s+(?:sendiri\s+)?(?:telah\s+|sudah\s+|udah\s+)?${WRONG}\s+(?:${W})?${ENTER}${E}`,
        String.raw`${B}(?:yang\s+)?${YOU}\s+(?:masukkan|isi|tulis|ketik|input|pilih|berikan|kirim|kirimkan|cantumkan|daftarkan)\s+(?:${W}){0,3}?(?:salah|keliru|tidak\s+valid|tidak\s+sesuai|tidak\s+betul|tak\s+betul|tidak\s+lengkap)${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}(?:kesalahan|salahnya|kekeliruan|kecuaian|kelalaian|kecerobohan|kesilapan)\s+(?:dari\s+|di\s+)?(?:pihak\s+)?${YOU}${E}`,
        String.raw`${B}salah\s+${YOU}\s+sendiri${E}`,
      ),
    },
    { pattern: anyOf(String.raw`${B}${YOU}\s+(?:sendiri\s+)?(?:tidak|tak|nggak|gak|ga|enggak)\s+${DUTY}${E}`) },
    { pattern: anyOf(String.raw`${B}${YOU}\s+(?:sudah\s+|telah\s+)?lupa\s+(?:${W})?${FORGOTTEN}${E}`) },
    {
      pattern: anyOf(
        String.raw`${B}(?:seharusnya|sepatutnya|semestinya|harusnya)\s+${YOU}\s+(?:${W})?${DUTY}${E}`,
        String.raw`${B}${YOU}\s+(?:seharusnya|sepatutnya|semestinya|harusnya)\s+(?:${W})?${DUTY}${E}`,
      ),
    },
  ],
  guards: [
    anyOf(
      String.raw`${B}(?:jika|kalau|kalo|apabila|bila|andai|andaikan|seandainya|jikalau|sekiranya|mungkin|sepertinya|kayaknya|tampaknya|nampaknya|kemungkinan|barangkali|jangan)${E}`,
      String.raw`${B}(?:bukan|tidak|tak)\s+(?:salah|kesalahan|kesilapan)${E}`,
    ),
  ],
  suggestion: 'Sepertinya datanya belum tercatat dengan benar, boleh kita cek bersama?',
};

/** The same patterns; the rewording in Malay. */
export const msCriticism: CriticismLanguage = {
  ...idCriticism,
  suggestion: 'Nampaknya maklumat itu tidak direkodkan dengan betul, boleh kita semak bersama?',
};
