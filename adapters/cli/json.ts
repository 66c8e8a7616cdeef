import { getProvince, type Article, type Core, type Reply } from "../../src/index.ts";
import { renderConsole } from "../console/render.ts";

function names(ids: readonly string[]): string[] {
  return ids.map((id) => getProvince(id)?.name ?? id);
}

/** The CLI's JSON line for one answered command (a stable contract; see README). */
export function askJson(core: Core, input: string, reply: Reply) {
  return {
    input,
    command: reply.command,
    ok: reply.ok,
    total: reply.total,
    articles: reply.results.flatMap(({ id, score }) => {
      const article = core.corpus.byId(id);
      if (!article) return [];
      return [{
        id,
        title: article.title,
        date: article.date,
        source: article.source,
        provinces: names([...article.provinces.primary, ...article.provinces.mentioned]),
        score: Math.round(score * 1000) / 1000,
      }];
    }),
    text: renderConsole(reply),
  };
}

/** The CLI's JSON line for one article (a stable contract; see README). */
export function articleJson(article: Article) {
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    date: article.date,
    source: article.source,
    author: article.author,
    url: article.url,
    provinces: { primary: names(article.provinces.primary), mentioned: names(article.provinces.mentioned) },
    people: article.people.map(({ name, title }) => ({ name, title })),
    documents: [...article.documents],
    figures: article.figures.map(({ indicator, value, unit, year }) => ({ indicator, value, unit, year })),
  };
}
