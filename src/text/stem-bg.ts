// A light Bulgarian stemmer: Lucene's BulgarianStemmer (Savoy, "Searching strategies for the Bulgarian language",
// 2007) reimplemented over a character array; @orama/stemmers' port writes into a JS string and throws on many words.

/** The stem of one lowercase Bulgarian word. Never throws. */
export function stemBulgarian(word: string): string {
  const s = Array.from(word);
  let len = s.length;
  if (len < 4) return word;
  if (len > 5 && endsWith(s, len, "ища")) return s.slice(0, len - 3).join("");
  len = removeArticle(s, len);
  len = removePlural(s, len);
  if (len > 3) {
    if (endsWith(s, len, "я")) len--;
    if (endsWith(s, len, "а") || endsWith(s, len, "о") || endsWith(s, len, "е")) len--;
  }
  // -ен → -н (the mobile e: "зелен" and "зелна" meet).
  if (len > 4 && endsWith(s, len, "ен")) {
    s[len - 2] = "н";
    len--;
  }
  // -ъC → -C (the mobile ъ: "вятър" and "вятра" meet).
  if (len > 5 && s[len - 2] === "ъ") {
    s[len - 2] = s[len - 1];
    len--;
  }
  return s.slice(0, len).join("");
}

function removeArticle(s: string[], len: number): number {
  if (len > 6 && endsWith(s, len, "ият")) return len - 3;
  if (len > 5 && ["ът", "то", "те", "та", "ия"].some((e) => endsWith(s, len, e))) return len - 2;
  if (len > 4 && endsWith(s, len, "ят")) return len - 2;
  return len;
}

function removePlural(s: string[], len: number): number {
  if (len > 6) {
    if (endsWith(s, len, "овци")) return len - 3;
    if (endsWith(s, len, "ове")) return len - 3;
    if (endsWith(s, len, "еве")) {
      s[len - 3] = "й";
      return len - 2;
    }
  }
  if (len > 5) {
    if (endsWith(s, len, "ища")) return len - 3;
    if (endsWith(s, len, "та")) return len - 2;
    if (endsWith(s, len, "ци")) {
      s[len - 2] = "к";
      return len - 1;
    }
    if (endsWith(s, len, "зи")) {
      s[len - 2] = "г";
      return len - 1;
    }
    if (s[len - 3] === "е" && s[len - 1] === "и") {
      s[len - 3] = "я";
      return len - 1;
    }
  }
  if (len > 4) {
    if (endsWith(s, len, "си")) {
      s[len - 2] = "х";
      return len - 1;
    }
    if (endsWith(s, len, "и")) return len - 1;
  }
  return len;
}

function endsWith(s: string[], len: number, suffix: string): boolean {
  const n = suffix.length;
  if (n > len) return false;
  for (let i = 0; i < n; i++) if (s[len - n + i] !== suffix[i]) return false;
  return true;
}
