// NOTE: Slack's documented Block Kit limits, checked independently of the renderer's constants.
const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  messageText: 40_000,
} as const;

/** What links a message may contain: the article URLs the core put in the reply. */
export interface SafetyOptions {
  readonly allowedLinks?: readonly string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Problems of a piece of mrkdwn: an `&` that is not one of the three entities, a `<…>` that is
 * a mention (`<!…>`, `<@…>`, `<#…>`) or a link to anything but an allowed article URL, a stray `<`/`>`.
 */
export function mrkdwnProblems(text: string, where: string, options: SafetyOptions = {}): string[] {
  const problems: string[] = [];
  if (/&(?!(amp|lt|gt);)/.test(text)) problems.push(`${where}: unescaped & in ${JSON.stringify(text.slice(0, 80))}`);
  const links = [...text.matchAll(/<([^<>]*)>/g)];
  const opens = (text.match(/</g) ?? []).length;
  const closes = (text.match(/>/g) ?? []).length;
  if (opens !== links.length || closes !== links.length) problems.push(`${where}: stray < or > in ${JSON.stringify(text.slice(0, 80))}`);
  for (const [, inner] of links) {
    const target = (inner as string).split("|")[0] as string;
    if (/^[!@#]/.test(target)) {
      problems.push(`${where}: mention <${inner}>`);
      continue;
    }
    const url = target.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/%7C/g, "|");
    if (!/^https?:\/\//.test(url)) problems.push(`${where}: link to non-http target <${inner}>`);
    else if (options.allowedLinks && !options.allowedLinks.includes(url)) problems.push(`${where}: link to ${url} not from the reply`);
  }
  return problems;
}

function textObject(value: unknown, where: string, max: number, options: SafetyOptions): string[] {
  if (!isObject(value)) return [`${where}: missing text object`];
  const { type, text } = value;
  if (type !== "plain_text" && type !== "mrkdwn") return [`${where}: bad text type ${String(type)}`];
  if (typeof text !== "string" || text.length === 0) return [`${where}: empty text`];
  const problems: string[] = [];
  if (text.length > max) problems.push(`${where}: text ${text.length} > ${max}`);
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) problems.push(`${where}: broken surrogate pair`);
  if (type === "mrkdwn") {
    if (value.verbatim !== true) problems.push(`${where}: mrkdwn without verbatim (bare URLs and @here would be parsed)`);
    problems.push(...mrkdwnProblems(text, where, options));
  }
  return problems;
}

function buttonProblems(value: unknown, where: string, actionIds: Set<string>, options: SafetyOptions): string[] {
  if (!isObject(value) || value.type !== "button") return [`${where}: not a button`];
  const problems = textObject(value.text, `${where}.text`, LIMITS.buttonText, options);
  if (isObject(value.text) && value.text.type !== "plain_text") problems.push(`${where}: button text must be plain_text`);
  const id = value.action_id;
  if (typeof id !== "string" || id.length === 0 || id.length > LIMITS.actionId) problems.push(`${where}: bad action_id`);
  else if (actionIds.has(id)) problems.push(`${where}: duplicate action_id ${id}`);
  else actionIds.add(id);
  if (value.value !== undefined && (typeof value.value !== "string" || value.value.length > LIMITS.buttonValue)) problems.push(`${where}: bad value`);
  return problems;
}

/** Every problem of a message payload (`text` + `blocks`); empty when it is valid Block Kit within the limits. */
export function blockKitProblems(message: unknown, options: SafetyOptions = {}): string[] {
  if (!isObject(message)) return ["message: not an object"];
  const problems: string[] = [];
  const { text, blocks } = message;
  if (typeof text !== "string" || text.length === 0) problems.push("text: missing fallback");
  else {
    if (text.length > LIMITS.messageText) problems.push(`text: ${text.length} > ${LIMITS.messageText}`);
    problems.push(...mrkdwnProblems(text, "text", { allowedLinks: [] }));
  }
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [...problems, "blocks: not an array"];
  if (blocks.length > LIMITS.blocks) problems.push(`blocks: ${blocks.length} > ${LIMITS.blocks}`);
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  blocks.forEach((block: unknown, index) => {
    const where = `blocks[${index}]`;
    if (!isObject(block)) return problems.push(`${where}: not an object`);
    if (block.block_id !== undefined) {
      if (typeof block.block_id !== "string" || blockIds.has(block.block_id)) problems.push(`${where}: bad or duplicate block_id`);
      else blockIds.add(block.block_id);
    }
    switch (block.type) {
      case "header":
        problems.push(...textObject(block.text, `${where}.text`, LIMITS.headerText, options));
        if (isObject(block.text) && block.text.type !== "plain_text") problems.push(`${where}: header must be plain_text`);
        break;
      case "section":
        problems.push(...textObject(block.text, `${where}.text`, LIMITS.sectionText, options));
        if (block.accessory !== undefined) problems.push(...buttonProblems(block.accessory, `${where}.accessory`, actionIds, options));
        break;
      case "context": {
        const elements = block.elements;
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > LIMITS.contextElements) problems.push(`${where}: bad elements`);
        else elements.forEach((element, at) => problems.push(...textObject(element, `${where}.elements[${at}]`, LIMITS.contextText, options)));
        break;
      }
      case "actions": {
        const elements = block.elements;
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > LIMITS.actionsElements) problems.push(`${where}: bad elements`);
        else elements.forEach((element, at) => problems.push(...buttonProblems(element, `${where}.elements[${at}]`, actionIds, options)));
        break;
      }
      case "divider":
        break;
      default:
        problems.push(`${where}: unknown block type ${String(block.type)}`);
    }
    return undefined;
  });
  return problems;
}

/** Every mrkdwn and plain text string of a message, for content assertions. */
export function messageTexts(message: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value)) {
      if ((value.type === "mrkdwn" || value.type === "plain_text") && typeof value.text === "string") out.push(value.text);
      else for (const child of Object.values(value)) walk(child);
    }
  };
  if (isObject(message)) walk(message.blocks);
  return out;
}
