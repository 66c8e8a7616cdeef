/**
 * The data of the false-mention filter and of mention roles: words written before or after a
 * place name that show it is not a place (a name), or that the place is not what the sentence
 * is about (a residence, an institution's name, a route, a list). Lowercase, NFC, one tone
 * style (as `normalizeText` writes them). Data, not logic: add new cases here.
 */

/** Names that contain a place name but are never the place (films, brands, restaurants). */
export const NON_PLACE_NAMES: readonly string[] = [
  "biệt động sài gòn",
  "vinacafé biên hòa",
  "nét huế",
  "hoàng anh gia lai",
  "sài gòn giải phóng",
  "vincom plaza",
];

/**
 * Words right before a place name that make it part of another name: a club or company
 * ("CLB Hà Nội", "HA Gia Lai", "SHB Đà Nẵng"), a road or square named after it ("Xa lộ Hà
 * Nội", "quảng trường Ba Đình"), a battle or campaign ("chiến thắng Điện Biên Phủ", "chiến
 * dịch Hồ Chí Minh"), a person addressed by kinship ("anh Hải Dương").
 */
export const NAME_BEFORE: readonly string[] = [
  "clb", "câu lạc bộ", "fc", "đội bóng", "ha", "hagl", "sl", "slna", "sông lam", "shb", "dnh", "becamex", "topenland", "công ty", "tập đoàn", "bia",
  "xa lộ", "đại lộ", "quảng trường", "nút giao", "đường cao tốc",
  "chiến thắng", "chiến dịch", "trận", "kháng chiến",
  "anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "cháu", "cụ", "bé",
];

/** Words right after a place name that make it part of a club's name ("Hà Nội FC", "Bình Dương FC"). */
export const NAME_AFTER: readonly string[] = ["fc", "club"];

/** Words a person is addressed or described by right before their name ("chị N.H.H", "ông Trần Văn Tâm", "bạn đọc"). */
export const PERSON_HEADS: readonly string[] = [
  "anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "cháu", "cụ", "bé", "bạn", "bạn đọc", "độc giả", "bệnh nhân", "nạn nhân", "tài xế", "luật sư",
];

/**
 * Words naming a person's job at a business, written after the person's name and a comma: "anh
 * P.A, chủ một đại lý ở Hà Nội", "ông T, giám đốc một doanh nghiệp ở An Giang" (the place is the
 * person's workplace when the business is "một …", unnamed).
 */
export const PERSON_ROLES: readonly string[] = [
  "chủ", "chủ tiệm", "chủ quán", "chủ cửa hàng", "giám đốc", "phó giám đốc", "tổng giám đốc", "quản lý", "nhân viên", "trưởng phòng", "đại diện", "chủ đầu tư",
  "giảng viên", "giáo viên", "bác sĩ", "kỹ sư", "công nhân", "lao động", "tiểu thương", "người bán", "sinh viên", "học sinh", "hướng dẫn viên", "tài xế",
];

/**
 * Landforms whose names repeat a province's: a province's own name right after one of these
 * names the landform ("đảo Hà Nam" is an island of Quảng Ninh), while a smaller place's name
 * is that place ("đảo Phú Quốc").
 */
export const LANDFORM_BEFORE: readonly string[] = ["đảo", "hòn", "núi", "sông", "suối", "hồ", "đèo", "vịnh", "cồn", "làng"];

/** Words before a place name (in the same clause) that make it a person's hometown or origin, not where they are. */
export const HOMETOWN_BEFORE: readonly string[] = [
  "quê", "quê ở", "quê tại", "quê nhà", "về quê", "quê quán", "nguyên quán", "sinh ra", "sinh ra tại", "sinh ra ở", "lớn lên tại", "lớn lên ở", "đến từ",
  "cô gái", "chàng trai",
];

/** Words of a person's description (in the same clause, before the place) that make it their hometown. */
export const HOMETOWN_WORDS: readonly string[] = ["quê", "quê quán", "nguyên quán"];

/**
 * Words before a place name (in the same clause) that make it where a person lives: weaker
 * evidence than the story's place, the best when nothing else places it.
 */
export const RESIDENCE_BEFORE: readonly string[] = [
  "ngụ", "ngụ ở", "ngụ tại", "trú", "trú ở", "trú tại", "thường trú", "tạm trú", "hộ khẩu", "địa chỉ tại", "địa chỉ ở", "có địa chỉ tại", "sống ở", "sống tại",
  "ở nhà tại", "ở nhà ở", "về nhà tại", "nhà riêng tại", "nhà riêng ở", "nhà người thân tại", "nhà người thân ở",
];

/** Words of a person's description (in the same clause, before the place) that make it where they live. */
export const RESIDENCE_WORDS: readonly string[] = ["ngụ", "trú", "thường trú", "sinh năm", "sn"];

/** Words that end in a residence word but say something else ("tuyển sinh năm 2021" is an intake, not a birth year). */
export const NOT_RESIDENCE_WORDS: readonly string[] = ["tuyển sinh", "thí sinh", "học sinh", "nữ sinh", "nam sinh", "lưu trú"];

