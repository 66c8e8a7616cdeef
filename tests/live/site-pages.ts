/**
 * Article pages shaped like those of six Vietnamese news sites (the class names, nesting and
 * chrome their templates use), with the same story: a lead (sapo) outside the content block,
 * body paragraphs, one photo with its caption, a byline.
 */

/** What every page carries, and what extraction must give back. */
export const STORY = {
  title: "Quảng Ninh khởi công cầu Cửa Lục 3 nối hai bờ vịnh",
  lead: "Sáng 15/3, tại TP Hạ Long, UBND tỉnh Quảng Ninh tổ chức lễ khởi công cầu Cửa Lục 3 với tổng vốn đầu tư hơn 1.200 tỷ đồng.",
  paragraphs: [
    "Cầu Cửa Lục 3 dài hơn 1,3 km, nối phường Hà Khánh với xã Lê Lợi, rút ngắn quãng đường từ trung tâm thành phố đến khu kinh tế phía bắc.",
    "Theo Ban Quản lý dự án, công trình được thi công trong 30 tháng, dự kiến hoàn thành vào quý III năm sau.",
    "Chủ tịch UBND tỉnh yêu cầu nhà thầu bảo đảm an toàn, chất lượng và tiến độ, không để phát sinh khiếu kiện về giải phóng mặt bằng.",
  ],
  caption: "Các đại biểu bấm nút khởi công cầu Cửa Lục 3",
  author: "Minh Hà",
  published: "2026-03-15T09:30:00+07:00",
} as const;

const [P1, P2, P3] = STORY.paragraphs;

function head(site: string): string {
  return `<head><meta charset="utf-8"><title>${STORY.title} | ${site}</title>
<meta property="og:title" content="${STORY.title}"><meta property="og:site_name" content="${site}">
<meta property="og:description" content="${STORY.lead}">
<meta property="article:published_time" content="${STORY.published}"></head>`;
}

const CHROME_TOP = `<header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav></header>`;
const CHROME_BOTTOM = `<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Hạ Long thông xe cầu Bãi Cháy mở rộng</a></li></ul></div><footer>© Cơ quan chủ quản. Giấy phép số 123/GP-BTTTT.</footer>`;

/** Dân trí: `h1.title-page`, `h2.singular-sapo` with the "(Dân trí) - " prefix, `div.singular-content`, `figure.image > figcaption`. */
export function dantriPage(): string {
  return `<!doctype html><html lang="vi">${head("Báo điện tử Dân trí")}<body>${CHROME_TOP}
<main><article class="singular-container">
<ul class="dt-breadcrumb"><li><a href="/xa-hoi.htm">Xã hội</a></li></ul>
<h1 class="title-page detail">${STORY.title}</h1>
<div class="author-wrap"><div class="author-name"><a href="/tac-gia/minh-ha.htm"><b>${STORY.author}</b></a></div><time class="author-time" datetime="2026-03-15 09:30">Chủ nhật, 15/03/2026 - 09:30</time></div>
<h2 class="singular-sapo">(Dân trí) - ${STORY.lead}</h2>
<div class="singular-content">
<p>${P1}</p>
<figure class="image align-center"><img src="https://icdn.dantri.com.vn/a.jpg" alt="${STORY.caption}"><figcaption><p>${STORY.caption} (Ảnh: Minh Hà).</p></figcaption></figure>
<p>${P2}</p>
<p>${P3}</p>
</div>
<div class="singular-sign"><b>${STORY.author}</b></div>
</article></main>${CHROME_BOTTOM}</body></html>`;
}

/** VnExpress: `h1.title-detail`, `p.description` with its `span.location-stamp`, `article.fck_detail > p.Normal`, `figcaption > p.Image`. */
export function vnexpressPage(): string {
  return `<!doctype html><html lang="vi">${head("VnExpress")}<body>${CHROME_TOP}
<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul><span class="date">Chủ nhật, 15/3/2026, 09:30 (GMT+7)</span></div>
<h1 class="title-detail">${STORY.title}</h1>
<p class="description"><span class="location-stamp">Quảng Ninh</span>${STORY.lead}</p>
<article class="fck_detail ">
<p class="Normal">${P1}</p>
<figure data-size="true" itemprop="associatedMedia image" class="tplCaption action_thumb_added"><div class="fig-picture"><picture><img itemprop="contentUrl" src="https://i1-vnexpress.vnecdn.net/a.jpg" alt="${STORY.caption}"></picture></div><figcaption itemprop="description"><p class="Image">${STORY.caption}. Ảnh: <em>Minh Hà</em></p></figcaption></figure>
<p class="Normal">${P2}</p>
<p class="Normal">${P3}</p>
<p class="Normal" style="text-align:right;"><strong>${STORY.author}</strong></p>
</article>
</div></div></section>${CHROME_BOTTOM}</body></html>`;
}

