/** One way of criticising, correcting or blaming the customer, in one language. */
export interface CriticismRule {
  /** Tried on one sentence at a time; `i` and `u` flags, never `g` (it is reused). */
  pattern: RegExp;
  /** The sentence does not count when any of these match it (the agent's own apology: "أعتذر، أخطأت"). */
  unless?: readonly RegExp[];
  /** The language's hedges and conditionals do not spare this one ("if you had read the terms…"). */
  unguarded?: boolean;
  /** A question does not count ("Şifrenizi mi unuttunuz?": did you forget your password?). */
  notInQuestion?: boolean;
}

export interface CriticismLanguage {
  rules: readonly CriticismRule[];
  /**
   * A sentence with one of these criticises nobody: a conditional ("if you entered…"), a hedge ("it looks
   * like…", the face-saving way), or "not your fault".
   */
  guards: readonly RegExp[];
  /** A face-saving rewording to offer instead, in the language. */
  suggestion: string;
}