/**
 * Words of the name of a body that a place only addresses: universities, institutes,
 * associations, a bar, companies ("ĐH Quốc gia Hà Nội", "Bệnh viện Đại học Y Hà Nội", "Viện
 * Pasteur TP HCM", "Đoàn luật sư TP Hà Nội", "Công ty CP Vận tải đường sắt Hà Nội"): national
 * bodies, or the affiliation of a quoted expert. Hospitals, schools and centres named after a province ("Bệnh viện Sản nhi Nghệ
 * An", "Trường CĐ Nghề Đà Nẵng") are not here: they are the province's own. Government
 * bodies (UBND, Sở, Công an…) are not either: a province's own government is what a story about it names.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  "đh", "đhqg", "đại học", "trường đh", "trường đại học", "học viện", "viện", "hội", "đoàn luật sư", "khoa", "công ty", "tổng công ty", "tập đoàn", "ngân hàng",
];

/**
 * Words before a place that name a body after its seat: the regional high courts and
 * procuracies ("VKSND Cấp cao tại Hà Nội", "TAND cấp cao tại TP.HCM") serve many provinces.
 */
export const SEAT_BEFORE: readonly string[] = ["cấp cao tại"];

/**
 * Phrases that open with an institution head but name something else: a council, a meeting,
 * a procuracy, a case ("Hội đồng nhân dân tỉnh", "Hội nghị", "Viện Kiểm sát", "Trường hợp").
 */
export const NOT_INSTITUTION_HEADS: readonly string[] = [
  "đa khoa", "hội đồng", "hội nghị", "hội thảo", "hội chợ", "hội thi", "hội diễn", "hội khỏe", "viện kiểm sát", "trường hợp", "khoa học", "báo cáo", "báo chí", "đài tưởng niệm",
];

/**
 * Lowercase words that end an institution's name when read backwards from a place: a
 * preposition, verb or determiner belongs to the sentence, not to the name ("… làm việc tại Hà Nội").
 */
export const NAME_BREAKERS: readonly string[] = [
  "tại", "ở", "của", "trên", "thuộc", "và", "với", "cho", "từ", "đến", "tới", "về", "là", "có", "được", "đã", "đang", "sẽ", "khi", "nơi", "trong",
  "ngoài", "theo", "do", "bởi", "như", "các", "những", "một", "này", "đó", "vừa", "mới", "ra", "vào", "đi", "gồm", "giữa", "cùng",
];

/**
 * Words before a place that make it a route's end or a way through when a way or another end
 * follows ("tuyến Đà Nẵng - Hà Nội", "cao tốc Nội Bài - Hạ Long", "chiều Hà Nội đi").
 */
export const ROUTE_BEFORE: readonly string[] = ["chiều", "tuyến", "cao tốc", "đường sắt", "chặng", "đường bay", "quốc lộ", "từ", "đi", "bay", "về", "ra", "vào"];

/** Words before a place that make it where a trip starts or ends, whatever follows ("rời bến Phú Quốc", "cập bến Cà Mau"). */
export const TRIP_END_BEFORE: readonly string[] = ["rời bến", "cập bến", "xuất phát từ", "khởi hành từ", "cất cánh từ", "hạ cánh xuống", "hạ cánh tại"];

/** Words before a place that make it a trip's end when the clause named where it left from ("từ Nam Du đi Phú Quốc"). */
export const TRIP_TO_BEFORE: readonly string[] = ["đi", "đến", "tới", "về", "ra", "vào", "sang"];

/** Words before a place that put the story there ("diễn ra tại Đà Nẵng", "trên địa bàn TPHCM", a match "trên sân Pleiku"). */
export const EVENT_BEFORE: readonly string[] = ["tại", "ở", "trên địa bàn", "địa bàn", "diễn ra tại", "xảy ra tại", "xảy ra ở", "sân", "trên sân"];

/**
 * Words before a place that make it a matter of national sovereignty rather than of its
 * province ("quần đảo Trường Sa của Việt Nam").
 */
/**
 * Words of a clause that tie a place to another story told before: a contact of a case found
 * there, news from there ("F1 của ca bệnh ở Hà Nam", "liên quan đến ca dương tính tại Hà Nam",
 * "trước thông tin có 5 ca ở Hà Nam"). The place is that story's, not this one's.
 */
export const BACKGROUND_CLAUSE: readonly string[] = [
  "f1 của", "f2 của", "tiếp xúc gần", "tiếp xúc với ca", "tiếp xúc với bệnh nhân", "liên quan đến ca", "liên quan tới ca", "liên quan đến ổ dịch", "liên quan tới ổ dịch",
  "liên quan đến chùm", "liên quan tới chùm", "trước thông tin", "sau khi có thông tin", "sau khi biết thông tin",
];

export const NATIONAL_BEFORE: readonly string[] = ["quần đảo", "chủ quyền"];

