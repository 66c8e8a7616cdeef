// NOTE: the tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style).
const ALLOWED = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"]);
const ENTITY = /^&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

/**
 * The problems of a text as Telegram HTML (empty when valid): unknown tags, unbalanced tags,
 * bare `<`, `>` or `&`, bad entities, `<a>` without an http(s) href.
 */
export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let index = 0;
  while (index < html.length) {
    const char = html[index] as string;
    if (char === "&") {
      const entity = ENTITY.exec(html.slice(index));
      if (!entity) problems.push(`bare & at ${index}`);
      index += entity ? entity[0].length : 1;
      continue;
    }
    if (char === ">") {
      problems.push(`bare > at ${index}`);
      index += 1;
      continue;
    }
    if (char !== "<") {
      index += 1;
      continue;
    }
    const tag = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/.exec(html.slice(index));
    if (!tag) {
      problems.push(`bare < at ${index}`);
      index += 1;
      continue;
    }
    const [whole, slash, name, attributes] = tag as unknown as [string, string, string, string];
    if (!ALLOWED.has(name)) problems.push(`tag <${name}> not allowed`);
    if (slash) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
    } else {
      if (name === "a" && !/^\s+href="https?:\/\/[^"]+"$/.test(attributes)) problems.push(`<a${attributes}> without an http(s) href`);
      if (name !== "a" && name !== "span" && name !== "tg-emoji" && name !== "pre" && name !== "code" && name !== "blockquote" && attributes) {
        problems.push(`<${name}> has attributes`);
      }
      stack.push(name);
    }
    for (const entity of attributes.match(/&[^;]*;?/g) ?? []) if (!ENTITY.test(entity)) problems.push(`bad entity ${entity} in attribute`);
    index += whole.length;
  }
  for (const open of stack) problems.push(`<${open}> never closed`);
  if (html.replace(/<[^>]*>/g, "").trim() === "") problems.push("no visible text");
  return problems;
}
