/** Kinds of unit an indicator can be measured in. */
export type UnitKind = "percent" | "money" | "area" | "people" | "visitors" | "households" | "score";

/** A unit as written after a number, with its kind. */
export interface Unit {
  readonly pattern: string;
  /** How the unit is reported and printed ("km²" for "km2"). */
  readonly label: string;
  readonly kind: UnitKind;
}

/** An economic or social indicator: the words naming it, its canonical label, the units it takes. */
export interface Indicator {
  /** Regex source, matched case-insensitively on whole words. */
  readonly pattern: string;
  readonly label: string;
  readonly kinds: readonly UnitKind[];
  /** A rate of change ("GRDP tăng 7%" is the growth rate); for other indicators "tăng 10%" is not the figure. */
  readonly change?: boolean;
}

/**
 * Units a figure must carry to be reported, longest first ("nghìn tỷ đồng" before "tỷ đồng").
 * NOTE: values are kept in the written unit: "802 nghìn người" is 802 with unit "nghìn người".
 */
export const UNITS: readonly Unit[] = [
  { pattern: "nghìn tỷ đồng", label: "nghìn tỷ đồng", kind: "money" },
  { pattern: "ngàn tỷ đồng", label: "nghìn tỷ đồng", kind: "money" },
  { pattern: "triệu tỷ đồng", label: "triệu tỷ đồng", kind: "money" },
  { pattern: "tỷ đồng", label: "tỷ đồng", kind: "money" },
  { pattern: "triệu đồng", label: "triệu đồng", kind: "money" },
  { pattern: "nghìn đồng", label: "nghìn đồng", kind: "money" },
  { pattern: "tỷ USD", label: "tỷ USD", kind: "money" },
  { pattern: "tỷ đô la(?: Mỹ)?", label: "tỷ USD", kind: "money" },
  { pattern: "triệu USD", label: "triệu USD", kind: "money" },
  { pattern: "triệu đô la(?: Mỹ)?", label: "triệu USD", kind: "money" },
  { pattern: "nghìn USD", label: "nghìn USD", kind: "money" },
  { pattern: "USD", label: "USD", kind: "money" },
  { pattern: "đô la Mỹ", label: "USD", kind: "money" },
  { pattern: "%", label: "%", kind: "percent" },
  { pattern: "phần trăm", label: "%", kind: "percent" },
  { pattern: "km2", label: "km²", kind: "area" },
  { pattern: "km²", label: "km²", kind: "area" },
  { pattern: "nghìn ha", label: "nghìn ha", kind: "area" },
  { pattern: "ha", label: "ha", kind: "area" },
  { pattern: "héc-ta", label: "ha", kind: "area" },
  { pattern: "hecta", label: "ha", kind: "area" },
  { pattern: "triệu lượt khách", label: "triệu lượt khách", kind: "visitors" },
  { pattern: "nghìn lượt khách", label: "nghìn lượt khách", kind: "visitors" },
  { pattern: "lượt khách", label: "lượt khách", kind: "visitors" },
  { pattern: "triệu lượt", label: "triệu lượt", kind: "visitors" },
  { pattern: "nghìn lượt", label: "nghìn lượt", kind: "visitors" },
  { pattern: "lượt", label: "lượt", kind: "visitors" },
  { pattern: "triệu người", label: "triệu người", kind: "people" },
  { pattern: "nghìn người", label: "nghìn người", kind: "people" },
  { pattern: "ngàn người", label: "nghìn người", kind: "people" },
  { pattern: "người", label: "người", kind: "people" },
  { pattern: "hộ", label: "hộ", kind: "households" },
  { pattern: "điểm", label: "điểm", kind: "score" },
];

/**
 * Indicators reported as figures: how the text names them → canonical label, most specific
 * first ("GRDP bình quân đầu người" before "GRDP").
 */
export const INDICATORS: readonly Indicator[] = [
  { pattern: "GRDP bình quân đầu người", label: "GRDP bình quân đầu người", kinds: ["money"] },
  { pattern: "thu nhập bình quân(?: đầu người)?", label: "thu nhập bình quân", kinds: ["money"] },
  { pattern: "tăng trưởng GRDP", label: "GRDP", kinds: ["percent"], change: true },
  { pattern: "tăng trưởng kinh tế", label: "GRDP", kinds: ["percent"], change: true },
  { pattern: "tăng trưởng tổng sản phẩm(?: trên địa bàn)?", label: "GRDP", kinds: ["percent"], change: true },
  { pattern: "(?:quy mô )?GRDP", label: "GRDP", kinds: ["percent", "money"], change: true },
  { pattern: "tổng sản phẩm trên địa bàn", label: "GRDP", kinds: ["percent", "money"], change: true },
  { pattern: "(?:tổng )?thu ngân sách(?: nhà nước)?(?: nội địa)?", label: "thu ngân sách", kinds: ["money"] },
  { pattern: "(?:tổng )?chi ngân sách(?: nhà nước)?(?: địa phương)?", label: "chi ngân sách", kinds: ["money"] },
  { pattern: "vốn đầu tư trực tiếp nước ngoài", label: "FDI", kinds: ["money"] },
  { pattern: "(?:vốn )?FDI", label: "FDI", kinds: ["money"] },
  { pattern: "giải ngân(?: vốn)? đầu tư công", label: "giải ngân đầu tư công", kinds: ["money", "percent"] },
  { pattern: "(?:tổng )?vốn đầu tư(?: toàn xã hội| phát triển)?", label: "vốn đầu tư", kinds: ["money"] },
  { pattern: "(?:tổng )?kim ngạch xuất nhập khẩu", label: "kim ngạch xuất nhập khẩu", kinds: ["money"] },
  { pattern: "(?:kim ngạch|giá trị) xuất khẩu", label: "xuất khẩu", kinds: ["money"] },
  { pattern: "(?:kim ngạch|giá trị) nhập khẩu", label: "nhập khẩu", kinds: ["money"] },
  { pattern: "dân số", label: "dân số", kinds: ["people"] },
  { pattern: "diện tích(?: tự nhiên)?", label: "diện tích", kinds: ["area"] },
  { pattern: "(?:tỷ lệ )?hộ nghèo", label: "hộ nghèo", kinds: ["percent", "households"] },
  { pattern: "doanh thu(?: từ)? du lịch|tổng thu(?: từ)? du lịch", label: "doanh thu du lịch", kinds: ["money"] },
  { pattern: "(?:lượng |lượt )?khách du lịch|lượt khách", label: "khách du lịch", kinds: ["visitors", "people"] },
  { pattern: "chỉ số năng lực cạnh tranh cấp tỉnh|PCI", label: "PCI", kinds: ["score"] },
  { pattern: "tỷ lệ thất nghiệp", label: "tỷ lệ thất nghiệp", kinds: ["percent"] },
  { pattern: "chỉ số giá tiêu dùng|CPI|lạm phát", label: "CPI", kinds: ["percent"], change: true },
  { pattern: "chỉ số sản xuất công nghiệp|IIP", label: "chỉ số sản xuất công nghiệp", kinds: ["percent"], change: true },
  { pattern: "tổng mức bán lẻ(?: hàng hóa)?", label: "tổng mức bán lẻ", kinds: ["money"] },
  { pattern: "tỷ lệ đô thị hóa", label: "tỷ lệ đô thị hóa", kinds: ["percent"] },
];
