// Language-independent marks of page furniture: copyright signs, social networks, UI glyphs.

/** Names of social networks and messengers that share/follow widgets list. */
export const SOCIAL_NETWORKS: readonly string[] = [
  "facebook",
  "twitter",
  "x",
  "telegram",
  "viber",
  "whatsapp",
  "instagram",
  "youtube",
  "tiktok",
  "linkedin",
  "pinterest",
  "reddit",
  "vk",
  "вконтакте",
  "одноклассники",
  "threads",
  "bluesky",
  "mastodon",
  "email",
  "e-mail",
];

/** Signs that start a copyright or credit notice. */
export const COPYRIGHT_SIGNS: readonly string[] = ["©", "(c)", "℗", "®"];

/** Picture agencies and stock libraries that photo credits name. */
export const PHOTO_AGENCIES: readonly string[] = [
  "getty images",
  "reuters",
  "ap photo",
  "afp",
  "epa",
  "shutterstock",
  "depositphotos",
  "unsplash",
  "istock",
  "bta",
  "бта",
];