/** Tuổi Trẻ: `h1.detail-title`, `h2.detail-sapo[data-role=sapo]`, `div.detail-content.afcbc-body`, `figure.VCSortableInPreviewMode > figcaption.PhotoCMS_Caption`. */
export function tuoitrePage(): string {
  return `<!doctype html><html lang="vi">${head("TUOI TRE ONLINE")}<body>${CHROME_TOP}
<div class="detail-container"><div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div>
<h1 class="detail-title article-title" data-role="title">${STORY.title}</h1>
<div class="detail-author-bot"><div class="detail-time"><div data-role="publishdate">15/03/2026 09:30 GMT+7</div></div></div>
<h2 class="detail-sapo" data-role="sapo">${STORY.lead}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
<p>${P1}</p>
<figure class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="https://cdn.tuoitre.vn/a.jpg"><img src="https://cdn.tuoitre.vn/thumb_w/730/a.jpg" alt="${STORY.caption}"></a></div><figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">${STORY.caption} - Ảnh: MINH HÀ</p></figcaption></figure>
<p>${P2}</p>
<p>${P3}</p>
</div></div>
<div class="author-info"><a class="name" href="/tac-gia/minh-ha.htm">${STORY.author.toUpperCase()}</a></div>
</div>${CHROME_BOTTOM}</body></html>`;
}

/** Thanh Niên: the same CMS as Tuổi Trẻ, with the caption in `div.PhotoCMS_Caption` and its credit in a paragraph of its own. */
export function thanhnienPage(): string {
  return `<!doctype html><html lang="vi">${head("thanhnien.vn")}<body>${CHROME_TOP}
<div class="detail-container"><div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div>
<h1 class="detail-title"><span data-role="title">${STORY.title}</span></h1>
<div class="detail-info"><div class="detail-time"><div data-role="publishdate">15/03/2026 09:30 GMT+7</div></div></div>
<h2 class="detail-sapo" data-role="sapo">${STORY.lead}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
<p>${P1}</p>
<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="https://images2.thanhnien.vn/a.jpg" alt="${STORY.caption}"></div><div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">${STORY.caption}</p><p class="author">ẢNH: MINH HÀ</p></div></figure>
<p>${P2}</p>
<p>${P3}</p>
</div></div>
<div class="detail-author"><a class="name" href="/tac-gia/minh-ha.htm">${STORY.author}</a></div>
</div>${CHROME_BOTTOM}</body></html>`;
}

/** VietnamPlus: `h1.article__title.cms-title`, `div.article__sapo.cms-desc`, `div.article__body.cms-body`, `figure > figcaption.fig`. */
export function vietnamplusPage(): string {
  return `<!doctype html><html lang="vi">${head("Vietnam+ (VietnamPlus)")}<body>${CHROME_TOP}
<div class="article"><div class="article__header"><h1 class="article__title cms-title">${STORY.title}</h1>
<div class="article__meta"><time class="time" datetime="2026-03-15T09:30:00+0700">Chủ nhật, 15/03/2026 09:30 (GMT+7)</time></div></div>
<div class="article__sapo cms-desc">${STORY.lead}</div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
<p>${P1}</p>
<figure class="picture"><img class="cms-photo" src="https://mediav.vietnamplus.vn/a.jpg" alt="${STORY.caption}"><figcaption class="fig">${STORY.caption}. (Ảnh: TTXVN)</figcaption></figure>
<p>${P2}</p>
<p>${P3}</p>
</div>
<div class="article__author"><span class="name">${STORY.author}</span> (TTXVN/Vietnam+)</div>
</div>${CHROME_BOTTOM}</body></html>`;
}

/**
 * A provincial portal in the layout the Báo Quảng Ninh seed page reads in (category label,
 * headline, the "Xem với cỡ chữ" tool, a bold sapo, photos in tables with a `td.image_desc`
 * caption, the author signed at the end).
 */
export function baoQuangNinhPage(): string {
  return `<!doctype html><html lang="vi">${head("Báo Quảng Ninh")}<body>${CHROME_TOP}
<div class="article-detail"><div class="cate-name"><a href="/quang-ninh">Quảng Ninh</a></div>
<h1 class="title-detail">${STORY.title}</h1>
<div class="detail-tool">Xem với cỡ chữ <a href="#">A</a> <a href="#">A</a></div>
<div class="sapo"><strong>${STORY.lead}</strong></div>
<div class="content-detail">
<p>${P1}</p>
<table class="image center"><tbody><tr><td><img src="https://media.baoquangninh.vn/a.jpg"></td></tr><tr><td class="image_desc">${STORY.caption}.</td></tr></tbody></table>
<p>${P2}</p>
<p>${P3}</p>
<p style="text-align:right"><strong>${STORY.author}</strong></p>
</div></div>${CHROME_BOTTOM}</body></html>`;
}
