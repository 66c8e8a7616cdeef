/**
 * Vietnamese family names a personal name starts with (NFC, canonical tone placement).
 * NOTE: common middle names and function words that double as rare family names (Văn, Từ,
 * Ông, Giang, Ninh, Kim) are left out: they start too many non-names ("Ông Nguyễn…", "Quảng Ninh").
 */
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
  "Dương", "Lý", "Tô", "Trương", "Quản", "Đoàn", "Lâm", "Đinh", "Mai", "Trịnh", "Hà", "Cao", "Lương", "Thái",
  "Tạ", "Đào", "Đàm", "Lưu", "Chu", "Châu", "Vương", "Kiều", "Khúc", "Nông", "Lò", "Lục", "Triệu", "Phùng",
  "Tống", "Tôn", "La", "Lại", "Lã", "Mạc", "Quách", "Doãn", "Tăng", "Thân", "Diệp", "Bạch", "Hứa", "Khổng",
  "Viên", "Hầu", "Phí", "Nghiêm", "Chử", "Đậu", "Thạch", "Bế", "Sùng", "Vi", "Lữ", "Cù", "Nhữ", "Giáp",
]);

/**
 * Place and organisation names that start like a personal name ("Hà Nội", "Cao Bằng", "Hồ
 * Chí Minh"); a capitalized run starting with one of these is not a person.
 */
export const NAME_LIKE_PLACES: readonly string[] = [
  "Hà Nội", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hà Tây", "Hà Đông", "Hà Tiên", "Hà Trung", "Hà Quảng",
  "Cao Bằng", "Cao Lộc", "Cao Lãnh", "Lâm Đồng", "Lâm Hà", "Thái Nguyên", "Thái Bình", "Bình Dương",
  "Hải Dương", "Hồ Chí Minh", "Lý Sơn", "Mai Châu", "Mai Sơn", "Phan Thiết", "Phan Rang", "Hoàng Sa",
  "Võ Nhai", "Ninh Bình", "Ninh Thuận", "Ninh Kiều", "Giang Thành", "Đồng Nai", "Đồng Tháp", "Đồng Hới",
  "Đồng Xoài", "Đồng Văn", "Kim Bảng", "Kim Sơn", "Kim Thành", "Châu Đốc", "Châu Thành", "Tô Lịch",
  "Lục Nam", "Lục Ngạn", "Ma Lâm", "Thạch Thất", "Thạch Hà",
  "Mã Đà", "Triệu Phong", "Lò Lợi", "Từ Liêm", "Từ Sơn", "Tăng Nhơn Phú", "Thân Cửu Nghĩa",
  "Trần Đề", "Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Châu Đại Dương", "Thái Lan", "Thái Bình Dương",
  "Hà Lan", "Hồ Gươm", "Hồ Tây", "Hồ Núi Cốc", "Cao Nguyên", "Lào Cai", "Lại Xuân", "Đà Nẵng", "Hoàng Anh Gia Lai", "Ba Vì", "Đinh Lập", "Quản Bạ", "Y Tý", "Kiều Minh", "Lê Chân", "Nghiêm Xuyên",
];
