/** An office or title written beside a name, with its seniority. */
export interface Office {
  /** Regex source (matched case-insensitively, whole words). */
  readonly pattern: string;
  /**
   * Seniority used to pick one title per person. NOTE: offices rank 30–100, military ranks
   * 20–29, memberships ("Ủy viên Bộ Chính trị") 10–19: the office a person holds is the more
   * specific title, so "Bộ trưởng Bộ Công an" beats "Đại tướng" and "Ủy viên Bộ Chính trị".
   */
  readonly rank: number;
  /** Whether a place name may follow ("Bí thư Tỉnh ủy Quảng Ninh") and belongs to the title. */
  readonly local?: boolean;
}

/** Ministries and ministry-level bodies, for "Bộ trưởng Bộ …" / "Thứ trưởng Bộ …". */
export const MINISTRIES: readonly string[] = [
  "Công an", "Quốc phòng", "Ngoại giao", "Nội vụ", "Tư pháp", "Tài chính", "Công Thương", "Công thương",
  "Kế hoạch và Đầu tư", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
  "Giao thông vận tải", "Xây dựng", "Tài nguyên và Môi trường", "Thông tin và Truyền thông",
  "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
  "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế", "Dân tộc và Tôn giáo",
];

/** Provincial departments, for "Giám đốc Sở …". */
export const DEPARTMENTS: readonly string[] = [
  "Y tế", "Giáo dục và Đào tạo", "Giáo dục - Đào tạo", "GD&ĐT", "GDĐT", "Du lịch", "Nội vụ", "Tài chính", "Xây dựng",
  "Kế hoạch và Đầu tư", "KH&ĐT", "Công Thương", "Công thương", "Tài nguyên và Môi trường", "TN&MT",
  "Giao thông vận tải", "GTVT", "Thông tin và Truyền thông", "TT&TT", "Văn hóa, Thể thao và Du lịch",
  "VH-TT&DL", "Văn hóa và Thể thao", "Văn hóa - Thể thao", "Nông nghiệp và Phát triển nông thôn", "NN&PTNT",
  "Nông nghiệp và Môi trường", "Khoa học và Công nghệ", "KH&CN", "Tư pháp", "Quy hoạch - Kiến trúc",
  "Ngoại vụ", "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "LĐ-TB&XH", "Dân tộc và Tôn giáo",
];

/** Central party boards, for "Trưởng Ban … Trung ương". */
export const PARTY_BOARDS: readonly string[] = [
  "Tổ chức", "Tuyên giáo", "Tuyên giáo và Dân vận", "Dân vận", "Kinh tế", "Nội chính", "Đối ngoại",
  "Chính sách, Chiến lược", "Chính sách, chiến lược",
];

