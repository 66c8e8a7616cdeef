import type { Figure } from "../model/article.ts";

// NOTE: how many base units (đồng, ha, people, visits, households) one written unit is; USD
// at about 25,000 đồng, which only matters to within a factor of a few here.
const UNIT_SIZE: Readonly<Record<string, number>> = {
  "triệu tỷ đồng": 1e15,
  "nghìn tỷ đồng": 1e12,
  "tỷ đồng": 1e9,
  "triệu đồng": 1e6,
  "nghìn đồng": 1e3,
  "tỷ USD": 2.5e13,
  "triệu USD": 2.5e10,
  "nghìn USD": 2.5e7,
  USD: 2.5e4,
  "km²": 100,
  "nghìn ha": 1e3,
  ha: 1,
  "triệu người": 1e6,
  "nghìn người": 1e3,
  người: 1,
  "triệu lượt khách": 1e6,
  "nghìn lượt khách": 1e3,
  "lượt khách": 1,
  "triệu lượt": 1e6,
  "nghìn lượt": 1e3,
  lượt: 1,
  hộ: 1,
};

// NOTE: the least a whole province plausibly reports, in base units: the smallest of the 63
// former provinces covered about 800 km² (80,000 ha) and held over 300,000 people, and a
// year's budget is in the thousands of billions of đồng; investment or trade in the hundreds
// of billions at least. Rates, scores and per-head figures have none. A province's figure is
// one of these sizes; a smaller one is a district's, a plot's or a project's.
const MINIMUM: Readonly<Record<string, number>> = {
  "diện tích": 8e4,
  "dân số": 3e5,
  "thu ngân sách": 1e12,
  "chi ngân sách": 1e12,
  "vốn đầu tư": 1e11,
  FDI: 1e11,
  "giải ngân đầu tư công": 1e10,
  "kim ngạch xuất nhập khẩu": 1e11,
  "xuất khẩu": 1e11,
  "nhập khẩu": 1e11,
  "tổng mức bán lẻ": 1e11,
  "doanh thu du lịch": 1e10,
  "khách du lịch": 1e4,
  "hộ nghèo": 100,
};

/**
 * Whether a figure is of a size a whole province reports: not a ward's population, a plot's
 * area or a project's budget. Percentages, scores and per-head figures always are.
 */
export function isProvinceScale(figure: Figure): boolean {
  const minimum = MINIMUM[figure.indicator];
  const size = UNIT_SIZE[figure.unit];
  if (minimum === undefined || size === undefined) return true;
  return figure.value * size >= minimum;
}

/**
 * Whether a figure may stand as a key figure of the article's province: the province's own
 * (no district, commune, project… named before it in its sentence), of a province's size, and
 * for a known year (stated, or the article's own for "năm nay").
 */
export function isKeyFigure(figure: Figure): boolean {
  return !figure.local && figure.year !== null && isProvinceScale(figure);
}
