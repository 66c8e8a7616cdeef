import { foldText } from "../text/index.ts";

/**
 * Known news agencies and newspapers: display name → the ways bylines write it (matched
 * folded and case-insensitively).
 */
export const KNOWN_SOURCES: readonly { readonly name: string; readonly aliases: readonly string[] }[] = [
  { name: "TTXVN", aliases: ["TTXVN", "Thông tấn xã Việt Nam", "TTXVN/Vietnam+", "Báo Tin tức"] },
  { name: "VNA", aliases: ["VNA", "Vietnam News Agency"] },
  { name: "VOV", aliases: ["VOV", "VOV.VN", "Đài Tiếng nói Việt Nam"] },
  { name: "VTV", aliases: ["VTV", "VTV.vn", "Đài Truyền hình Việt Nam"] },
  { name: "VTC", aliases: ["VTC", "VTC News"] },
  { name: "TTO", aliases: ["TTO", "Tuổi Trẻ Online"] },
  { name: "Tuổi Trẻ", aliases: ["Tuổi Trẻ", "Báo Tuổi Trẻ"] },
  { name: "Thanh Niên", aliases: ["Thanh Niên", "Báo Thanh Niên", "TNO"] },
  { name: "Dân trí", aliases: ["Dân trí", "Dantri", "Báo Dân trí"] },
  { name: "VnExpress", aliases: ["VnExpress", "VnE"] },
  { name: "Nhân Dân", aliases: ["Nhân Dân", "Báo Nhân Dân"] },
  { name: "VietnamPlus", aliases: ["VietnamPlus", "Vietnam+"] },
  { name: "Lao Động", aliases: ["Lao Động", "Báo Lao Động"] },
  { name: "Người Lao Động", aliases: ["Người Lao Động", "NLĐ", "NLĐO"] },
  { name: "Tiền Phong", aliases: ["Tiền Phong", "Báo Tiền Phong"] },
  { name: "Quân đội nhân dân", aliases: ["Quân đội nhân dân", "QĐND", "Báo Quân đội nhân dân"] },
  { name: "Công an nhân dân", aliases: ["Công an nhân dân", "CAND", "Báo Công an nhân dân"] },
  { name: "Báo Chính phủ", aliases: ["Báo Chính phủ", "Chinhphu.vn", "VGP"] },
  { name: "Mặt trận", aliases: ["Mặt trận", "Tạp chí Mặt trận", "Báo Mặt trận"] },
  { name: "Đại Đoàn Kết", aliases: ["Đại Đoàn Kết", "Báo Đại Đoàn Kết"] },
  { name: "Sài Gòn Giải Phóng", aliases: ["Sài Gòn Giải Phóng", "SGGP", "SGGPO"] },
  { name: "Pháp Luật TP.HCM", aliases: ["PLO", "Pháp Luật TP.HCM"] },
  { name: "VietNamNet", aliases: ["VietNamNet", "VNN"] },
  { name: "Dân Việt", aliases: ["Dân Việt", "Báo Dân Việt"] },
  { name: "Zing", aliases: ["Zing", "Zing News", "Znews"] },
  { name: "Báo Quảng Ninh", aliases: ["Báo Quảng Ninh", "QNO", "Baoquangninh.vn"] },
  { name: "Hà Nội Mới", aliases: ["Hà Nội Mới", "HNM", "Báo Hà Nội Mới"] },
  { name: "Báo Đầu tư", aliases: ["Báo Đầu tư", "Baodautu.vn"] },
  { name: "Đảng Cộng sản Việt Nam", aliases: ["Dangcongsan.vn", "Báo Điện tử Đảng Cộng sản Việt Nam"] },
];

/** Web hosts → the source they publish as (subdomains match too). */
export const HOST_SOURCES: Readonly<Record<string, string>> = {
  "dantri.com.vn": "Dân trí",
  "vnexpress.net": "VnExpress",
  "tuoitre.vn": "Tuổi Trẻ",
  "thanhnien.vn": "Thanh Niên",
  "nhandan.vn": "Nhân Dân",
  "vietnamplus.vn": "VietnamPlus",
  "baotintuc.vn": "TTXVN",
  "vnanet.vn": "TTXVN",
  "vov.vn": "VOV",
  "vtv.vn": "VTV",
  "vtc.vn": "VTC",
  "laodong.vn": "Lao Động",
  "nld.com.vn": "Người Lao Động",
  "tienphong.vn": "Tiền Phong",
  "qdnd.vn": "Quân đội nhân dân",
  "cand.com.vn": "Công an nhân dân",
  "baochinhphu.vn": "Báo Chính phủ",
  "chinhphu.vn": "Báo Chính phủ",
  "mattran.org.vn": "Mặt trận",
  "daidoanket.vn": "Đại Đoàn Kết",
  "sggp.org.vn": "Sài Gòn Giải Phóng",
  "plo.vn": "Pháp Luật TP.HCM",
  "vietnamnet.vn": "VietNamNet",
  "danviet.vn": "Dân Việt",
  "zingnews.vn": "Zing",
  "znews.vn": "Zing",
  "baoquangninh.vn": "Báo Quảng Ninh",
  "hanoimoi.vn": "Hà Nội Mới",
  "baodautu.vn": "Báo Đầu tư",
  "dangcongsan.vn": "Đảng Cộng sản Việt Nam",
};

function sourceKey(text: string): string {
  return foldText(text.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim();
}

const BY_ALIAS: ReadonlyMap<string, string> = new Map(
  KNOWN_SOURCES.flatMap((source) => source.aliases.map((alias) => [sourceKey(alias), source.name] as const)),
);

const LONGEST_ALIAS_KEY = Math.max(...[...BY_ALIAS.keys()].map((key) => key.length));

// NOTE: ASCII letters and digits survive folding, lowercasing and space collapsing one for one,
// so a text holding more of them than the longest alias has is no alias (a body paragraph).
function hasMoreAsciiWordCharacters(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) {
      count++;
      if (count > limit) return true;
    }
  }
  return false;
}

/** The display name of a known source written as `text` ("ttxvn" → "TTXVN"), or null. */
export function knownSource(text: string): string | null {
  if (hasMoreAsciiWordCharacters(text, LONGEST_ALIAS_KEY)) return null;
  return BY_ALIAS.get(sourceKey(text)) ?? null;
}

/** The source a URL's host publishes as, or null for an unknown host or a malformed URL. */
export function sourceFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (let candidate = host; candidate.includes("."); candidate = candidate.slice(candidate.indexOf(".") + 1)) {
    const source = HOST_SOURCES[candidate];
    if (source) return source;
  }
  return null;
}
