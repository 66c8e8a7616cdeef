import type { PlaceResolution } from "../places/index.ts";
import { messageAnswer, paragraph, type Answer } from "./answer.ts";

/** The answer when a typed place is empty, ambiguous or unknown. */
export function placeProblem(typed: string, resolution: Exclude<PlaceResolution, { kind: "province" }>): Answer {
  if (!typed.trim()) return messageAnswer(false, paragraph("Cách dùng: /tinh <tỉnh>, ví dụ /tinh Quảng Ninh"));
  if (resolution.kind === "ambiguous") {
    const names = resolution.options.map((province) => province.name).join(", ");
    return messageAnswer(false, paragraph(`“${typed}” có thể là: ${names}. Hãy gõ rõ tên tỉnh, ví dụ /tinh ${resolution.options[0]?.name ?? "Quảng Ninh"}.`));
  }
  const lines = [paragraph(`Không tìm thấy tỉnh, thành “${typed}”.`)];
  if (resolution.suggestions.length > 0) {
    lines.push(paragraph(`Có phải bạn muốn tìm: ${resolution.suggestions.map((province) => province.name).join(", ")}?`));
  } else {
    lines.push(paragraph("Gõ /tinhthanh để xem danh sách 34 tỉnh, thành."));
  }
  return messageAnswer(false, ...lines);
}