/**
 * Words of a person confiding or remembering, earlier in the sentence or right before the
 * quote a mention is in ("ca sĩ đã trải lòng về … sự cố trong liveshow tại Hà Nội", "Phi Nhung
 * trải lòng: "… Khi hát ở Hà Nội …""): the place is of the story told, not of this one.
 */
export const TOLD_BEFORE: readonly string[] = ["trải lòng", "tâm sự", "nhớ lại", "còn nhớ", "hồi tưởng", "kể lại"];

/**
 * Words of a headline or lead that frame a story as a sports report ("V-League", "CLB", "HLV",
 * "trận đấu"): there a bare province name is mostly a team ("thắng 1-0 trước Hà Nội", "cầu thủ
 * Hải Phòng"), and only a place said to be where something happens ("tại Pleiku", "trên sân
 * Thanh Hóa") places the story.
 */
export const SPORT_FRAME: readonly string[] = [
  "v-league", "v.league", "cúp quốc gia", "hạng nhất quốc gia", "clb", "câu lạc bộ bóng đá", "hlv", "huấn luyện viên", "trận đấu", "tỷ số", "bàn thắng",
  "cầu thủ", "đội bóng", "sea games", "aff cup", "world cup",
];

/** Words for a venue heading a line of a fixture list, before the place and a colon ("Sân Pleiku: HA Gia Lai - SHB Đà Nẵng"). */
export const VENUE_HEADS: readonly string[] = ["sân", "sân vận động", "svđ"];

/**
 * Words of a sentence quoting a national market's price in a city ("giá vàng SJC tại Hà Nội",
 * "Tại TP.HCM, vàng giao dịch ở 55,48 triệu đồng/lượng", "tỷ giá USD tại TP.HCM"): the city is
 * where the price is quoted, like one of a group, not where the story happens.
 */
export const QUOTED_PRICE: readonly string[] = ["giá vàng", "vàng sjc", "vàng miếng", "vàng nhẫn", "vàng 9999", "đồng/lượng", "tỷ giá", "giá usd", "giá đô la", "giá bitcoin"];

/**
 * Words of a sentence naming a national body holding a meeting or ceremony: in the capital such
 * an event is the body's at home ("Tổng cục Giáo dục nghề nghiệp và Cục Việc làm ký kết … tại Hà
 * Nội", "Bộ Y tế tổ chức hội nghị tại Hà Nội"), not a story of the city; elsewhere it is the host
 * province's.
 */
export const CENTRAL_HOSTS: readonly string[] = ["Bộ", "Tổng cục", "Cục", "Ủy ban Quốc gia", "Hội đồng Quốc gia", "Ban Chỉ đạo Trung ương", "Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương"];

/** Words of a sentence saying a body holds a meeting or ceremony ("tổ chức", "ký kết", "hội nghị"). */
export const HOSTING_WORDS: readonly string[] = ["tổ chức", "ký kết", "hội nghị", "hội thảo", "họp báo", "diễn đàn", "lễ", "ra mắt", "công bố", "phát động", "tọa đàm"];

/**
 * Words of a body's name that make it a central one ("Bệnh viện K Trung ương", "Viện Dinh dưỡng
 * Quốc gia"): the place in brackets after such a name ("Bệnh viện K Trung ương (Hà Nội)") is its address.
 */
export const CENTRAL_NAME_WORDS: readonly string[] = ["trung ương", "quốc gia", "tw"];

/** The province whose name central bodies' addresses carry: the capital. */
export const CAPITAL_PROVINCE = "ha-noi";

/**
 * Words joining two provinces into one group ("tại Hà Nội và TP.HCM", "ở Hà Nội, Hà Nam"):
 * a story placed in a group of provinces is not placed in either of them.
 */
export const GROUP_JOINERS: readonly string[] = [",", "và", "hoặc", "hay", "cùng", "lẫn"];

/**
 * Words of a headline or lead that frame a story as national: the country, its central
 * government and national bodies ("nước ta có 8 ca mắc mới", "Bộ Y tế cho biết", "Hội đồng
 * bầu cử quốc gia"). A national story's province is primary only if the headline or lead names it.
 */
export const NATIONAL_FRAME: readonly string[] = [
  "nước ta", "cả nước", "toàn quốc", "trên toàn quốc", "việt nam có", "việt nam không có", "việt nam ghi nhận", "việt nam thêm", "chính phủ", "thủ tướng", "phó thủ tướng", "quốc hội",
  "bộ y tế", "bộ gd&đt", "bộ giáo dục", "bộ công an", "bộ quốc phòng", "bộ ngoại giao", "bộ tài chính", "bộ công thương", "bộ giao thông", "bộ gtvt",
  "bộ tài nguyên", "bộ tn&mt", "bộ khoa học", "bộ kh&cn", "bộ nông nghiệp", "bộ nn&ptnt", "bộ xây dựng", "bộ lao động", "bộ văn hóa", "bộ vh-tt&dl",
  "bộ tư pháp", "bộ nội vụ", "bộ kế hoạch", "bộ thông tin", "bộ tt&tt", "bộ trưởng", "thứ trưởng",
];
