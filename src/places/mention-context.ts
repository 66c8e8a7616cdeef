/**
 * The data of the false-mention filter and of mention roles: words written before or after a
 * place name that show it is not a place (a name), or that the place is not what the sentence
 * is about (a residence, an institution's name, a route, a list). Lowercase, NFC, one tone
 * style (as `normalizeText` writes them). Data, not logic: add new cases here.
 */

/** Names that contain a place name but are never the place (films, brands, restaurants). */
export const NON_PLACE_NAMES: readonly string[] = [
  "biệt động sài gòn",
  "vinacafé biên hòa",
  "nét huế",
  "hoàng anh gia lai",
  "sài gòn giải phóng",
  "vincom plaza",
];

/**
 * Words right before a place name that make it part of another name: a club or company
 * ("CLB Hà Nội", "HA Gia Lai", "SHB Đà Nẵng"), a road or square named after it ("Xa lộ Hà
 * Nội", "quảng trường Ba Đình"), a battle or campaign ("chiến thắng Điện Biên Phủ", "chiến
 * dịch Hồ Chí Minh"), a person addressed by kinship ("anh Hải Dương").
 */
export const NAME_BEFORE: readonly string[] = [
  "clb", "câu lạc bộ", "fc", "đội bóng", "ha", "hagl", "sl", "slna", "shb", "dnh", "becamex", "topenland", "công ty", "tập đoàn",
  "xa lộ", "đại lộ", "quảng trường", "nút giao", "đường cao tốc",
  "chiến thắng", "chiến dịch", "trận", "kháng chiến",
  "anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "cháu", "cụ", "bé",
];

/** Words before a place name (in the same clause) that make it a person's home, not the story's place. */
export const RESIDENCE_BEFORE: readonly string[] = [
  "quê", "quê ở", "quê tại", "quê nhà", "về quê", "ngụ", "ngụ ở", "ngụ tại", "trú", "trú ở", "trú tại", "thường trú", "tạm trú", "hộ khẩu",
  "địa chỉ tại", "địa chỉ ở", "có địa chỉ tại", "sinh ra", "sinh ra tại", "sinh ra ở", "lớn lên tại", "đến từ", "cô gái", "chàng trai", "sống ở", "sống tại",
];

/**
 * Words opening the name of an institution that the place only addresses: universities,
 * hospitals, institutes, associations ("ĐH Quốc gia Hà Nội", "Bệnh viện Đại học Y Hà Nội",
 * "Viện Pasteur TP HCM", "Đoàn luật sư TP Hà Nội"). Government bodies (UBND, Sở, Công an…)
 * are not here: a province's own government is what a story about it names.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  "đh", "đhqg", "đại học", "trường đh", "trường đại học", "học viện", "bệnh viện", "viện", "hội", "đoàn luật sư", "nhà hát", "trường", "khoa", "trung tâm",
];

/** Words before a place that make it a route's end or a way through ("tuyến Đà Nẵng - Hà Nội", "cao tốc Nội Bài - Hạ Long"). */
export const ROUTE_BEFORE: readonly string[] = ["tuyến", "cao tốc", "đường sắt", "chặng", "đường bay", "quốc lộ", "từ", "đi", "bay", "về", "ra", "vào"];

/** Words before a place that put the story there ("diễn ra tại Đà Nẵng", "trên địa bàn TPHCM"). */
export const EVENT_BEFORE: readonly string[] = ["tại", "ở", "trên địa bàn", "địa bàn", "diễn ra tại", "xảy ra tại", "xảy ra ở"];

/**
 * Words before a place that make it a matter of national sovereignty rather than of its
 * province ("quần đảo Trường Sa của Việt Nam").
 */
export const NATIONAL_BEFORE: readonly string[] = ["quần đảo", "chủ quyền"];
