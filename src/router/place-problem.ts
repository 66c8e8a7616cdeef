import { commandSpan, paragraphOf } from "../reply/command-span.ts";
import type { Span } from "../reply/blocks.ts";
import type { PlaceResolution } from "../places/index.ts";
import { messageAnswer, paragraph, type Answer } from "./answer.ts";

/** Province names separated by commas, each opening `/tinh <name>` when tapped. */
function provinceChoices(provinces: readonly { readonly name: string }[]): (string | Span)[] {
  return provinces.flatMap((province, index) => [index > 0 ? ", " : "", commandSpan(`/tinh ${province.name}`, province.name)]);
}

/** The answer when a typed place is empty, ambiguous or unknown. */
export function placeProblem(typed: string, resolution: Exclude<PlaceResolution, { kind: "province" }>): Answer {
  if (!typed.trim()) return messageAnswer(false, paragraphOf("Cách dùng: /tinh <tỉnh>, ví dụ ", commandSpan("/tinh Quảng Ninh")));
  if (resolution.kind === "ambiguous") {
    return messageAnswer(false, paragraphOf(`“${typed}” có thể là: `, ...provinceChoices(resolution.options), ". Chạm vào một tên, hoặc gõ rõ tên tỉnh."));
  }
  const lines = [paragraph(`Không tìm thấy tỉnh, thành “${typed}”.`)];
  if (resolution.suggestions.length > 0) {
    lines.push(paragraphOf("Có phải bạn muốn tìm: ", ...provinceChoices(resolution.suggestions), "?"));
  } else {
    lines.push(paragraphOf("Gõ ", commandSpan("/tinhthanh"), " để xem danh sách 34 tỉnh, thành."));
  }
  return messageAnswer(false, ...lines);
}