const alt = (items: readonly string[]): string => items.map((item) => item.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const MINISTRY = `Bộ (?:${alt(MINISTRIES)})`;
const DEPARTMENT = `Sở (?:${alt(DEPARTMENTS)})`;
const BOARD = `[Bb]an (?:${alt(PARTY_BOARDS)})`;
const PROVINCE_LEVEL = "(?:tỉnh|thành phố|TP\\.?)";
const LOCAL_LEVEL = "(?:huyện|quận|thị xã|thành phố|TP\\.?|xã|phường|thị trấn)";
const PEOPLES_BODY = "(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)";
const PARTY_COMMITTEE = "(?:Tỉnh ủy|Thành ủy)";

/**
 * Offices and titles recognised beside a name, most specific first (a longer title must come
 * before any title it starts with or contains at its start).
 */
export const OFFICES: readonly Office[] = [
  { pattern: "Tổng Bí thư", rank: 100 },
  { pattern: "Phó Chủ tịch nước", rank: 90 },
  { pattern: "Chủ tịch nước", rank: 98 },
  { pattern: "Phó Thủ tướng(?: Thường trực)?(?: Chính phủ)?", rank: 89 },
  { pattern: "Thủ tướng(?: Chính phủ)?", rank: 97 },
  { pattern: "Phó Chủ tịch(?: Thường trực)? Quốc hội", rank: 88 },
  { pattern: "Chủ tịch Quốc hội", rank: 96 },
  { pattern: "Thường trực Ban Bí thư", rank: 95 },
  { pattern: "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", rank: 86 },
  { pattern: "Chủ nhiệm Ủy ban Kiểm tra Trung ương", rank: 86 },
  { pattern: `Phó Trưởng ${BOARD}(?: Trung ương)?`, rank: 60 },
  { pattern: `Trưởng ${BOARD}(?: Trung ương)`, rank: 85 },
  { pattern: `Trưởng ${BOARD} ${PARTY_COMMITTEE}`, rank: 45, local: true },
  { pattern: "Phó Chánh Văn phòng Trung ương(?: Đảng)?", rank: 60 },
  { pattern: "Chánh Văn phòng Trung ương(?: Đảng)?", rank: 84 },
  { pattern: `Bộ trưởng(?: ${MINISTRY})?`, rank: 80 },
  { pattern: `Thứ trưởng(?: Thường trực)?(?: ${MINISTRY})?`, rank: 60 },
  { pattern: "Bí thư Trung ương Đảng", rank: 75 },
  { pattern: "Phó Bí thư thường trực (?:Tỉnh ủy|Thành ủy)", rank: 66, local: true },
  { pattern: `Phó Bí thư ${PARTY_COMMITTEE}`, rank: 64, local: true },
  { pattern: `Bí thư ${PARTY_COMMITTEE}`, rank: 70, local: true },
  { pattern: `Phó Chủ tịch(?: Thường trực)? ${PEOPLES_BODY} ${PROVINCE_LEVEL}`, rank: 55, local: true },
  { pattern: `Chủ tịch ${PEOPLES_BODY} ${PROVINCE_LEVEL}`, rank: 65, local: true },
  { pattern: "Phó Trưởng [Đđ]oàn (?:ĐBQH|đại biểu Quốc hội)(?: tỉnh| thành phố)?", rank: 48, local: true },
  { pattern: "Trưởng [Đđ]oàn (?:ĐBQH|đại biểu Quốc hội)(?: tỉnh| thành phố)?", rank: 58, local: true },
  { pattern: "Bí thư (?:Huyện ủy|Quận ủy|Thị ủy)", rank: 45, local: true },
  { pattern: `Phó Chủ tịch ${PEOPLES_BODY} ${LOCAL_LEVEL}`, rank: 35, local: true },
  { pattern: `Chủ tịch ${PEOPLES_BODY} ${LOCAL_LEVEL}`, rank: 42, local: true },
  { pattern: `Phó Chủ tịch ${PEOPLES_BODY}`, rank: 50, local: true },
  { pattern: `Chủ tịch ${PEOPLES_BODY}`, rank: 60, local: true },
  { pattern: "Chủ tịch Ủy ban Mặt trận Tổ quốc(?: Việt Nam)? (?:tỉnh|thành phố)", rank: 50, local: true },
  { pattern: "Giám đốc Công an (?:tỉnh|thành phố|TP\\.?)", rank: 50, local: true },
  { pattern: `Phó Giám đốc ${DEPARTMENT}`, rank: 30, local: true },
  { pattern: `Giám đốc ${DEPARTMENT}`, rank: 40, local: true },
  { pattern: "Phó Giám đốc Sở", rank: 29 },
  { pattern: "Giám đốc Sở", rank: 39 },
  { pattern: "Tư lệnh", rank: 50 },
  { pattern: "Chính ủy", rank: 48 },
  { pattern: "Tổng Giám đốc", rank: 35 },
  { pattern: "Chủ tịch HĐQT", rank: 36 },
  { pattern: "Thượng tướng", rank: 28 },
  { pattern: "Đại tướng", rank: 29 },
  { pattern: "Trung tướng", rank: 27 },
  { pattern: "Thiếu tướng", rank: 26 },
  { pattern: "Ủy viên Bộ Chính trị", rank: 19 },
  { pattern: "Ủy viên Ban Bí thư", rank: 18 },
  { pattern: "Ủy viên Trung ương Đảng", rank: 16 },
  { pattern: "Ủy viên dự khuyết Trung ương Đảng", rank: 15 },
  { pattern: `Ủy viên Ban Thường vụ ${PARTY_COMMITTEE}`, rank: 12, local: true },
];
