import { B, E, W, anyOf } from '../../../coaching/coaching-patterns/regex';
import type { CriticismLanguage } from './rule';

const ENTERED = String.raw`(?:ingresó|introdujo|escribió|puso|eligió|seleccionó|capturó|registró|proporcionó|marcó|llenó|rellenó|ingresaste|introdujiste|escribiste|pusiste|elegiste|seleccionaste|capturaste|registraste|llenaste|rellenaste)`;
const WRONG = String.raw`(?:mal|incorrect[oa]s?|incorrectamente|equivocad[oa]s?|erróneamente|erróne[oa]s?|inválid[oa]s?)`;
const NOT_DONE = String.raw`(?:leyó|leíste|siguió|seguiste|revisó|revisaste|verificó|verificaste|llenó|llenaste|completó|completaste|proporcionó|indicó|indicaste|adjuntó|adjuntaste|incluyó|incluiste|confirmó|confirmaste)`;
/** Spanish drops the subject: "escribió mal" may be the courier's doing. */
const SOMEONE_ELSE = anyOf(
  String.raw`${B}(?:nosotros|nuestr[oa]s?|el\s+(?:sistema|repartidor|mensajero|banco|almacén|vendedor|técnico|agente|asesor|courier)|la\s+(?:paquetería|tienda|empresa|plataforma|aplicación|app))${E}`,
);

export const esCriticism: CriticismLanguage = {
  rules: [
    {
      pattern: anyOf(
        String.raw`${B}(?:usted\s+|ud\.?\s+|tú\s+)?(?:se\s+equivocó|te\s+equivocaste|se\s+confundió|te\s+confundiste)${E}`,
      ),
    },
    {
      pattern: anyOf(String.raw`${B}${ENTERED}\s+(?:${W}){0,3}?${WRONG}${E}`),
      unless: [SOMEONE_ELSE],
      notInQuestion: true,
    },
    { pattern: anyOf(String.raw`${B}no\s+${NOT_DONE}${E}`), unless: [SOMEONE_ELSE], notInQuestion: true },
    {
      pattern: anyOf(
        // Only what the customer should have done: "debería haber recibido un correo" is our promise.
        String.raw`${B}(?:debió|debería|tendría\s+que|tenía\s+que|debiste|deberías|tenías\s+que)\s+haber(?:lo|la|los|las)?\s+(?:leído|revisado|verificado|seguido|elegido|seleccionado|checado|medido|consultado|confirmado|ingresado|escrito|puesto|llenado|completado|comprobado|fijado|avisado|leido)${E}`,
        String.raw`${B}(?:debió|debiste|tenía\s+que|tenías\s+que)\s+(?:${W})?(?:leer|revisar|verificar|checar|fijarse|fijarte|consultar|medir|elegir|seleccionar)${E}`,
      ),
      unless: [SOMEONE_ELSE],
    },
    {
      pattern: anyOf(
        String.raw`${B}(?:es|fue|era)\s+(?:su|tu)\s+(?:culpa|error|responsabilidad)${E}`,
        String.raw`${B}por\s+(?:su|tu)\s+(?:culpa|error|descuido)${E}`,
        String.raw`${B}(?:culpa|error)\s+(?:suy[oa]|tuy[oa])${E}`,
        String.raw`${B}(?:la\s+)?culpa\s+es\s+(?:suya|tuya)${E}`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`${B}(?:olvidó|olvidaste|se\s+le\s+olvidó|se\s+te\s+olvidó)\s+(?:${W})?(?:incluir|poner|indicar|adjuntar|ingresar|agregar|añadir|seleccionar|aplicar|escribir|pagar|confirmar)${E}`,
      ),
      unless: [SOMEONE_ELSE],
    },
  ],
  guards: [
    anyOf(
      String.raw`${B}(?:si|en\s+caso\s+de\s+que|parece|parecería|quizá|quizás|tal\s+vez|posiblemente|probablemente|a\s+lo\s+mejor|puede\s+que)${E}`,
      String.raw`${B}no\s+(?:es|fue)\s+(?:su|tu)\s+(?:culpa|error)${E}`,
    ),
  ],
  suggestion: 'Parece que los datos no se registraron correctamente; ¿podemos revisarlos juntos?',
};
